package org.evac.manifest.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.inbox.Inbox;
import org.evac.infrastructure.locks.AdvisoryLocks;
import org.evac.infrastructure.outbox.Outbox;
import org.evac.manifest.checks.CheckOutcome;
import org.evac.manifest.checks.CheckResult;
import org.evac.manifest.checks.LineCheck;
import org.evac.manifest.checks.ManifestChecker;
import org.evac.manifest.events.ManifestEvents.ChecksEvaluated;
import org.evac.manifest.events.ManifestTopics;
import org.evac.manifest.flight.Flight;
import org.evac.manifest.flight.FlightChanged;
import org.evac.manifest.flight.FlightStatus;
import org.evac.manifest.readmodel.CoordinationConsumer;
import org.evac.manifest.readmodel.ReadModelChanged;
import org.evac.manifest.readmodel.RegistryConsumer;

/**
 * Keeps the checks of every open flight's latest revision current. A seat assigned after the
 * upload, a person registered after it, a document corrected, a merge, a new departure time: each
 * can change a line's result (NOT_ALLOCATED, UNREGISTERED, NAME_MISMATCH, DOCUMENT_EXPIRED …), so
 * the checks run again in the transaction that changed their inputs. A result that changed is
 * stored on the revision, kept in its history ({@link CheckEvaluation}) and published; an
 * evaluation that changes nothing leaves no trace.
 *
 * <p>A submission checks against the read models as its transaction sees them, and a read-model
 * change rechecks the revisions its transaction sees: run at the same moment, the submission would
 * miss the change and the recheck would miss the submission, and the line would stay UNREGISTERED
 * or NOT_ALLOCATED for good. So a submission holds {@link #CHECK_INPUTS} shared while it checks,
 * and a change takes it alone before it rechecks: whichever comes second sees the other committed.
 */
@ApplicationScoped
public class ManifestRechecks {

    static final String CHECK_INPUTS = "manifest check inputs";

    private final ManifestChecker checker;
    private final Outbox outbox;
    private final Inbox inbox;
    private final EntityManager entityManager;
    private final AdvisoryLocks locks;
    private final Clock clock;

