package org.evac.manifest.paxlst;

import java.util.List;

/**
 * One EDIFACT segment: its tag, its data elements (each a list of components, release characters
 * already removed), its position in the interchange (1-based) and the text line it starts on.
 */
record Segment(String tag, List<List<String>> elements, int position, int line) {

    /**
     * Component {@code c} of data element {@code e} (both 0-based, after the tag), or "" when
     * absent.
     */
    String value(int e, int c) {
        if (e >= elements.size() || c >= elements.get(e).size()) {
            return "";
        }
        return elements.get(e).get(c);
    }

    String value(int e) {
        return value(e, 0);
    }

    boolean is(String tag, String qualifier) {
        return this.tag.equals(tag) && value(0).equals(qualifier);
    }

    String where() {
        return "segment " + position + " (" + tag + ") at line " + line;
    }
}
