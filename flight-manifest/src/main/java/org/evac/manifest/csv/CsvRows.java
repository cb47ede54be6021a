package org.evac.manifest.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 rows: fields separated by commas, quoted with double quotes when they hold commas,
 * quotes or breaks.
 */
final class CsvRows {

    private CsvRows() {}

    /**
     * One row and the line it starts on: a quoted field may hold line breaks, so the row's index is
     * not its line in the file, and an operator looks for the line their editor shows.
     */
    record Row(int line, List<String> fields) {}

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        // a quote left open swallows the rest of the file: where it opened is what to fix
        int quoteLine = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rowLine, row));
                row = new ArrayList<>();
                line++;
                rowLine = line;
            } else if (c == '"') {
                throw ManifestCsv.malformed(line, "a quote inside an unquoted field");
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw ManifestCsv.malformed(quoteLine, "a quoted field is not closed");
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(new Row(rowLine, row));
        }
        return rows;
    }
}