    public ManifestRechecks(
            ManifestChecker checker,
            Outbox outbox,
            Inbox inbox,
            EntityManager entityManager,
            AdvisoryLocks locks,
            Clock clock) {
        this.locks = locks;
        this.checker = checker;
        this.outbox = outbox;
        this.inbox = inbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Called by a submission before it reads the read models for its checks. */
    @Transactional(Transactional.TxType.MANDATORY)
    void beforeChecking() {
        locks.shared(CHECK_INPUTS);
    }

    /** Stores a new revision, with the evaluation made at submission as its first. */
    @Transactional(Transactional.TxType.MANDATORY)
    void storeSubmitted(ManifestRevision revision) {
        revision.evaluation = 1;
        revision.evaluatedAt = revision.submittedAt;
        revision.evaluationReason = EvaluationReason.SUBMITTED;
        asOfNow(revision);
        revision.persist();
        history(revision);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onReadModelChanged(@Observes ReadModelChanged change) {
        recheck(change.seatsOnFlights(), EvaluationReason.SEATS_CHANGED);
        if (!change.registryPersons().isEmpty()) {
            locks.exclusive(CHECK_INPUTS);
            recheck(
                    new HashSet<>(flightsInvolving(change.registryPersons())),
                    EvaluationReason.REGISTRY_CHANGED);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onFlightChanged(@Observes FlightChanged change) {
        recheck(Set.of(change.flightId()), EvaluationReason.FLIGHT_CHANGED);
    }

    private void recheck(Set<UUID> flightIds, EvaluationReason reason) {
        if (flightIds.isEmpty()) {
            return;
        }
        locks.exclusive(CHECK_INPUTS);
        for (ManifestRevision revision : ManifestRevision.latestOfOpenFlights(flightIds)) {
            Flight flight = entityManager.find(Flight.class, revision.flightId);
            List<org.evac.manifest.submission.Passenger> passengers =
                    revision.lines.stream().map(PassengerLine::passenger).toList();
            CheckOutcome outcome = checker.check(flight, passengers, revision.submittedAt);
            if (changes(revision, outcome)) {
                apply(revision, outcome, reason);
            }
        }
    }

    /**
     * Open flights whose latest revision has a line of one of {@code persons}, or a line whose
     * document the registry now gives one of them.
     */
    @SuppressWarnings("unchecked")
    private List<UUID> flightsInvolving(Set<UUID> persons) {
        return entityManager
                .createNativeQuery(
                        """
                select distinct r.flight_id
                from passenger_line l
                join manifest_revision r on r.id = l.revision_id
                join flight f on f.id = r.flight_id and r.revision = f.current_revision
                where f.status in (?2)
                  and (l.person_id in (?1)
                       or l.document_fingerprint in
                          (select d.fingerprint from registered_document d where d.person_id in (?1)))""")
                .setParameter(1, persons)
                .setParameter(2, FlightStatus.OPEN.stream().map(Enum::name).toList())
                .getResultList();
    }

    private static boolean changes(ManifestRevision revision, CheckOutcome outcome) {
        if (revision.late != outcome.late()
                || revision.overCapacity != outcome.overCapacity()
                || !revision.missingAllocated.equals(missing(outcome))) {
            return true;
        }
        for (int i = 0; i < revision.lines.size(); i++) {
            PassengerLine line = revision.lines.get(i);
            LineCheck check = outcome.lines().get(i);
            if (!Objects.equals(line.personId, check.personId())
                    || !line.findings.equals(CheckResult.join(check.results()))) {
                return true;
            }
        }
        return false;
    }

    private void apply(ManifestRevision revision, CheckOutcome outcome, EvaluationReason reason) {
        revision.late = outcome.late();
        revision.overCapacity = outcome.overCapacity();
        revision.totals = CheckReport.formatTotals(outcome.totals());
        revision.missingAllocated = missing(outcome);
        for (int i = 0; i < revision.lines.size(); i++) {
            PassengerLine line = revision.lines.get(i);
            LineCheck check = outcome.lines().get(i);
            line.personId = check.personId();
            line.findings = CheckResult.join(check.results());
        }
        revision.evaluation++;
        revision.evaluatedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        revision.evaluationReason = reason;
        asOfNow(revision);
        history(revision);
        outbox.record(
                ManifestTopics.MANIFEST,
                revision.flightId.toString(),
                ManifestTopics.CHECKS_EVALUATED,
                new ChecksEvaluated(
                        revision.flightId,
                        revision.revision,
                        revision.evaluation,
                        reason.name(),
                        revision.evaluatedAt,
                        revision.late,
                        totals(outcome),
                        outcome.lines().stream()
                                .map(LineCheck::personId)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList()));
    }

    /** Totals keyed by result name, in the order of {@link CheckResult}, as events carry them. */
    static Map<String, Integer> totals(CheckOutcome outcome) {
        return outcome.totals().entrySet().stream()
                .collect(
                        Collectors.toMap(
                                e -> e.getKey().name(),
                                Map.Entry::getValue,
                                (a, b) -> a,
                                LinkedHashMap::new));
    }

    private static String missing(CheckOutcome outcome) {
        return outcome.missingAllocated().stream()
                .map(UUID::toString)
                .collect(Collectors.joining(","));
    }

    private void asOfNow(ManifestRevision revision) {
        revision.registryAsOf =
                inbox.position(RegistryConsumer.NAME).map(OffsetDateTime::toInstant).orElse(null);
        revision.seatsAsOf =
                inbox.position(CoordinationConsumer.NAME)
                        .map(OffsetDateTime::toInstant)
                        .orElse(null);
    }

    private static void history(ManifestRevision revision) {
        CheckEvaluation evaluation = new CheckEvaluation();
        evaluation.id = TimeOrderedUuid.next();
        evaluation.revisionId = revision.id;
        evaluation.evaluation = revision.evaluation;
        evaluation.evaluatedAt = revision.evaluatedAt;
        evaluation.reason = revision.evaluationReason;
        evaluation.registryAsOf = revision.registryAsOf;
        evaluation.seatsAsOf = revision.seatsAsOf;
        evaluation.late = revision.late;
        evaluation.overCapacity = revision.overCapacity;
        evaluation.totals = revision.totals;
        evaluation.missingAllocated = revision.missingAllocated;
        evaluation.lineFindings =
                revision.lines.stream().map(l -> l.findings).collect(Collectors.joining(";"));
        evaluation.persist();
    }
}
