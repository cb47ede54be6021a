package org.evac.registry.fingerprint;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.evac.infrastructure.identity.FingerprintKey;
import org.evac.infrastructure.identity.IdentityFingerprints;
import org.evac.infrastructure.logging.Redacted;
import org.evac.registry.audit.AuditLog;
import org.evac.registry.document.PersonDocument;
import org.evac.registry.events.EventTypes;
import org.evac.registry.events.RegistryEvents;
import org.evac.registry.person.Person;

/**
 * Republishes the fingerprints of every person whose last published fingerprints were made with
 * another key or scheme than the current ones: after a key rotation or a new family-name scheme, so
 * that flight-manifest's read model ends up under the current key and scheme and the previous key
 * can be removed. Each person gets a {@code person.updated.v1} event with its snapshot under the
 * current key and the same version (no change of the person: consumers replace fingerprints of the
 * same version when key or scheme differ). Batches of {@value #BATCH} persons, by id, each in its
 * own transaction; one run at a time per instance, and a run that several instances start at once
 * only publishes twice what is the same snapshot.
 */
@ApplicationScoped
public class FingerprintRepublisher {

    static final int BATCH = 500;

    private final IdentityFingerprints fingerprints;
    private final RegistryEvents events;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ExecutorService runner =
            Executors.newSingleThreadExecutor(task -> new Thread(task, "fingerprint-republish"));
    private final AtomicReference<Run> current = new AtomicReference<>();

    FingerprintRepublisher(
            IdentityFingerprints fingerprints,
            RegistryEvents events,
            AuditLog audit,
            EntityManager entityManager,
            Clock clock) {
        this.fingerprints = fingerprints;
        this.events = events;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** A run of this instance: when it started and ended, and how many persons it republished. */
    public record Run(
            String keyId, int scheme, Instant startedAt, Instant finishedAt, int republished) {}

    /** Where the registry stands: the keys, the scheme, and the persons under each. */
    public FingerprintStatus status() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                new FingerprintStatus(
                                        fingerprints.current().id(),
                                        fingerprints.accepted().stream()
                                                .map(FingerprintKey::id)
                                                .toList(),
                                        IdentityFingerprints.SCHEME,
                                        publishedUnder(),
                                        current.get()));
    }

    /** Starts a run unless one is going; answers the status with the run. */
    public FingerprintStatus start() {
        Run run =
                new Run(
                        fingerprints.current().id(),
                        IdentityFingerprints.SCHEME,
                        clock.instant(),
                        null,
                        0);
        Run previous = current.get();
        if ((previous == null || previous.finishedAt() != null)
                && current.compareAndSet(previous, run)) {
            String actor = audit.actor();
            QuarkusTransaction.requiringNew()
                    .run(
                            () ->
                                    audit.change(
                                            "FINGERPRINTS_REPUBLISH",
                                            "fingerprints",
                                            run.keyId(),
                                            null,
                                            Map.of(
                                                    "keyId",
                                                    run.keyId(),
                                                    "scheme",
                                                    run.scheme(),
                                                    "by",
                                                    actor)));
            runner.submit(this::runToEnd);
        }
        return status();
    }

    private void runToEnd() {
        int republished = 0;
        UUID after = new UUID(0, 0);
        try {
            while (true) {
                UUID from = after;
                List<UUID> batch = QuarkusTransaction.requiringNew().call(() -> batch(from));
                if (batch.isEmpty()) {
                    break;
                }
                republished += batch.size();
                after = batch.get(batch.size() - 1);
                int sofar = republished;
                current.updateAndGet(
                        r -> new Run(r.keyId(), r.scheme(), r.startedAt(), null, sofar));
            }
            Log.infof(
                    "Republished the fingerprints of %d persons under key %s, scheme %d",
                    republished, fingerprints.current().id(), IdentityFingerprints.SCHEME);
        } catch (RuntimeException e) {
            Log.errorf(
                    Redacted.of(e), "Fingerprint republish stopped after %d persons", republished);
        } finally {
            int total = republished;
            current.updateAndGet(
                    r -> new Run(r.keyId(), r.scheme(), r.startedAt(), clock.instant(), total));
        }
    }

    /** Republishes the next persons after {@code after} that are under another key or scheme. */
    private List<UUID> batch(UUID after) {
        List<Person> persons =
                Person.<Person>find(
                                "id > ?1 and mergedInto is null and (fingerprintKey is null"
                                        + " or fingerprintKey <> ?2 or fingerprintScheme is null"
                                        + " or fingerprintScheme <> ?3) order by id",
                                after,
                                fingerprints.current().id(),
                                IdentityFingerprints.SCHEME)
                        .page(0, BATCH)
                        .list();
        for (Person person : persons) {
            events.stamp(person);
            events.person(EventTypes.PERSON_UPDATED, person, PersonDocument.ofPerson(person.id));
        }
        return persons.stream().map(p -> p.id).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> publishedUnder() {
        Map<String, Long> counts = new TreeMap<>();
        for (Object[] row :
                (List<Object[]>)
                        entityManager
                                .createNativeQuery(
                                        "select coalesce(fingerprint_key, ?1), coalesce(fingerprint_scheme, 1), count(*) "
                                                + "from person where merged_into is null group by 1, 2")
                                .setParameter(1, IdentityFingerprints.FIRST_KEY_ID)
                                .getResultList()) {
            counts.put(row[0] + "/scheme-" + row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }
}
