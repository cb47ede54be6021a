package org.evac.infrastructure.problem;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Names the parameter a request failed on. The REST layer only reports that some path or query
 * parameter did not convert (and by the JAX-RS rules answers 404 for it); this finds which one, by
 * converting each raw value of the matched method's parameters again, so the client gets a 400 that
 * names the parameter, the type it must have and, for a closed set, the values allowed.
 */
final class ParameterProblems {

    private ParameterProblems() {}

    static Problem of(ResourceInfo resource, UriInfo uri, HttpHeaders headers) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null) {
            List<Candidate> candidates = new ArrayList<>();
            for (Parameter parameter : method.getParameters()) {
                collect(parameter, parameter.getParameterizedType(), candidates);
            }
            for (Candidate candidate : candidates) {
                for (String value : candidate.values(uri, headers)) {
                    Optional<Problem> refused = candidate.refuse(value);
                    if (refused.isPresent()) {
                        return refused.get();
                    }
                }
            }
        }
        return Problem.of(
                400,
                ProblemTypes.INVALID_PARAMETER,
                "Invalid parameter",
                "A path, query or header parameter has a value of the wrong type");
    }

    private static void collect(AnnotatedElement element, Type type, List<Candidate> into) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        PathParam path = element.getAnnotation(PathParam.class);
        HeaderParam header = element.getAnnotation(HeaderParam.class);
        if (query != null) {
            into.add(new Candidate("query", query.value(), type));
        } else if (path != null) {
            into.add(new Candidate("path", path.value(), type));
        } else if (header != null) {
            into.add(new Candidate("header", header.value(), type));
        } else if (element.getAnnotation(BeanParam.class) != null
                && type instanceof Class<?> bean) {
            for (Field field : bean.getDeclaredFields()) {
                collect(field, field.getGenericType(), into);
            }
        }
    }

    private record Candidate(String in, String name, Type type) {

        List<String> values(UriInfo uri, HttpHeaders headers) {
            List<String> values =
                    switch (in) {
                        case "query" -> uri.getQueryParameters().get(name);
                        case "path" -> uri.getPathParameters().get(name);
                        default -> headers.getRequestHeader(name);
                    };
            return values == null ? List.of() : values;
        }

        Optional<Problem> refuse(String value) {
            Class<?> target = elementType();
            try {
                convert(target, value);
                return Optional.empty();
            } catch (RuntimeException e) {
                String expected = JsonTypes.nameOf(target);
                Problem problem =
                        Problem.of(
                                        400,
                                        ProblemTypes.INVALID_PARAMETER,
                                        "Invalid parameter",
                                        capitalised(in)
                                                + " parameter '"
                                                + name
                                                + "' must be "
                                                + (target.isEnum()
                                                        ? "one of " + allowed(target)
                                                        : expected))
                                .with("parameter", name)
                                .with("expected", expected);
                return Optional.of(
                        target.isEnum() ? problem.with("allowed", allowed(target)) : problem);
            }
        }

        private Class<?> elementType() {
            if (type instanceof ParameterizedType generic
                    && generic.getRawType() instanceof Class<?> raw
                    && (Collection.class.isAssignableFrom(raw) || raw == Optional.class)
                    && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
                return element;
            }
            return type instanceof Class<?> plain ? plain : String.class;
        }

        private static void convert(Class<?> target, String value) {
            if (target == int.class || target == Integer.class) {
                Integer.parseInt(value);
            } else if (target == long.class || target == Long.class) {
                Long.parseLong(value);
            } else if (target == double.class || target == Double.class) {
                Double.parseDouble(value);
            } else if (target == boolean.class || target == Boolean.class) {
                if (!value.equals("true") && !value.equals("false")) {
                    throw new IllegalArgumentException("not a boolean");
                }
            } else if (target == UUID.class) {
                if (!UUID.fromString(value).toString().equalsIgnoreCase(value)) {
                    throw new IllegalArgumentException("not a canonical UUID");
                }
            } else if (target == LocalDate.class) {
                LocalDate.parse(value);
            } else if (target == Instant.class) {
                Instant.parse(value);
            } else if (target == OffsetDateTime.class) {
                OffsetDateTime.parse(value);
            } else if (target.isEnum()) {
                Arrays.stream(target.getEnumConstants())
                        .filter(constant -> ((Enum<?>) constant).name().equals(value))
                        .findFirst()
                        .orElseThrow();
            }
        }

        private static List<String> allowed(Class<?> target) {
            return Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }

        private static String capitalised(String in) {
            return Character.toUpperCase(in.charAt(0)) + in.substring(1);
        }
    }
}
