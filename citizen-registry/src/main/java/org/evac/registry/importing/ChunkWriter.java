package org.evac.registry.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/** Writes one prepared chunk in a transaction of its own. */
@ApplicationScoped
class ChunkWriter {

    private final EntityManager entityManager;

    ChunkWriter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(PreparedChunk chunk) {
        entityManager.unwrap(Session.class).doWork(chunk::writeTo);
    }
}
