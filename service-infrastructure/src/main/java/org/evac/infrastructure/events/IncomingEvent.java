package org.evac.infrastructure.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A CloudEvent read from Kafka, with its payload still as JSON until a handler binds it to its own
 * record.
 */
public record IncomingEvent(
        String id, String source, String type, String subject, OffsetDateTime time, JsonNode data) {

    /** Reads a binary-mode CloudEvent; throws {@link MalformedEventException} if it is not one. */
    public static IncomingEvent from(ConsumerRecord<String, byte[]> record, ObjectMapper mapper) {
        var headers = record.headers();
        String id = required(headers, CloudEventHeaders.ID);
        String specVersion = required(headers, CloudEventHeaders.SPECVERSION);
        if (!CloudEventHeaders.SPEC_VERSION.equals(specVersion)) {
            throw new MalformedEventException("unsupported specversion " + specVersion);
        }
        String time = required(headers, CloudEventHeaders.TIME);
        if (record.value() == null) {
            throw new MalformedEventException("event " + id + " has no data");
        }
        try {
            return new IncomingEvent(
                    id,
                    required(headers, CloudEventHeaders.SOURCE),
                    required(headers, CloudEventHeaders.TYPE),
                    CloudEventHeaders.read(headers, CloudEventHeaders.SUBJECT).orElse(record.key()),
                    OffsetDateTime.parse(time),
                    mapper.readTree(record.value()));
        } catch (IOException | RuntimeException e) {
            throw new MalformedEventException(
                    "event " + id + " is not valid JSON CloudEvent: " + e.getMessage());
        }
    }

    /** Binds the payload to the consumer's own record of this event type. */
    public <T> T dataAs(Class<T> type, ObjectMapper mapper) {
        try {
            return Objects.requireNonNull(mapper.treeToValue(data, type), "data");
        } catch (IOException e) {
            throw new MalformedEventException(
                    "event "
                            + id
                            + " of type "
                            + this.type
                            + " does not fit "
                            + type.getSimpleName()
                            + ": "
                            + e.getMessage());
        }
    }

    private static String required(org.apache.kafka.common.header.Headers headers, String name) {
        return CloudEventHeaders.read(headers, name)
                .orElseThrow(() -> new MalformedEventException("missing header " + name));
    }
}
