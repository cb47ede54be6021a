package org.evac.manifest.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An AsyncAPI (2.x or 3.x) YAML file, searched for messages by CloudEvents type and their payload
 * fields.
 */
final class AsyncApiDocument {

    private final JsonNode root;

    private AsyncApiDocument(JsonNode root) {
        this.root = root;
    }

    static AsyncApiDocument read(Path file) throws IOException {
        return new AsyncApiDocument(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()));
    }

    /** The message whose {@code name} (or key, or title) is the type. */
    Optional<JsonNode> message(String type) {
        JsonNode messages = root.path("components").path("messages");
        for (Iterator<Map.Entry<String, JsonNode>> it = messages.fields(); it.hasNext(); ) {
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

    /** The top-level property names of a message's payload. */
    Set<String> payloadFields(JsonNode message) {
        return fields(resolve(message.path("payload")));
    }

    /**
     * Every property name of a message's payload at any depth, as dotted paths ({@code
     * fingerprints.documents.fingerprint}).
     */
    Set<String> payloadPaths(JsonNode message) {
        Set<String> paths = new TreeSet<>();
        collect(resolve(message.path("payload")), "", paths);
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
        for (String combinator : new String[] {"allOf", "oneOf", "anyOf"}) {
            node.path(combinator).forEach(part -> collect(part, prefix, paths));
        }
    }

    private Set<String> fields(JsonNode schema) {
        Set<String> names = new TreeSet<>();
        resolve(schema).path("properties").fieldNames().forEachRemaining(names::add);
        return names;
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
