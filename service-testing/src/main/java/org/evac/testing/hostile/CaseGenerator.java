package org.evac.testing.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Derives the bad requests for one operation from its OpenAPI description: each class of hostile
 * input the API must refuse with a problem, aimed at the parameters and body the document declares.
 */
final class CaseGenerator {

    private static final String JSON = "application/json";
    private final JsonNode document;

    CaseGenerator(JsonNode document) {
        this.document = document;
    }

    /** Cases sent with a token of a role the operation allows. */
    List<HostileCase> badInput(String method, String path, JsonNode operation, String token) {
        List<HostileCase> cases = new ArrayList<>();
        String target = concrete(path, operation, Map.of());
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
        for (JsonNode parameter : parameters(operation)) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            String wrong = wrongValue(schema);
            if (in.equals("path") && wrong != null) {
                cases.add(
                        request(
                                "path-param-type",
                                method,
                                concrete(path, operation, Map.of(name, wrong)),
                                auth,
                                operation,
                                Set.of(400)));
            }
            if (in.equals("query")) {
                if (wrong != null) {
                    cases.add(
                            request(
                                    "query-param-type",
                                    method,
                                    target + sep(target) + name + "=" + wrong,
                                    auth,
                                    operation,
                                    Set.of(400)));
                }
                if (isString(schema)) {
                    cases.add(
                            request(
                                    "query-nul",
                                    method,
                                    target + sep(target) + name + "=a%00b",
                                    auth,
                                    operation,
                                    Set.of(400)));
                }
            }
        }
        cases.add(
                request(
                        "uri-invalid-utf8",
                        method,
                        target + sep(target) + "evacProbe=%C3%28",
                        auth,
                        operation,
                        Set.of(400)));
        cases.add(
                request(
                        "uri-nul",
                        method,
                        target + sep(target) + "evacProbe=%00",
                        auth,
                        operation,
                        Set.of(400)));
        cases.add(
                request(
                        "uri-too-long",
                        method,
                        target + sep(target) + "evacProbe=" + "a".repeat(9000),
                        auth,
                        operation,
                        Set.of(414)));
        Map<String, String> padded = new LinkedHashMap<>(auth);
        padded.put("X-Evac-Padding", "p".repeat(17_000));
        cases.add(
                new HostileCase(
                        "headers-too-large",
                        method,
                        target,
                        padded,
                        bodyFor(operation),
                        Set.of(431)));
        Map<String, String> notAcceptable = new LinkedHashMap<>(auth);
        notAcceptable.put("Accept", "application/x-evac-nothing");
        if (hasResponseContent(operation)) {
            cases.add(
                    new HostileCase(
                            "not-acceptable",
                            method,
                            target,
                            withType(notAcceptable, operation),
                            bodyFor(operation),
                            Set.of(406)));
        }
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isObject()) {
            cases.addAll(bodyCases(method, target, auth, operation, content));
        }
        return cases;
    }

    private List<HostileCase> bodyCases(
            String method,
            String target,
            Map<String, String> auth,
            JsonNode operation,
            JsonNode content) {
        List<HostileCase> cases = new ArrayList<>();
        boolean required = operation.path("requestBody").path("required").asBoolean(false);
        Set<Integer> refused = required ? Set.of(400) : HostileCase.ANY_4XX;
        Iterator<String> types = content.fieldNames();
        while (types.hasNext()) {
            String type = types.next();
            Map<String, String> typed = new LinkedHashMap<>(auth);
            typed.put("Content-Type", type);
            byte[] invalidUtf8 =
                    concat(bytes("{\"x\":\""), new byte[] {(byte) 0xC3, 0x28}, bytes("\"}"));
            cases.add(
                    new HostileCase(
                            "body-invalid-utf8", method, target, typed, invalidUtf8, Set.of(400)));
            cases.add(
                    new HostileCase(
                            "body-nul-byte",
                            method,
                            target,
                            typed,
                            new byte[] {'a', 0, 'b'},
                            Set.of(400)));
            if (!isJson(type)) {
                continue;
            }
            cases.add(json("body-malformed", method, target, typed, "{\"x\":", Set.of(400)));
            cases.add(json("body-array-for-object", method, target, typed, "[]", Set.of(400)));
            cases.add(
                    json("body-string-for-object", method, target, typed, "\"text\"", Set.of(400)));
            cases.add(json("body-empty", method, target, typed, "", refused));
            cases.add(json("body-null", method, target, typed, "null", refused));
            cases.add(
                    json(
                            "body-deep-nesting",
                            method,
                            target,
                            typed,
                            "{\"x\":".repeat(300) + "1" + "}".repeat(300),
                            Set.of(400)));
            cases.add(
                    json(
                            "body-too-large",
                            method,
                            target,
                            typed,
                            "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}",
                            Set.of(413)));
            JsonNode schema = resolve(content.path(type).path("schema"));
            Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
            while (properties.hasNext()) {
                Map.Entry<String, JsonNode> property = properties.next();
                JsonNode propertySchema = resolve(property.getValue());
                String wrongJson = wrongJson(propertySchema);
                if (wrongJson != null) {
                    cases.add(
                            json(
                                    "body-wrong-type",
                                    method,
                                    target,
                                    typed,
                                    "{\"" + property.getKey() + "\":" + wrongJson + "}",
                                    Set.of(400)));
                }
                if (propertySchema.has("enum")) {
                    cases.add(
                            json(
                                    "body-unknown-enum",
                                    method,
                                    target,
                                    typed,
                                    "{\"" + property.getKey() + "\":\"NOT_A_VALUE\"}",
                                    Set.of(400)));
                }
                if (isString(propertySchema) && !propertySchema.has("enum")) {
                    cases.add(
                            json(
                                    "body-nul-escape",
                                    method,
                                    target,
                                    typed,
                                    "{\"" + property.getKey() + "\":\"a\\u0000b\"}",
                                    Set.of(400)));
                }
            }
        }
        Map<String, String> plain = new LinkedHashMap<>(auth);
        plain.put("Content-Type", "application/x-evac-unknown");
        cases.add(
                new HostileCase(
                        "body-wrong-media-type",
                        method,
                        target,
                        plain,
                        "x".getBytes(StandardCharsets.UTF_8),
                        Set.of(415)));
        return cases;
    }

    /** A request of the operation with the given auth headers and a harmless body. */
    HostileCase plain(
            String caseClass,
            String method,
            String path,
            JsonNode operation,
            Map<String, String> headers,
            Set<Integer> expected) {
        return request(
                caseClass,
                method,
                concrete(path, operation, Map.of()),
                headers,
                operation,
                expected);
    }

    private HostileCase request(
            String caseClass,
            String method,
            String target,
            Map<String, String> headers,
            JsonNode operation,
            Set<Integer> expected) {
        return new HostileCase(
                caseClass,
                method,
                target,
                withType(headers, operation),
                bodyFor(operation),
                expected);
    }

    private static Map<String, String> withType(Map<String, String> headers, JsonNode operation) {
        Map<String, String> typed = new LinkedHashMap<>(headers);
        JsonNode content = operation.path("requestBody").path("content");
        if (content.isObject() && content.fieldNames().hasNext()) {
            typed.putIfAbsent("Content-Type", content.fieldNames().next());
        }
        return typed;
    }

    private static byte[] bodyFor(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        if (!content.isObject() || !content.fieldNames().hasNext()) {
            return null;
        }
        return isJson(content.fieldNames().next())
                ? "{}".getBytes(StandardCharsets.UTF_8)
                : "x".getBytes(StandardCharsets.UTF_8);
    }

    private static HostileCase json(
            String caseClass,
            String method,
            String target,
            Map<String, String> headers,
            String body,
            Set<Integer> expected) {
        return new HostileCase(
                caseClass,
                method,
                target,
                headers,
                body.getBytes(StandardCharsets.UTF_8),
                expected);
    }

    String concrete(String path, JsonNode operation, Map<String, String> overrides) {
        String concrete = path;
        for (JsonNode parameter : parameters(operation)) {
            if (parameter.path("in").asText().equals("path")) {
                String name = parameter.path("name").asText();
                String value =
                        overrides.getOrDefault(name, validValue(resolve(parameter.path("schema"))));
                concrete = concrete.replace("{" + name + "}", value);
            }
        }
        return concrete;
    }

    List<JsonNode> parameters(JsonNode operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
        return parameters;
    }

    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current.has("$ref") && depth < 10; depth++) {
            String[] pointer = current.get("$ref").asText().substring(2).split("/");
            JsonNode target = document;
            for (String part : pointer) {
                target = target.path(part);
            }
            current = target;
        }
        return current;
    }

    /** JSON documents; JSON Lines is a file of many, read as text. */
    private static boolean isJson(String mediaType) {
        return mediaType.equals(JSON) || mediaType.endsWith("+json");
    }

    private static boolean hasResponseContent(JsonNode operation) {
        Iterator<Map.Entry<String, JsonNode>> responses = operation.path("responses").fields();
        while (responses.hasNext()) {
            Map.Entry<String, JsonNode> response = responses.next();
            if (response.getKey().startsWith("2")
                    && response.getValue().path("content").size() > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isString(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.asText().equals("string")
                || (type.isArray() && type.toString().contains("\"string\""));
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText();
    }

    private static String validValue(JsonNode schema) {
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asText();
        }
        return switch (typeOf(schema)) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default ->
                    "uuid".equals(schema.path("format").asText())
                            ? UUID.randomUUID().toString()
                            : "x1";
        };
    }

    /** A value of the wrong form for a typed parameter, or null when any string is acceptable. */
    private static String wrongValue(JsonNode schema) {
        if (schema.has("enum")) {
            return "NOT_A_VALUE";
        }
        return switch (typeOf(schema)) {
            case "integer" -> "one";
            case "number" -> "many";
            case "boolean" -> "perhaps";
            case "string" ->
                    switch (schema.path("format").asText()) {
                        case "uuid" -> "not-a-uuid";
                        case "date" -> "2021-13-45";
                        case "date-time" -> "yesterday";
                        default -> null;
                    };
            default -> null;
        };
    }

    private static String wrongJson(JsonNode schema) {
        return switch (typeOf(schema)) {
            case "string" -> "12345";
            case "integer" -> "\"12\"";
            case "number" -> "\"1.5\"";
            case "boolean" -> "\"yes\"";
            case "array" -> "{\"not\":\"an array\"}";
            case "object" -> "\"not an object\"";
            default -> null;
        };
    }

    private static String sep(String target) {
        return target.contains("?") ? "&" : "?";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
