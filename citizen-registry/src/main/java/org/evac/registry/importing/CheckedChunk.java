package org.evac.registry.importing;

import java.util.List;

/**
 * One chunk of rows, checked and ready to write. While it is being written, the next chunk is
 * checked against it as well as against the database, since its rows are not committed yet.
 */
record CheckedChunk(List<CheckedRow> rows) {

    static final CheckedChunk NONE = new CheckedChunk(List.of());
}
