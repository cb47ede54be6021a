package org.evac.manifest.paxlst;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written PAXLST messages under src/test/resources/paxlst. */
final class PaxlstFiles {

    static final String CUSTOM_SEPARATORS = "custom-separators-d02b.edi";
    static final String GROUPED_D05B = "grouped-d05b.edi";
    static final String CNT_MISMATCH = "cnt-mismatch-d02b.edi";

    private PaxlstFiles() {}

    static String read(String name) {
        try (InputStream in = PaxlstFiles.class.getResourceAsStream("/paxlst/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
