package org.evac.coordination.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an AsyncAPI document (2.x or 3.x) and answers which payload fields a message type
 * documents. A message is found by its {@code name} (or {@code title}, or a field holding the
 * type), its payload through local $refs.
 */
final class AsyncApiDocument {

    private final JsonNode root;

    private AsyncApiDocument(JsonNode root) {
        this.root = root;
    }

    static AsyncApiDocument read(Path file) throws IOException {
        return new AsyncApiDocument(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
    }

    /**
     * The payload property names of the message with this CloudEvents type, if the document has it.
     */
    Optional<Set<String>> fieldsOf(String type) {
        List<JsonNode> messages = new ArrayList<>();
        collectMessages(root, type, messages);
        for (JsonNode message : messages) {
            JsonNode payload = resolve(message.has("payload") ? message.get("payload") : message);
            if (payload.has("schema")) {
                payload = resolve(payload.get("schema"));
            }
            Set<String> fields = new LinkedHashSet<>();
            collectProperties(payload, fields);
            if (!fields.isEmpty()) {
                return Optional.of(fields);
            }
        }
        return Optional.empty();
    }

    private void collectMessages(JsonNode node, String type, List<JsonNode> found) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            boolean named = false;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals(type) && field.getValue().isObject()) {
                    found.add(field.getValue());
                }
                if (field.getValue().isTextual() && field.getValue().asText().equals(type)) {
                    named = true;
                }
                collectMessages(field.getValue(), type, found);
            }
            if (named) {
                found.add(node);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectMessages(element, type, found));
        }
    }

    private void collectProperties(JsonNode schema, Set<String> fields) {
        JsonNode resolved = resolve(schema);
        resolved.path("properties").fieldNames().forEachRemaining(fields::add);
        for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
            resolved.path(combiner).forEach(part -> collectProperties(part, fields));
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref") && current.get("$ref").asText().startsWith("#/")) {
            current = root.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}
