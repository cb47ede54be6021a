package org.evac.manifest.paxlst;

/**
 * The service characters an interchange declares in its UNA segment, or the UNOA defaults {@code
 * :+.? '}.
 */
record Syntax(
        char component,
        char element,
        char decimal,
        char release,
        char repetition,
        char terminator) {

    static final Syntax DEFAULT = new Syntax(':', '+', '.', '?', ' ', '\'');

    static Syntax of(String una, int line) {
        Syntax syntax =
                new Syntax(
                        una.charAt(0),
                        una.charAt(1),
                        una.charAt(2),
                        una.charAt(3),
                        una.charAt(4),
                        una.charAt(5));
        String separators =
                "" + syntax.component + syntax.element + syntax.release + syntax.terminator;
        if (separators.chars().distinct().count() != 4) {
            throw new PaxlstException(
                    "UNA", 0, line, "separators, release character and terminator must differ");
        }
        return syntax;
    }

    String una() {
        return "UNA" + component + element + decimal + release + repetition + terminator;
    }

    boolean isSpecial(char c) {
        return c == component || c == element || c == release || c == terminator;
    }
}
