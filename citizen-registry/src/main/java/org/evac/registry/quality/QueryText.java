package org.evac.registry.quality;

/**
 * Free-text query parameters that reach SQL. PostgreSQL cannot hold a NUL character in text and
 * fails the statement on it, so such a parameter is refused (400) before any query runs, whatever
 * guard sits in front of the resource.
 */
public final class QueryText {

    /** Valid in Java and ECMA-262 alike, so the OpenAPI document carries it unchanged. */
    public static final String WITHOUT_NUL = "^[^\\x00]*$";

    public static final String WITHOUT_NUL_MESSAGE = "must not contain NUL characters";

    private QueryText() {}
}
