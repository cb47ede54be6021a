package org.evac.registry.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** RFC 7396 JSON Merge Patch. */
final class MergePatch {

    private MergePatch() {}

    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result =
                target != null && target.isObject()
                        ? ((ObjectNode) target).deepCopy()
                        : JsonNodeFactory.instance.objectNode();
        patch.properties()
                .forEach(
                        field -> {
                            if (field.getValue().isNull()) {
                                result.remove(field.getKey());
                            } else {
                                result.set(
                                        field.getKey(),
                                        apply(result.get(field.getKey()), field.getValue()));
                            }
                        });
        return result;
    }
}
