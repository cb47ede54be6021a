package org.evac.coordination.openapi;

/**
 * Regular expressions for the OpenAPI document, anchored and valid ECMA-262, where the one the
 * generator derives from a Bean Validation constraint is not.
 */
public final class Patterns {

    /**
     * {@code @NotBlank}: at least one character that is not white space, anywhere (the generated
     * {@code \S} is unanchored).
     */
    public static final String NOT_BLANK = "^[\\s\\S]*\\S[\\s\\S]*$";

    private Patterns() {}
}
