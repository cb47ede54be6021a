package org.evac.infrastructure.locks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * PostgreSQL advisory locks held until the caller's transaction ends, named by a string (hashed
 * with {@code hashtextextended}). They order transactions that would otherwise each miss what the
 * other is about to commit, across every instance of a service that shares its database.
 */
@ApplicationScoped
public class AdvisoryLocks {

    private final EntityManager entityManager;

    public AdvisoryLocks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Waits until this transaction holds {@code name} alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void exclusive(String name) {
        take("pg_advisory_xact_lock", name);
    }

    /** Waits until no other transaction holds {@code name} alone; other shared holders may too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shared(String name) {
        take("pg_advisory_xact_lock_shared", name);
    }

    /** Takes {@code name} alone unless another transaction holds it; false at once then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryExclusive(String name) {
        return (Boolean)
                entityManager
                        .createNativeQuery(
                                "select pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                        .setParameter(1, name)
                        .getSingleResult();
    }

    private void take(String function, String name) {
        entityManager
                .createNativeQuery(
                        "select count(*) from (select " + function + "(hashtextextended(?1, 0))) l")
                .setParameter(1, name)
                .getSingleResult();
    }
}
