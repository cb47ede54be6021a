package org.evac.manifest.paxlst;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an EDIFACT interchange into segments, honouring the separators its UNA declares and the
 * release character. Line breaks between segments are allowed and counted, so errors can name the
 * line.
 */
final class EdifactReader {

    private final String text;
    private final Syntax syntax;
    private int index;
    private int line = 1;

    private EdifactReader(String text, Syntax syntax, int start) {
        this.text = text;
        this.syntax = syntax;
        this.index = start;
    }

    static List<Segment> read(String input) {
        String text = input.startsWith("\uFEFF") ? input.substring(1) : input;
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        Syntax syntax = Syntax.DEFAULT;
        int leadingLines = (int) text.substring(0, start).chars().filter(c -> c == '\n').count();
        if (text.startsWith("UNA", start)) {
            if (text.length() < start + 9) {
                throw new PaxlstException(
                        "UNA", 0, leadingLines + 1, "UNA must declare six service characters");
            }
            syntax = Syntax.of(text.substring(start + 3, start + 9), leadingLines + 1);
            start += 9;
        }
        EdifactReader reader = new EdifactReader(text, syntax, start);
        reader.line += leadingLines;
        return reader.segments();
    }

    private List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        skipLineBreaks();
        while (index < text.length()) {
            segments.add(segment(segments.size() + 1));
            skipLineBreaks();
        }
        if (segments.isEmpty()) {
            throw new PaxlstException("interchange", 0, line, "no segments");
        }
        return segments;
    }

    private Segment segment(int position) {
        int startLine = line;
        List<List<String>> elements = new ArrayList<>();
        List<String> components = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        while (true) {
            if (index >= text.length()) {
                String tag = elements.isEmpty() ? value.toString() : elements.get(0).get(0);
                throw new PaxlstException(
                        tag,
                        position,
                        startLine,
                        "segment is not terminated by '" + syntax.terminator() + "'");
            }
            char c = text.charAt(index++);
            if (c == '\n') {
                line++;
            }
            if (c == syntax.release()) {
                if (index >= text.length()) {
                    throw new PaxlstException(
                            "release", position, line, "release character at the end of input");
                }
                value.append(text.charAt(index++));
            } else if (c == syntax.component()) {
                components.add(value.toString());
                value.setLength(0);
            } else if (c == syntax.element() || c == syntax.terminator()) {
                components.add(value.toString());
                value.setLength(0);
                elements.add(components);
                components = new ArrayList<>();
                if (c == syntax.terminator()) {
                    break;
                }
            } else if (c != '\r' && c != '\n') {
                value.append(c);
            }
        }
        String tag = elements.get(0).get(0);
        if (!isTag(tag) || elements.get(0).size() > 1) {
            throw new PaxlstException(
                    tag.isEmpty() ? "(empty)" : tag,
                    position,
                    startLine,
                    "a segment tag must be three upper-case letters");
        }
        return new Segment(
                tag, List.copyOf(elements.subList(1, elements.size())), position, startLine);
    }

    private static boolean isTag(String tag) {
        return tag.length() == 3 && tag.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    private void skipLineBreaks() {
        while (index < text.length()
                && (text.charAt(index) == '\r'
                        || text.charAt(index) == '\n'
                        || text.charAt(index) == ' '
                        || text.charAt(index) == '\t')) {
            if (text.charAt(index) == '\n') {
                line++;
            }
            index++;
        }
    }
}
