package org.evac.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract every service's published OpenAPI document keeps for outside clients, checked on the
 * documents the service builds write ({@code <service>/target/openapi/openapi.json}). Each test
 * lists every violation it finds, naming the service, the operation and the JSON pointer.
 */
class OpenApiContractTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Set<String> METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** Service module, and the package its generated client lives in. */
    private static final Map<String, String> SERVICES =
            Map.of(
                    "citizen-registry", "registry",
                    "departure-coordination", "coordination",
                    "flight-manifest", "manifest");

    private static final List<String> SUBSCHEMA_MAPS =
            List.of("properties", "patternProperties", "$defs", "dependentSchemas");
    private static final List<String> SUBSCHEMA_ARRAYS =
            List.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final List<String> SUBSCHEMAS =
            List.of(
                    "items",
                    "additionalProperties",
                    "not",
                    "contains",
                    "if",
                    "then",
                    "else",
                    "propertyNames",
                    "unevaluatedItems",
                    "unevaluatedProperties");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig STRICT_FORMATS =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private static List<Document> documents;

    @BeforeAll
    static void readDocuments() {
        Path root = Path.of(System.getProperty("evac.openapi.documents", ".."));
        documents =
                SERVICES.keySet().stream()
                        .sorted()
                        .map(service -> Document.read(service, root))
                        .toList();
    }

    @Test
    void everyOperationHasAnOperationIdUniqueAcrossTheServices() {
        List<String> violations = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (Document document : documents) {
            for (Operation operation : document.operations()) {
                String id = operation.node().path("operationId").asText("");
                if (id.isBlank()) {
                    violations.add(operation + ": no operationId");
                } else if (seen.putIfAbsent(id, operation.toString()) != null) {
                    violations.add(operation + ": operationId " + id + " also on " + seen.get(id));
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everySuccessfulResponseWithABodyHasASchema() {
        List<String> violations = new ArrayList<>();
        for (Document document : documents) {
            for (Operation operation : document.operations()) {
                operation.responses(
                        (status, response) -> {
                            if (status.startsWith("2") || status.startsWith("3")) {
                                response.path("content")
                                        .properties()
                                        .forEach(
                                                media -> {
                                                    if (!media.getValue().has("schema")) {
                                                        violations.add(
                                                                operation
                                                                        + " "
                                                                        + status
                                                                        + " "
                                                                        + media.getKey()
                                                                        + ": no schema");
                                                    }
                                                });
                            }
                        });
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyErrorResponseIsAProblem() {
        List<String> violations = new ArrayList<>();
        for (Document document : documents) {
            if (document.root().at("/components/schemas/Problem").isMissingNode()) {
                violations.add(document.service() + ": no components.schemas.Problem");
            }
            for (Operation operation : document.operations()) {
                operation.responses(
                        (status, response) -> {
                            if (!status.startsWith("4") && !status.startsWith("5")) {
                                return;
                            }
                            JsonNode content = response.path("content");
                            Set<String> types = new TreeSet<>();
                            content.fieldNames().forEachRemaining(types::add);
                            if (!types.equals(Set.of(PROBLEM_JSON))) {
                                violations.add(
                                        operation + " " + status + ": content types " + types);
                            }
                            String ref =
                                    content.path(PROBLEM_JSON).path("schema").path("$ref").asText();
                            if (types.contains(PROBLEM_JSON) && !ref.equals(PROBLEM_REF)) {
                                violations.add(
                                        operation
                                                + " "
                                                + status
                                                + ": schema "
                                                + content.path(PROBLEM_JSON).path("schema"));
                            }
                        });
            }
        }
        assertThat(violations).isEmpty();
    }

    /**
     * Media-type examples (request bodies, responses, headers), parameter examples and schema
     * examples ({@code example} and 3.1 {@code examples}), each against the schema next to it, with
     * format assertions on (uuid, date, date-time, email …).
     */
    @Test
    void everyExampleMatchesItsSchema() {
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (Document document : documents) {
            for (Example example : document.examples()) {
                checked++;
                Set<ValidationMessage> errors =
                        document.validate(example.schema(), example.value());
                if (!errors.isEmpty()) {
                    violations.add(
                            document.service()
                                    + " "
                                    + example.pointer()
                                    + ": "
                                    + errors.stream()
                                            .map(ValidationMessage::getMessage)
                                            .collect(Collectors.joining("; ")));
                }
            }
        }
        System.out.println("[contract] examples validated against their schemas: " + checked);
        assertThat(checked).isPositive();
        assertThat(violations).isEmpty();
    }

    /** Patterns are anchored, and use no Java-only regular expression syntax. */
    @Test
    void everyPatternIsAnchoredAndPortable() {
        List<String> violations = new ArrayList<>();
        for (Document document : documents) {
            document.walk(
                    document.root(),
                    "",
                    (pointer, node) -> {
                        JsonNode pattern = node.get("pattern");
                        if (pattern == null || !pattern.isTextual()) {
                            return;
                        }
                        String regex = pattern.asText();
                        if (!regex.startsWith("^") || !regex.endsWith("$")) {
                            violations.add(
                                    document.service() + " " + pointer + ": unanchored " + regex);
                        }
                        if (regex.matches(".*(\\\\p\\{Is|\\(\\?[imsx]|[*+?}]\\+|\\\\[AZz]).*")) {
                            violations.add(
                                    document.service() + " " + pointer + ": Java-only " + regex);
                        }
                    });
        }
        assertThat(violations).isEmpty();
    }

    /**
     * An event stream never ends: its operation carries {@code x-evac-streaming: true} and the
     * generated clients leave it out; every other operation is a method of a generated API class.
     */
    @Test
    void generatedClientsHaveEveryOperationButTheEventStreams() {
        List<String> violations = new ArrayList<>();
        for (Document document : documents) {
            Set<String> methods = document.generatedApiMethods();
            for (Operation operation : document.operations()) {
                String id = operation.node().path("operationId").asText("");
                boolean marked = operation.node().path("x-evac-streaming").asBoolean(false);
                boolean[] eventStream = {false};
                operation.responses(
                        (status, response) ->
                                eventStream[0] |=
                                        response.path("content").has("text/event-stream"));
                if (eventStream[0] && !marked) {
                    violations.add(operation + ": text/event-stream without x-evac-streaming");
                }
                if (marked && methods.contains(id)) {
                    violations.add(operation + ": streaming, yet in the generated client");
                }
                if (!marked && !id.isBlank() && !methods.contains(id)) {
                    violations.add(operation + ": " + id + " missing from the generated client");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private record Operation(
            String service, String method, String path, JsonNode node, Document document) {

        void responses(BiConsumer<String, JsonNode> each) {
            node.path("responses")
                    .properties()
                    .forEach(
                            response ->
                                    each.accept(
                                            response.getKey(),
                                            document.resolve(response.getValue())));
        }

        @Override
        public String toString() {
            return service + " " + method.toUpperCase(java.util.Locale.ROOT) + " " + path;
        }
    }

    private record Example(String pointer, JsonNode schema, JsonNode value) {}

    private record Document(String service, JsonNode root) {

        static Document read(String service, Path root) {
            Path file = root.resolve(service).resolve("target/openapi/openapi.json");
            try {
                return new Document(service, JSON.readTree(file.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        file + " is written when " + service + " is packaged", e);
            }
        }

        List<Operation> operations() {
            List<Operation> operations = new ArrayList<>();
            root.path("paths")
                    .properties()
                    .forEach(
                            path ->
                                    path.getValue()
                                            .properties()
                                            .forEach(
                                                    op -> {
                                                        if (METHODS.contains(op.getKey())) {
                                                            operations.add(
                                                                    new Operation(
                                                                            service,
                                                                            op.getKey(),
                                                                            path.getKey(),
                                                                            op.getValue(),
                                                                            this));
                                                        }
                                                    }));
            return operations;
        }

        /** Follows a local {@code $ref} (responses, parameters, examples, request bodies). */
        JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
                String ref = current.get("$ref").asText();
                if (!ref.startsWith("#/")) {
                    throw new IllegalStateException(service + ": non-local $ref " + ref);
                }
                current = root.at(ref.substring(1));
            }
            return current;
        }

        /** Every node of the document, with its JSON pointer. */
        void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visit) {
            if (node.isObject()) {
                visit.accept(pointer, node);
                node.properties()
                        .forEach(
                                e -> walk(e.getValue(), pointer + "/" + escape(e.getKey()), visit));
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walk(node.get(i), pointer + "/" + i, visit);
                }
            }
        }

        /**
         * Every example in the document with the schema it must match: whatever holds a {@code
         * schema} next to {@code example}/{@code examples} (media types, parameters, headers), and
         * every schema's and subschema's own {@code example}/{@code examples}.
         */
        List<Example> examples() {
            List<Example> examples = new ArrayList<>();
            Map<String, JsonNode> schemas = new java.util.LinkedHashMap<>();
            root.at("/components/schemas")
                    .properties()
                    .forEach(
                            e ->
                                    schemas.put(
                                            "/components/schemas/" + escape(e.getKey()),
                                            e.getValue()));
            walkOutsideSchemas(
                    root,
                    "",
                    (pointer, node) -> {
                        JsonNode schema = node.get("schema");
                        if (schema == null || !schema.isObject()) {
                            return;
                        }
                        schemas.put(pointer + "/schema", schema);
                        if (node.has("example")) {
                            examples.add(
                                    new Example(pointer + "/example", schema, node.get("example")));
                        }
                        node.path("examples")
                                .properties()
                                .forEach(
                                        named -> {
                                            JsonNode example = resolve(named.getValue());
                                            if (example.has("value")) {
                                                examples.add(
                                                        new Example(
                                                                pointer
                                                                        + "/examples/"
                                                                        + escape(named.getKey()),
                                                                schema,
                                                                example.get("value")));
                                            }
                                        });
                    });
            schemas.forEach((pointer, schema) -> schemaExamples(schema, pointer, examples));
            return examples;
        }

        private void walkOutsideSchemas(
                JsonNode node, String pointer, BiConsumer<String, JsonNode> visit) {
            if (node.isObject()) {
                visit.accept(pointer, node);
                node.properties()
                        .forEach(
                                e -> {
                                    String child = pointer + "/" + escape(e.getKey());
                                    if (!e.getKey().equals("schema")
                                            && !child.equals("/components/schemas")) {
                                        walkOutsideSchemas(e.getValue(), child, visit);
                                    }
                                });
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walkOutsideSchemas(node.get(i), pointer + "/" + i, visit);
                }
            }
        }

        private static void schemaExamples(JsonNode schema, String pointer, List<Example> found) {
            if (!schema.isObject()) {
                return;
            }
            if (schema.has("example")) {
                found.add(new Example(pointer + "/example", schema, schema.get("example")));
            }
            JsonNode values = schema.path("examples");
            for (int i = 0; values.isArray() && i < values.size(); i++) {
                found.add(new Example(pointer + "/examples/" + i, schema, values.get(i)));
            }
            for (String keyword : SUBSCHEMA_MAPS) {
                schema.path(keyword)
                        .properties()
                        .forEach(
                                e ->
                                        schemaExamples(
                                                e.getValue(),
                                                pointer + "/" + keyword + "/" + escape(e.getKey()),
                                                found));
            }
            for (String keyword : SUBSCHEMA_ARRAYS) {
                JsonNode list = schema.path(keyword);
                for (int i = 0; list.isArray() && i < list.size(); i++) {
                    schemaExamples(list.get(i), pointer + "/" + keyword + "/" + i, found);
                }
            }
            for (String keyword : SUBSCHEMAS) {
                if (schema.has(keyword)) {
                    schemaExamples(schema.get(keyword), pointer + "/" + keyword, found);
                }
            }
        }

        Set<ValidationMessage> validate(JsonNode schema, JsonNode value) {
            ObjectNode wrapper = JSON.createObjectNode();
            wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            wrapper.set("components", root.path("components"));
            wrapper.putArray("allOf").add(schema);
            JsonSchema compiled = SCHEMAS.getSchema(wrapper, STRICT_FORMATS);
            return compiled.validate(value);
        }

        /** The method names of the generated API classes of this service's client. */
        Set<String> generatedApiMethods() {
            String pkg = "org.evac.client." + SERVICES.get(service) + ".api";
            Path dir =
                    Path.of(
                                    System.getProperty(
                                            "evac.generated.sources", "target/generated-sources"))
                            .resolve(service)
                            .resolve("src/main/java")
                            .resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                Set<String> methods = new TreeSet<>();
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString().replace(".java", "");
                    for (Method method : Class.forName(pkg + "." + name).getDeclaredMethods()) {
                        if (Modifier.isPublic(method.getModifiers())) {
                            methods.add(method.getName());
                        }
                    }
                }
                return methods;
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("generated client of " + service, e);
            }
        }

        private static String escape(String key) {
            return key.replace("~", "~0").replace("/", "~1");
        }
    }
}
