package org.evac.infrastructure.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
     * Forgets what a consumer applied, for a replay that rebuilds its read model from the first
     * offset.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String consumer) {
        entityManager
                .createNativeQuery("delete from inbox_event where consumer = ?1")
                .setParameter(1, consumer)
                .executeUpdate();
    }
}
