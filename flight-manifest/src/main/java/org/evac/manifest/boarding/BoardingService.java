package org.evac.manifest.boarding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.outbox.Outbox;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.manifest.access.Caller;
import org.evac.manifest.checks.DocumentFingerprints;
import org.evac.manifest.events.ManifestEvents.PassengerBoarding;
import org.evac.manifest.events.ManifestTopics;
import org.evac.manifest.flight.Flight;
import org.evac.manifest.flight.FlightService;
import org.evac.manifest.flight.FlightStatus;
import org.evac.manifest.revision.PassengerLine;

@ApplicationScoped
public class BoardingService {

    private final FlightService flights;
    private final DocumentFingerprints fingerprints;
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public BoardingService(
            FlightService flights,
            DocumentFingerprints fingerprints,
            Outbox outbox,
            Caller caller,
            Clock clock) {
        this.flights = flights;
        this.fingerprints = fingerprints;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Records a passenger of the latest revision on board; a passenger earlier marked no-show may
     * still board.
     */
    @Transactional
    public BoardingResponse board(UUID flightId, BoardingRequest request) {
        return record(flightId, request, BoardingStatus.BOARDED, ManifestTopics.PASSENGER_BOARDED);
    }

    @Transactional
    public BoardingResponse noShow(UUID flightId, BoardingRequest request) {
        return record(flightId, request, BoardingStatus.NO_SHOW, ManifestTopics.PASSENGER_NO_SHOW);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BoardingResponse> list(UUID flightId) {
        flights.accessible(flightId);
        return Boarding.<Boarding>list("flightId = ?1 order by lineNumber", flightId).stream()
                .map(BoardingResponse::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FlightTotals totals(UUID flightId) {
        Flight flight = flights.accessible(flightId);
        long manifested =
                PassengerLine.count(
                        "revision.flightId = ?1 and revision.revision = ?2",
                        flightId,
                        flight.currentRevision);
        return new FlightTotals(
                flightId,
                flight.status,
                flight.currentRevision,
                manifested,
                count(
                        flightId,
                        BoardingStatus.BOARDED,
                        BoardingStatus.DEPARTED,
                        BoardingStatus.ARRIVED),
                count(flightId, BoardingStatus.NO_SHOW),
                count(flightId, BoardingStatus.DEPARTED, BoardingStatus.ARRIVED),
                count(flightId, BoardingStatus.ARRIVED));
    }

    private BoardingResponse record(
            UUID flightId, BoardingRequest request, BoardingStatus status, String eventType) {
        Flight flight = flights.accessibleForUpdate(flightId);
        if (flight.status != FlightStatus.BOARDING) {
            throw new ProblemException(
                    Problem.of(
                                    409,
                                    "not-boarding",
                                    "Flight not boarding",
                                    "Flight "
                                            + flightId
                                            + " is "
                                            + flight.status
                                            + "; passengers board only while it is BOARDING")
                            .with("flightStatus", flight.status.name()));
        }
        PassengerLine line = onLatestRevision(flight, request);
        // A boarding recorded before a key rotation holds the document under the previous key.
        Boarding boarding =
                Boarding.<Boarding>find(
                                "flightId = ?1 and documentFingerprint in ?2",
                                flightId,
                                fingerprints.underEveryKey(
                                        line.documentType,
                                        line.documentIssuingCountry,
                                        line.documentNumber))
                        .firstResult();
        if (boarding == null) {
            boarding = new Boarding();
            boarding.id = TimeOrderedUuid.next();
            boarding.flightId = flightId;
            boarding.documentFingerprint = line.documentFingerprint;
        } else if (boarding.status != BoardingStatus.NO_SHOW || status == BoardingStatus.NO_SHOW) {
            throw new ProblemException(
                    Problem.of(
                                    409,
                                    "already-recorded",
                                    "Passenger already recorded",
                                    "Line " + line.lineNumber + " is already " + boarding.status)
                            .with("status", boarding.status.name()));
        }
        boarding.lineNumber = line.lineNumber;
        boarding.revision = flight.currentRevision;
        boarding.personId = line.personId;
        boarding.status = status;
        boarding.recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boarding.recordedBy = caller.name();
        boarding.persist();
        outbox.record(
                ManifestTopics.MANIFEST,
                flightId.toString(),
                eventType,
                new PassengerBoarding(flightId, line.personId, line.lineNumber));
        return BoardingResponse.of(boarding);
    }

    private PassengerLine onLatestRevision(Flight flight, BoardingRequest request) {
        PassengerLine line;
        if (request.lineNumber() != null) {
            line =
                    PassengerLine.<PassengerLine>find(
                                    "revision.flightId = ?1 and revision.revision = ?2 and lineNumber = ?3",
                                    flight.id,
                                    flight.currentRevision,
                                    request.lineNumber())
                            .firstResult();
        } else {
            List<String> document =
                    fingerprints.underEveryKey(
                            request.documentType(),
                            request.documentIssuingCountry(),
                            request.documentNumber());
            line =
                    PassengerLine.<PassengerLine>find(
                                    "revision.flightId = ?1 and revision.revision = ?2 and documentFingerprint in ?3 order by lineNumber",
                                    flight.id,
                                    flight.currentRevision,
                                    document)
                            .firstResult();
        }
        if (line == null) {
            throw new ProblemException(
                    Problem.of(
                                    409,
                                    "not-on-manifest",
                                    "Passenger not on the manifest",
                                    "Only passengers on the latest manifest revision ("
                                            + flight.currentRevision
                                            + ") can board")
                            .with("revision", flight.currentRevision));
        }
        return line;
    }

    private static long count(UUID flightId, BoardingStatus... statuses) {
        return Boarding.count("flightId = ?1 and status in ?2", flightId, List.of(statuses));
    }
}
