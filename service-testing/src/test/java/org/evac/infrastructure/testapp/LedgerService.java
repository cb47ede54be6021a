package org.evac.infrastructure.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.outbox.Outbox;
import org.evac.infrastructure.outbox.OutboxBatch;
import org.hibernate.Session;

@ApplicationScoped
public class LedgerService {

    public static final String TOPIC = "test.ledger.events";
    public static final String RECORDED = "org.evac.test.ledger.recorded.v1";

    private final EntityManager entityManager;
    private final Outbox outbox;

    public LedgerService(EntityManager entityManager, Outbox outbox) {
        this.entityManager = entityManager;
        this.outbox = outbox;
    }

    @Transactional
    public UUID record(String account, long sequence) {
        LedgerEntry entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.account = account;
        entry.sequence = sequence;
        entityManager.persist(entry);
        return outbox.record(
                TOPIC, account, RECORDED, new LedgerRecorded(entry.id, account, sequence));
    }

    /** Opens several new accounts in one transaction, their events written as one outbox batch. */
    @Transactional
    public List<UUID> openInBulk(List<String> accounts) {
        OutboxBatch batch = outbox.batch();
        List<UUID> eventIds = new ArrayList<>();
        for (String account : accounts) {
            LedgerEntry entry = new LedgerEntry();
            entry.id = UUID.randomUUID();
            entry.account = account;
            entry.sequence = 0;
            entityManager.persist(entry);
            eventIds.add(
                    batch.add(TOPIC, account, RECORDED, new LedgerRecorded(entry.id, account, 0)));
        }
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(batch::writeTo);
        return eventIds;
    }

    /** Records, then fails: the transaction rolls back both the entry and its event. */
    @Transactional
    public void recordThenFail(String account) {
        record(account, 1);
        throw new IllegalStateException("business rule violated after the event was recorded");
    }

    @Transactional
    public long entries(String account) {
        return entityManager
                .createQuery(
                        "select count(e) from LedgerEntry e where e.account = :account", Long.class)
                .setParameter("account", account)
                .getSingleResult();
    }

    public record LedgerRecorded(UUID entryId, String account, long sequence) {}
}
