package org.evac.infrastructure.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a body Jackson could not read into a problem that names the field (as a JSON path) and the
 * JSON type or values it must have, without Java class names.
 */
final class JsonProblems {

    private JsonProblems() {}

    static Problem of(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            String field = pathOf(mapping);
            Class<?> target =
                    e instanceof MismatchedInputException mismatch
                            ? mismatch.getTargetType()
                            : null;
            if (target != null && target.isEnum()) {
                List<String> allowed =
                        Arrays.stream(target.getEnumConstants()).map(Object::toString).toList();
                return invalid(field, "must be one of " + allowed).with("allowed", allowed);
            }
            if (target != null) {
                String expected = JsonTypes.nameOf(target);
                return invalid(
                                field,
                                e instanceof InvalidFormatException
                                        ? "is not a valid " + expected
                                        : "must be " + article(expected) + " " + expected)
                        .with("expected", expected);
            }
            if (e instanceof ValueInstantiationException) {
                return invalid(field, "has a value that is not allowed");
            }
            if (!(e.getCause() instanceof JsonParseException) && !field.isEmpty()) {
                return invalid(field, "cannot be read: " + e.getOriginalMessage());
            }
        }
        Problem problem =
                Problem.of(
                        400,
                        ProblemTypes.MALFORMED_BODY,
                        "Malformed request body",
                        "The body is not valid JSON: " + e.getOriginalMessage());
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            problem =
                    problem.with("line", location.getLineNr())
                            .with("column", location.getColumnNr());
        }
        return problem;
    }

    private static Problem invalid(String field, String message) {
        String name = field.isEmpty() ? "The body" : "Field '" + field + "'";
        Problem problem =
                Problem.of(
                        400,
                        ProblemTypes.MALFORMED_BODY,
                        "Malformed request body",
                        name + " " + message);
        return field.isEmpty()
                ? problem
                : problem.withErrors(List.of(new Problem.FieldError(field, message)));
    }

    private static String article(String type) {
        return "aeiou".indexOf(type.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
