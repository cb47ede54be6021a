package org.evac.infrastructure.problem;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** The JSON Schema type (and format) a Java type is read from, as a client sees it. */
final class JsonTypes {

    private JsonTypes() {}

    static String nameOf(Class<?> type) {
        if (type == UUID.class) {
            return "string (uuid)";
        }
        if (type == java.time.LocalDate.class) {
            return "string (date, YYYY-MM-DD)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "string (date-time, RFC 3339)";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type.isEnum()) {
            return "string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == int.class
                || type == long.class
                || type == short.class
                || type == byte.class
                || type == Integer.class
                || type == Long.class
                || type == Short.class
                || type == java.math.BigInteger.class) {
            return "integer";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "object";
        }
        return "object";
    }
}
