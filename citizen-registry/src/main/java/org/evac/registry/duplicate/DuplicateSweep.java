package org.evac.registry.duplicate;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.locks.AdvisoryLocks;
import org.evac.registry.duplicate.DuplicateReview.FoundBy;
import org.evac.registry.person.Person;

/**
 * The periodic sweep over the registry: every person changed since the last pass (by update time,
 * then id) is checked again and its possible and likely pairs are queued. So the queue also holds
 * pairs that no registration or import saw: a record corrected into a look-alike, persons
 * registered before a better model, pairs within one import. A new {@link #SCHEME} starts the sweep
 * over from the beginning. One instance sweeps at a time (an advisory lock); each batch commits on
 * its own.
 */
@ApplicationScoped
public class DuplicateSweep {

    /** The blocking keys and the scoring the sweep applies; a new one sweeps everyone again. */
    static final String SCHEME = Identity.KEY_SCHEME + "/score-1";

    private static final Instant BEGINNING = Instant.EPOCH;
    private static final UUID NO_ID = new UUID(0, 0);

    private final DuplicateFinder finder;
    private final DuplicateReviews reviews;
    private final EntityManager entityManager;
    private final int batchSize;
    private final AdvisoryLocks locks;

    DuplicateSweep(
            DuplicateFinder finder,
            DuplicateReviews reviews,
            EntityManager entityManager,
            DuplicatesConfig config,
            AdvisoryLocks locks) {
        this.locks = locks;
        this.finder = finder;
        this.reviews = reviews;
        this.entityManager = entityManager;
        this.batchSize = config.sweepBatch();
    }

    private record Position(Instant sweptTo, UUID lastId) {}

    /** One batch after the last pass's position, at the configured interval. */
    @Scheduled(
            every = "${evac.duplicates.sweep-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweepBatch() {
        var result = QuarkusTransaction.requiringNew().call(() -> batch(null));
        if (result.persons() > 0) {
            Log.infof(
                    "Duplicate sweep checked %d persons, queued %d pairs",
                    result.persons(), result.queued());
        }
    }

    /**
     * Checks every person changed since {@code changedSince} (or since the last pass), batch by
     * batch; the periodic position moves on only when it is the start.
     */
    public ReviewDecisions.SweepResult sweep(Instant changedSince) {
        int persons = 0;
        int queued = 0;
        Position from = changedSince == null ? null : new Position(changedSince, NO_ID);
        while (true) {
            Position start = from;
            BatchResult batch = QuarkusTransaction.requiringNew().call(() -> batch(start));
            persons += batch.persons();
            queued += batch.queued();
            if (batch.next() == null) {
                return new ReviewDecisions.SweepResult(persons, queued);
            }
            from = changedSince == null ? null : batch.next();
        }
    }

    private record BatchResult(int persons, int queued, Position next) {}

    /**
     * A batch from {@code from}, or from the periodic position (then moved on) when null; {@code
     * next} is null when nothing is left.
     */
    @SuppressWarnings("unchecked")
    private BatchResult batch(Position from) {
        boolean periodic = from == null;
        if (!locks.tryExclusive("duplicate sweep")) {
            return new BatchResult(0, 0, null);
        }
        Position start = periodic ? position() : from;
        List<UUID> ids =
                entityManager
                        .createNativeQuery(
                                "select id from person where merged_into is null"
                                        + " and (updated_at, id) > (?1, ?2) order by updated_at, id limit ?3",
                                UUID.class)
                        .setParameter(1, Timestamp.from(start.sweptTo()))
                        .setParameter(2, start.lastId())
                        .setParameter(3, batchSize)
                        .getResultList();
        List<Person> persons =
                ids.isEmpty()
                        ? List.of()
                        : Person.<Person>list("id in ?1 order by updatedAt, id", ids);
        int queued = 0;
        for (Person person : persons) {
            queued +=
                    reviews.queue(
                            person.id,
                            finder.candidates(finder.identityOf(person), person.id),
                            FoundBy.SWEEP);
        }
        if (persons.isEmpty()) {
            return new BatchResult(0, 0, null);
        }
        Person last = persons.get(persons.size() - 1);
        Position next = new Position(last.updatedAt, last.id);
        if (periodic) {
            entityManager
                    .createNativeQuery(
                            "delete from duplicate_sweep; insert into duplicate_sweep (scheme, swept_to, last_id) values (?1, ?2, ?3)")
                    .setParameter(1, SCHEME)
                    .setParameter(2, Timestamp.from(next.sweptTo()))
                    .setParameter(3, next.lastId())
                    .executeUpdate();
        }
        return new BatchResult(persons.size(), queued, persons.size() < batchSize ? null : next);
    }

    @SuppressWarnings("unchecked")
    private Position position() {
        List<Object[]> rows =
                entityManager
                        .createNativeQuery("select scheme, swept_to, last_id from duplicate_sweep")
                        .getResultList();
        if (rows.isEmpty() || !SCHEME.equals(rows.get(0)[0])) {
            return new Position(BEGINNING, NO_ID);
        }
        Object sweptTo = rows.get(0)[1];
        Instant instant = sweptTo instanceof Timestamp t ? t.toInstant() : (Instant) sweptTo;
        return new Position(instant, (UUID) rows.get(0)[2]);
    }
}
