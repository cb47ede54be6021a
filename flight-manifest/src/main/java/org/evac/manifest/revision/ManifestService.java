package org.evac.manifest.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.outbox.Outbox;
import org.evac.infrastructure.problem.Problem;
import org.evac.manifest.access.Caller;
import org.evac.manifest.checks.CheckOutcome;
import org.evac.manifest.checks.CheckResult;
import org.evac.manifest.checks.LineCheck;
import org.evac.manifest.checks.ManifestChecker;
import org.evac.manifest.csv.ManifestCsv;
import org.evac.manifest.events.ManifestEvents.RevisionSubmitted;
import org.evac.manifest.events.ManifestTopics;
import org.evac.manifest.flight.Flight;
import org.evac.manifest.flight.FlightService;
import org.evac.manifest.paxlst.PaxlstRenderer;
import org.evac.manifest.submission.Passenger;
import org.evac.manifest.submission.Submission;

@ApplicationScoped
public class ManifestService {

    private final FlightService flights;
    private final ManifestChecker checker;
    private final Validator validator;
    private final Outbox outbox;
    private final Caller caller;
    private final ManifestRechecks rechecks;
    private final Clock clock;

    public ManifestService(
            FlightService flights,
            ManifestChecker checker,
            Validator validator,
            Outbox outbox,
            Caller caller,
            ManifestRechecks rechecks,
            Clock clock) {
        this.flights = flights;
        this.checker = checker;
        this.validator = validator;
        this.outbox = outbox;
        this.caller = caller;
        this.rechecks = rechecks;
        this.clock = clock;
    }

    /**
     * The one way in for every format: loads the flight once (locked until commit, so that
     * concurrent uploads of one flight number their revisions in turn), checks that an upload
     * naming its flight names this one and that the manifest is still open, validates every line
     * once, runs the checks and stores the submission as the flight's next revision. Stores nothing
     * if any of this fails.
     */
    @Transactional
    public CheckReport submit(UUID flightId, Submission submission) {
        Flight flight = flights.accessibleForUpdate(flightId);
        if (submission.flightNumber() != null
                && !submission.flightNumber().equals(flight.flightNumber)) {
            throw ManifestProblems.wrongFlight(
                    submission.format(), submission.flightNumber(), flight);
        }
        if (!flight.status.isOpen()) {
            throw ManifestProblems.locked(flight);
        }
        validate(submission);
        rechecks.beforeChecking();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CheckOutcome outcome = checker.check(flight, submission.passengers(), now);
        flight.currentRevision++;
        ManifestRevision revision = newRevision(flight, submission, outcome, now);
        rechecks.storeSubmitted(revision);
        outbox.record(
                ManifestTopics.MANIFEST,
                flightId.toString(),
                ManifestTopics.REVISION_SUBMITTED,
                new RevisionSubmitted(
                        flightId,
                        revision.revision,
                        outcome.late(),
                        ManifestRechecks.totals(outcome),
                        outcome.lines().stream()
                                .map(LineCheck::personId)
                                .filter(Objects::nonNull)
                                .distinct()
                                .toList()));
        return CheckReport.of(revision);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RevisionSummary> revisions(UUID flightId) {
        flights.accessible(flightId);
        return ManifestRevision.ofFlight(flightId).stream().map(RevisionSummary::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ManifestView view(UUID flightId, String number) {
        Revision revision = revision(flightId, number);
        return ManifestView.of(revision.flight().flightNumber, revision.stored());
    }

    /** The revision as CSV, lines in their stored order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(UUID flightId, String number) {
        return ManifestCsv.render(revision(flightId, number).passengers());
    }

    /** The revision as a PAXLST message of {@code release} (D02B or D05B), prepared now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String paxlst(UUID flightId, String number, String release) {
        Revision revision = revision(flightId, number);
        return PaxlstRenderer.render(
                revision.flight(),
                revision.stored().revision,
                revision.passengers(),
                release,
                clock.instant());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckReport report(UUID flightId, String number) {
        return CheckReport.of(revision(flightId, number).stored());
    }

    /** Every evaluation of a revision's checks, the first (at submission) first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EvaluationSummary> evaluations(UUID flightId, String number) {
        return CheckEvaluation.ofRevision(revision(flightId, number).stored().id).stream()
                .map(EvaluationSummary::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ManifestDiff diff(UUID flightId, int from, int to) {
        return ManifestDiffer.diff(
                revision(flightId, String.valueOf(from)).stored(),
                revision(flightId, String.valueOf(to)).stored());
    }

    /** A revision by number, or the latest for {@code "latest"}, with its flight. */
    private Revision revision(UUID flightId, String number) {
        Flight flight = flights.accessible(flightId);
        int wanted = "latest".equals(number) ? flight.currentRevision : Integer.parseInt(number);
        ManifestRevision revision =
                ManifestRevision.find(flightId, wanted)
                        .orElseThrow(() -> ManifestProblems.revisionNotFound(flightId, number));
        return new Revision(flight, revision);
    }

    private record Revision(Flight flight, ManifestRevision stored) {

        List<Passenger> passengers() {
            return stored.lines.stream().map(PassengerLine::passenger).toList();
        }
    }

    private void validate(Submission submission) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < submission.passengers().size(); i++) {
            String location = submission.locations().get(i);
            for (ConstraintViolation<Passenger> violation :
                    validator.validate(submission.passengers().get(i))) {
                errors.add(
                        new Problem.FieldError(
                                location + "." + violation.getPropertyPath(),
                                violation.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            throw ManifestProblems.invalidLines(errors);
        }
    }

    private ManifestRevision newRevision(
            Flight flight, Submission submission, CheckOutcome outcome, Instant now) {
        ManifestRevision revision = new ManifestRevision();
        revision.id = TimeOrderedUuid.next();
        revision.flightId = flight.id;
        revision.revision = flight.currentRevision;
        revision.submittedAt = now;
        revision.submittedBy = caller.name();
        revision.sourceFormat = submission.format().name();
        revision.late = outcome.late();
        revision.overCapacity = outcome.overCapacity();
        revision.passengerCount = submission.passengers().size();
        revision.totals = CheckReport.formatTotals(outcome.totals());
        revision.missingAllocated =
                outcome.missingAllocated().stream()
                        .map(UUID::toString)
                        .collect(Collectors.joining(","));
        for (int i = 0; i < submission.passengers().size(); i++) {
            revision.lines.add(
                    line(revision, i + 1, submission.passengers().get(i), outcome.lines().get(i)));
        }
        return revision;
    }

    private static PassengerLine line(
            ManifestRevision revision, int number, Passenger p, LineCheck check) {
        PassengerLine line = new PassengerLine();
        line.id = TimeOrderedUuid.next();
        line.revision = revision;
        line.lineNumber = number;
        line.familyName = p.familyName();
        line.givenNames = p.givenNames();
        line.nativeFamilyName = p.nativeFamilyName();
        line.nativeGivenNames = p.nativeGivenNames();
        line.birthDate = p.birthDate();
        line.sex = p.sex();
        line.nationality = p.nationality();
        line.documentType = p.documentType();
        line.documentNumber = p.documentNumber();
        line.documentIssuingCountry = p.documentIssuingCountry();
        line.documentExpiry = p.documentExpiry();
        line.seat = p.seat();
        line.bookingReference = p.bookingReference();
        line.personId = check.personId();
        line.documentFingerprint = check.documentFingerprint();
        line.findings = CheckResult.join(check.results());
        return line;
    }
}
