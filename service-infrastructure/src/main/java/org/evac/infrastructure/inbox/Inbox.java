package org.evac.infrastructure.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evac.infrastructure.events.IncomingEvent;
import org.hibernate.Session;

/**
 * The record of events each consumer has applied, written in the same transaction as their effect.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @return false when this consumer already applied the event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markProcessed(String consumer, String eventId, String eventType) {
        return entityManager
                        .createNativeQuery(
                                """
                insert into inbox_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                on conflict do nothing""")
                        .setParameter(1, consumer)
                        .setParameter(2, eventId)
                        .setParameter(3, eventType)
                        .executeUpdate()
                == 1;
    }

    /**
     * Records a batch of events in one statement.
     *
     * @return the ids this consumer had not applied before (an id twice in the batch counts once)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> markAllProcessed(String consumer, List<IncomingEvent> events) {
        String[] ids = events.stream().map(IncomingEvent::id).toArray(String[]::new);
        String[] types = events.stream().map(IncomingEvent::type).toArray(String[]::new);
        return entityManager
                .unwrap(Session.class)
                .doReturningWork(
                        connection -> {
                            Set<String> fresh = new HashSet<>();
                            try (PreparedStatement insert =
                                    connection.prepareStatement(
                                            """
                        insert into inbox_event (consumer, event_id, event_type)
                        select ?, id, type from unnest(?, ?) as batch(id, type)
                        on conflict do nothing returning event_id""")) {
                                Array idArray = connection.createArrayOf("text", ids);
                                Array typeArray = connection.createArrayOf("text", types);
                                insert.setString(1, consumer);
                                insert.setArray(2, idArray);
                                insert.setArray(3, typeArray);
                                try (ResultSet inserted = insert.executeQuery()) {
                                    while (inserted.next()) {
                                        fresh.add(inserted.getString(1));
                                    }
                                }
                            }
                            return fresh;
                        });
    }

    /**
     * Records {@code event} as the newest this consumer applied (by event time, so a late
     * redelivery of an older event does not move it back).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(String consumer, IncomingEvent event) {
        entityManager
                .createNativeQuery(
                        """
                insert into consumer_position (consumer, event_id, event_time, applied_at)
                values (?1, ?2, ?3, now())
                on conflict (consumer) do update
                set event_id = excluded.event_id, event_time = excluded.event_time, applied_at = now()
                where consumer_position.event_time <= excluded.event_time""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.time())
                .executeUpdate();
    }

    /** The time of the newest event {@code consumer} applied, if it applied any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OffsetDateTime> position(String consumer) {
        List<?> times =
                entityManager
                        .createNativeQuery(
                                "select event_time from consumer_position where consumer = ?1")
                        .setParameter(1, consumer)
                        .getResultList();
        return times.stream()
                .findFirst()
                .map(
                        time ->
                                time instanceof OffsetDateTime offset
                                        ? offset
                                        : ((java.time.Instant) time).atOffset(ZoneOffset.UTC));
    }

    /**
     * Forgets what a consumer applied, for a replay that rebuilds its read model from the first
     * offset.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String consumer) {
        entityManager
                .createNativeQuery("delete from inbox_event where consumer = ?1")
                .setParameter(1, consumer)
                .executeUpdate();
        entityManager
                .createNativeQuery("delete from consumer_position where consumer = ?1")
                .setParameter(1, consumer)
                .executeUpdate();
    }
}
