package org.evac.registry.importing;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks. Reads one
 * record at a time.
 */
final class CsvReader {

    private final Reader in;
    private int peeked = -2;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. Blank lines are skipped. */
    List<String> next() throws IOException {
        while (true) {
            if (peek() == -1) {
                return null;
            }
            List<String> record = readRecord();
            if (!(record.size() == 1 && record.get(0).isEmpty())) {
                return record;
            }
        }
    }

    private List<String> readRecord() throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    throw new IOException("unterminated quoted field");
                } else if (c == '"' && peek() == '"') {
                    read();
                    field.append('"');
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && peek() == '\n') {
                read();
                fields.add(field.toString());
                return fields;
            } else if (c == '\n' || c == -1) {
                fields.add(field.toString());
                return fields;
            } else {
                field.append((char) c);
            }
        }
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    private int read() throws IOException {
        int c = peek();
        peeked = -2;
        return c;
    }
}
