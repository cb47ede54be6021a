package org.evac.manifest.boarding;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.infrastructure.identity.FingerprintKey;
import org.evac.infrastructure.identity.IdentityFingerprints;
import org.evac.infrastructure.locks.AdvisoryLocks;
import org.evac.manifest.checks.DocumentFingerprints;

/**
 * Keeps this service's own document fingerprints (passenger lines and boarding records) under the
 * current key: when the configured keys change (a rotation starts, or the previous key is removed),
 * the first instance to start makes them again from the lines' documents, before it serves. Until
 * then, and while instances with the old configuration still write, every look-up tries every
 * accepted key; after it, removing the previous key loses nothing.
 */
@ApplicationScoped
class DocumentRekey {

    private final IdentityFingerprints fingerprints;
    private final DocumentFingerprints documents;
    private final EntityManager entityManager;
    private final AdvisoryLocks locks;

    DocumentRekey(
            IdentityFingerprints fingerprints,
            DocumentFingerprints documents,
            EntityManager entityManager,
            AdvisoryLocks locks) {
        this.locks = locks;
        this.fingerprints = fingerprints;
        this.documents = documents;
        this.entityManager = entityManager;
    }

    void onStart(@Observes StartupEvent event) {
        rekeyIfOutdated();
    }

    @Transactional
    @TransactionConfiguration(timeout = 1800)
    @SuppressWarnings("unchecked")
    void rekeyIfOutdated() {
        locks.exclusive("document fingerprint rekey");
        String keys =
                fingerprints.accepted().stream()
                        .map(FingerprintKey::id)
                        .collect(Collectors.joining(","));
        List<String> state =
                entityManager
                        .createNativeQuery("select keys from fingerprint_keys_state")
                        .getResultList();
        if (state.size() == 1 && state.get(0).equals(keys)) {
            return;
        }
        long started = System.nanoTime();
        int changed = 0;
        List<Object[]> lines =
                entityManager
                        .createNativeQuery(
                                "select l.id, r.flight_id, l.document_type, l.document_issuing_country, "
                                        + "l.document_number, l.document_fingerprint from passenger_line l "
                                        + "join manifest_revision r on r.id = l.revision_id")
                        .getResultList();
        for (Object[] line : lines) {
            String now = documents.of((String) line[2], (String) line[3], (String) line[4]);
            if (now.equals(line[5])) {
                continue;
            }
            entityManager
                    .createNativeQuery(
                            "update boarding set document_fingerprint = ?1 where flight_id = ?2 and document_fingerprint = ?3")
                    .setParameter(1, now)
                    .setParameter(2, (UUID) line[1])
                    .setParameter(3, line[5])
                    .executeUpdate();
            entityManager
                    .createNativeQuery(
                            "update passenger_line set document_fingerprint = ?1 where id = ?2")
                    .setParameter(1, now)
                    .setParameter(2, (UUID) line[0])
                    .executeUpdate();
            changed++;
        }
        entityManager
                .createNativeQuery(
                        "delete from fingerprint_keys_state; insert into fingerprint_keys_state (keys, rekeyed_at) values (?1, now())")
                .setParameter(1, keys)
                .executeUpdate();
        Log.infof(
                "Document fingerprints of %d of %d passenger lines made again under key %s in %d ms",
                changed,
                lines.size(),
                fingerprints.current().id(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
