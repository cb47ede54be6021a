package org.evac.infrastructure.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Outbox rows written as one JDBC batch on the caller's connection and transaction, for bulk
 * writers such as an import. Unlike {@link Outbox#record} it takes no per-aggregate lock, so use it
 * only for aggregates created in the same transaction: nobody else can write events for them before
 * it commits.
 */
public final class OutboxBatch implements AutoCloseable {

    private final PreparedStatement insert;
    private final ObjectMapper mapper;

    OutboxBatch(Connection connection, ObjectMapper mapper) throws SQLException {
        this.insert =
                connection.prepareStatement(
                        """
                insert into outbox_event (event_id, topic, aggregate_id, event_type, occurred_at, payload)
                values (?, ?, ?, ?, ?, ?)""");
        this.mapper = mapper;
    }

    /** Adds one event of a new aggregate; returns its CloudEvents id. */
    public UUID add(String topic, String aggregateId, String type, Object payload)
            throws SQLException {
        UUID eventId = UUID.randomUUID();
        insert.setObject(1, eventId);
        insert.setString(2, topic);
        insert.setString(3, aggregateId);
        insert.setString(4, type);
        insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
        insert.setString(6, json(payload));
        insert.addBatch();
        return eventId;
    }

    public void execute() throws SQLException {
        insert.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        insert.close();
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
