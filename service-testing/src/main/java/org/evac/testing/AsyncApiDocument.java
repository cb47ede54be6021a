package org.evac.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An AsyncAPI YAML document, searched for its messages by CloudEvents type and their payload
 * fields: the one reader of the contract tests, whether a service checks its own document or reads
 * a producer's. Only local {@code $ref}s, as the three documents use.
 */
public final class AsyncApiDocument {

    private final JsonNode root;

    private AsyncApiDocument(JsonNode root) {
        this.root = root;
    }

    public static AsyncApiDocument read(Path file) throws IOException {
        return new AsyncApiDocument(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
    }

    /** The node at a JSON pointer ({@code /components/schemas/X}), references resolved. */
    public JsonNode at(String pointer) {
        return resolve(root.at(pointer));
    }

    /**
     * The message under {@code components.messages} whose key, {@code name} or title is the type.
     */
    public Optional<JsonNode> message(String type) {
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        root.path("components").path("messages").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode message = resolve(entry.getValue());
            if (type.equals(entry.getKey())
                    || type.equals(message.path("name").asText())
                    || type.equals(message.path("title").asText())) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
    }

    /** The message of that type; a test fails on a type the document does not have. */
    public JsonNode requireMessage(String type) {
        return message(type).orElseThrow(() -> new AssertionError(type + " is not documented"));
    }

    /** The top-level payload field names of the message of that type, if documented. */
    public Optional<Set<String>> fieldsOf(String type) {
        return message(type).map(this::payloadFields);
    }

    /** The top-level property names of a message's payload. */
    public Set<String> payloadFields(JsonNode message) {
        return properties(message.path("payload"));
    }

    /**
     * The top-level property names of a schema, those of its {@code allOf/oneOf/anyOf} included.
     */
    public Set<String> properties(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        JsonNode node = resolve(schema);
        node.path("properties").fieldNames().forEachRemaining(names::add);
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            node.path(combinator).forEach(part -> names.addAll(properties(part)));
        }
        return names;
    }

    /**
     * Every property name of a message's payload at any depth, as dotted paths ({@code
     * fingerprints.documents.fingerprint}).
     */
    public Set<String> payloadPaths(JsonNode message) {
        Set<String> paths = new TreeSet<>();
        collect(message.path("payload"), "", paths);
        return paths;
    }

    private void collect(JsonNode schema, String prefix, Set<String> paths) {
        JsonNode node = resolve(schema);
        if (node.has("items")) {
            collect(node.get("items"), prefix, paths);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String path = prefix + property.getKey();
            paths.add(path);
            collect(property.getValue(), path + ".", paths);
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            node.path(combinator).forEach(part -> collect(part, prefix, paths));
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local references are supported: " + ref);
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }
}
