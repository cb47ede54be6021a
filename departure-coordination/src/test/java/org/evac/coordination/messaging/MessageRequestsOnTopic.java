package org.evac.coordination.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.evac.coordination.events.CoordinationEvents;
import org.evac.testing.TopicReader;

/** The message requests that really reached their topic, as the registry reads them. */
final class MessageRequestsOnTopic {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private MessageRequestsOnTopic() {}

    /** Waits for a request of this kind keyed by {@code key} (offer, household or person id). */
    static JsonNode await(String key, String kind) {
        return requests(key, kind, 1).get(0);
    }

    static List<JsonNode> requests(String key, String kind, int count) {
        return TopicReader.readMatching(
                        CoordinationEvents.MESSAGE_TOPIC,
                        count,
                        PATIENCE,
                        r ->
                                key.equals(r.key())
                                        && kind.equals(read(r.value()).path("kind").asText()))
                .stream()
                .map(r -> read(r.value()))
                .toList();
    }

    /** The keys of every request published up to the first one keyed {@code marker}. */
    static List<String> keysUntil(String marker) {
        return TopicReader.readUntil(
                        CoordinationEvents.MESSAGE_TOPIC,
                        PATIENCE,
                        records -> records.stream().anyMatch(r -> marker.equals(r.key())))
                .stream()
                .map(r -> r.key())
                .toList();
    }

    private static JsonNode read(byte[] value) {
        try {
            return JSON.readTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
