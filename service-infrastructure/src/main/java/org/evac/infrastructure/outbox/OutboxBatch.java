package org.evac.infrastructure.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import org.evac.infrastructure.bulk.CopyRows;
import org.evac.infrastructure.ids.TimeOrderedUuid;

/**
 * Outbox rows collected in memory and written with one COPY on the caller's connection and
 * transaction, for bulk writers such as an import. Unlike {@link Outbox#record} it takes no
 * per-aggregate lock, so use it only for aggregates created in the same transaction: nobody else
 * can write events for them before it commits.
 */
public final class OutboxBatch {

    private final CopyRows rows =
            CopyRows.into(
                    "outbox_event",
                    "event_id",
                    "topic",
                    "aggregate_id",
                    "event_type",
                    "occurred_at",
                    "payload");
    private final ObjectMapper mapper;
    private final OutboxSignal signal;
    private final Clock clock;

    OutboxBatch(ObjectMapper mapper, OutboxSignal signal, Clock clock) {
        this.mapper = mapper;
        this.signal = signal;
        this.clock = clock;
    }

    /** Adds one event of a new aggregate; returns its CloudEvents id. */
    public UUID add(String topic, String aggregateId, String type, Object payload) {
        UUID eventId = TimeOrderedUuid.next();
        rows.add(eventId, topic, aggregateId, type, clock.instant(), json(payload));
        return eventId;
    }

    /**
     * Writes the collected events in the connection's current transaction, which must be the
     * current JTA transaction (its commit wakes the relay).
     */
    public void writeTo(Connection connection) throws SQLException {
        rows.copyTo(connection);
        signal.afterCommit();
    }

    private String json(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "Event payload is not serialisable: " + payload.getClass(), e);
        }
    }
}
