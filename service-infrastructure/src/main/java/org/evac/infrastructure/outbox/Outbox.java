package org.evac.infrastructure.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.locks.AdvisoryLocks;

/**
 * Records an event in the service's own database, in the caller's transaction, so that it is
 * published if and only if the state change commits.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final OutboxSignal signal;
    private final Clock clock;
    private final AdvisoryLocks locks;

    public Outbox(
            EntityManager entityManager,
            ObjectMapper mapper,
            OutboxSignal signal,
            Clock clock,
            AdvisoryLocks locks) {
        this.entityManager = entityManager;
        this.locks = locks;
        this.mapper = mapper;
        this.signal = signal;
        this.clock = clock;
    }

    /**
     * @param topic Kafka topic
     * @param aggregateId record key and CloudEvents {@code subject}; events of one aggregate keep
     *     their order
     * @param type versioned CloudEvents type, e.g. {@code org.evac.registry.person.registered.v1}
     * @param payload a versioned record, serialised as JSON
     * @return the CloudEvents id, stable across every retry of the publication
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String topic, String aggregateId, String type, Object payload) {
        UUID eventId = TimeOrderedUuid.next();
        // Serialises writers of one aggregate until commit, so its positions are assigned in commit
        // order and the relay can never see a later event of the key before an earlier one.
        locks.exclusive(topic + '/' + aggregateId);
        entityManager
                .createNativeQuery(
                        """
                insert into outbox_event (event_id, topic, aggregate_id, event_type, occurred_at, payload)
                values (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, eventId)
                .setParameter(2, topic)
                .setParameter(3, aggregateId)
                .setParameter(4, type)
                .setParameter(5, OffsetDateTime.now(clock))
                .setParameter(6, json(payload))
                .executeUpdate();
        signal.afterCommit();
        return eventId;
    }

    /**
     * A bulk writer for events of aggregates created in the current transaction, written on its
     * JDBC connection (for example one obtained through Hibernate's {@code Session.doWork}).
     */
    public OutboxBatch batch() {
        return new OutboxBatch(mapper, signal, clock);
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
