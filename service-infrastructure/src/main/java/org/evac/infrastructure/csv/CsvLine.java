package org.evac.infrastructure.csv;

import java.util.List;

/**
 * Writes one CSV line (RFC 4180: a field is quoted when it holds a comma, a quote or a line break;
 * CRLF at the end) for every CSV this system hands out. A field that a spreadsheet would run as a
 * formula (it starts with {@code = + - @} and is not a plain signed number) gets a leading
 * apostrophe: exports are opened in spreadsheets by the people the data is about and by operators,
 * and a name such as {@code =HYPERLINK(...)} must stay text.
 */
public final class CsvLine {

    private CsvLine() {}

    /** The fields in order ({@code null} as empty), with the line break. */
    public static String of(List<?> values) {
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
