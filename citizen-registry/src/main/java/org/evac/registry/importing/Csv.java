package org.evac.registry.importing;

import java.util.List;

/** Writes CSV fields, quoting where RFC 4180 needs it and defusing spreadsheet formulas. */
final class Csv {

    private Csv() {}

    static String line(List<?> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(values.get(i)));
        }
        return line.append("\r\n").toString();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty()
                && "=+-@".indexOf(text.charAt(0)) >= 0
                && !text.matches("[+-]?[0-9]+")) {
            text = "'" + text;
        }
        if (text.contains(",")
                || text.contains("\"")
                || text.contains("\n")
                || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
