package org.evac.manifest.flight;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.evac.infrastructure.ids.TimeOrderedUuid;
import org.evac.infrastructure.outbox.Outbox;
import org.evac.infrastructure.problem.Problem;
import org.evac.infrastructure.problem.ProblemException;
import org.evac.manifest.access.Caller;
import org.evac.manifest.events.ManifestEvents.FlightArrived;
import org.evac.manifest.events.ManifestEvents.FlightDeparted;
import org.evac.manifest.events.ManifestTopics;
import org.evac.manifest.operator.Operator;

@ApplicationScoped
public class FlightService {

    private final Caller caller;
    private final Outbox outbox;
    private final PassengersOnBoard passengers;
    private final Event<FlightChanged> changed;
    private final Clock clock;

    public FlightService(
            Caller caller,
            Outbox outbox,
            PassengersOnBoard passengers,
            Event<FlightChanged> changed,
            Clock clock) {
        this.caller = caller;
        this.outbox = outbox;
        this.passengers = passengers;
        this.changed = changed;
        this.clock = clock;
    }

    @Transactional
    public FlightResponse schedule(FlightRequest request) {
        if (!caller.mayActFor(request.operatorCode())) {
            throw new ProblemException(
                    Problem.of(
                            403,
                            "other-operator",
                            "Forbidden",
                            "Operators schedule flights of their own operator only"));
        }
        if (Operator.findById(request.operatorCode()) == null) {
            throw ProblemException.invalid(
                    "Unknown operator",
                    List.of(
                            new Problem.FieldError(
                                    "operatorCode", "no operator " + request.operatorCode())));
        }
        Flight flight = new Flight();
        flight.id = TimeOrderedUuid.next();
        flight.operatorCode = request.operatorCode();
        flight.status = FlightStatus.SCHEDULED;
        requireUnique(flight.id, request);
        apply(flight, request);
        flight.persist();
        outbox.record(
                ManifestTopics.MANIFEST,
                flight.id.toString(),
                ManifestTopics.FLIGHT_SCHEDULED,
                flight.snapshot());
        return FlightResponse.of(flight);
    }

    @Transactional
    public void update(UUID id, FlightRequest request) {
        Flight flight = accessibleForUpdate(id);
        if (!flight.operatorCode.equals(request.operatorCode())) {
            throw ProblemException.badRequest(
                    "operator-immutable",
                    "Operator cannot change",
                    "Flight " + id + " belongs to operator " + flight.operatorCode);
        }
        if (!flight.status.isOpen()) {
            throw ProblemException.conflict(
                    "flight-closed",
                    "Flight closed",
                    "Flight " + id + " is " + flight.status + " and can no longer change");
        }
        requireUnique(flight.id, request);
        apply(flight, request);
        outbox.record(
                ManifestTopics.MANIFEST,
                flight.id.toString(),
                ManifestTopics.FLIGHT_UPDATED,
                flight.snapshot());
        changed.fire(new FlightChanged(flight.id));
    }

    @Transactional
    public FlightResponse changeStatus(UUID id, StatusChange change) {
        Flight flight = accessibleForUpdate(id);
        FlightStatus target = change.status();
        if (!flight.status.canBecome(target)) {
            throw new ProblemException(
                    Problem.of(
                                    409,
                                    "illegal-transition",
                                    "Illegal status transition",
                                    "Flight "
                                            + id
                                            + " cannot go from "
                                            + flight.status
                                            + " to "
                                            + target)
                            .with("from", flight.status.name())
                            .with("to", target.name())
                            .with(
                                    "allowed",
                                    flight.status.next().stream()
                                            .map(Enum::name)
                                            .sorted()
                                            .toList()));
        }
        Instant at =
                (change.at() == null ? clock.instant() : change.at())
                        .truncatedTo(ChronoUnit.MICROS);
        flight.status = target;
        switch (target) {
            case DEPARTED -> depart(flight, at);
            case ARRIVED -> arrive(flight, at);
            case CANCELLED ->
                    outbox.record(
                            ManifestTopics.MANIFEST,
                            flight.id.toString(),
                            ManifestTopics.FLIGHT_CANCELLED,
                            flight.snapshot());
            default -> {
                reschedule(flight, change);
                outbox.record(
                        ManifestTopics.MANIFEST,
                        flight.id.toString(),
                        ManifestTopics.FLIGHT_UPDATED,
                        flight.snapshot());
                changed.fire(new FlightChanged(flight.id));
            }
        }
        return FlightResponse.of(flight);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FlightResponse get(UUID id) {
        return FlightResponse.of(accessible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FlightPage list(String operatorCode, FlightStatus status, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        String confined = caller.confinedToOperator().orElse(operatorCode);
        if (confined != null) {
            where.add("operatorCode = :operator");
            parameters.and("operator", confined);
        }
        if (status != null) {
            where.add("status = :status");
            parameters.and("status", status);
        }
        PanacheQuery<Flight> query =
                Flight.find(
                        String.join(" and ", where),
                        Sort.by("scheduledDeparture").and("id"),
                        parameters.map());
        List<FlightResponse> items =
                query.page(Page.of(page, size)).list().stream().map(FlightResponse::of).toList();
        return new FlightPage(items, query.count(), page, size);
    }

    /**
     * The flight if the caller may see it; another operator's flight is reported missing, as if it
     * did not exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Flight accessible(UUID id) {
        return visible(Flight.findById(id), id);
    }

    /**
     * As {@link #accessible}, holding a row lock until commit so that concurrent changes of one
     * flight queue up.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Flight accessibleForUpdate(UUID id) {
        return visible(Flight.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    private Flight visible(Flight flight, UUID id) {
        if (flight == null || !caller.mayActFor(flight.operatorCode)) {
            throw ProblemException.notFound("Flight", id);
        }
        return flight;
    }

    private static void requireUnique(UUID id, FlightRequest request) {
        if (Flight.count(
                        "operatorCode = ?1 and flightNumber = ?2 and scheduledDeparture = ?3 and id <> ?4",
                        request.operatorCode(),
                        request.flightNumber(),
                        request.scheduledDeparture(),
                        id)
                > 0) {
            throw ProblemException.conflict(
                    "flight-exists",
                    "Flight exists",
                    "Operator "
                            + request.operatorCode()
                            + " already has flight "
                            + request.flightNumber()
                            + " departing "
                            + request.scheduledDeparture());
        }
    }

    private void depart(Flight flight, Instant at) {
        flight.actualDeparture = at;
        List<UUID> personIds = passengers.departBoarded(flight.id);
        outbox.record(
                ManifestTopics.MANIFEST,
                flight.id.toString(),
                ManifestTopics.FLIGHT_DEPARTED,
                new FlightDeparted(flight.id, at, personIds));
    }

    private void arrive(Flight flight, Instant at) {
        if (flight.actualDeparture != null && at.isBefore(flight.actualDeparture)) {
            throw ProblemException.badRequest(
                    "arrival-before-departure",
                    "Arrival before departure",
                    "Flight " + flight.id + " departed at " + flight.actualDeparture);
        }
        flight.actualArrival = at;
        List<UUID> personIds = passengers.arriveDeparted(flight.id);
        outbox.record(
                ManifestTopics.MANIFEST,
                flight.id.toString(),
                ManifestTopics.FLIGHT_ARRIVED,
                new FlightArrived(flight.id, at, personIds));
    }

    private static void reschedule(Flight flight, StatusChange change) {
        if (change.scheduledDeparture() != null) {
            flight.scheduledDeparture = change.scheduledDeparture();
        }
        if (change.scheduledArrival() != null) {
            flight.scheduledArrival = change.scheduledArrival();
        }
        if (!flight.scheduledArrival.isAfter(flight.scheduledDeparture)) {
            throw ProblemException.invalid(
                    "Scheduled arrival must follow scheduled departure",
                    List.of(
                            new Problem.FieldError(
                                    "scheduledArrival", "must follow scheduled departure")));
        }
    }

    private static void apply(Flight flight, FlightRequest request) {
        flight.flightNumber = request.flightNumber();
        flight.originIata = orDefault(request.originIata(), "KBL");
        flight.originIcao = icao("originIcao", flight.originIata, request.originIcao());
        flight.destinationIata = orDefault(request.destinationIata(), "DOH");
        flight.destinationIcao =
                icao("destinationIcao", flight.destinationIata, request.destinationIcao());
        if (flight.originIata.equals(flight.destinationIata)) {
            throw ProblemException.invalid(
                    "Origin and destination are the same",
                    List.of(
                            new Problem.FieldError(
                                    "destinationIata", "must differ from the origin")));
        }
        flight.scheduledDeparture = request.scheduledDeparture();
        flight.scheduledArrival = request.scheduledArrival();
        flight.aircraftType = request.aircraftType();
        flight.seatCapacity = request.seatCapacity();
        flight.reservedSeats = request.reservedSeats();
    }

    private static String icao(String field, String iata, String given) {
        if (given != null) {
            return given;
        }
        return Airports.icaoOf(iata)
                .orElseThrow(
                        () ->
                                ProblemException.invalid(
                                        "ICAO code required",
                                        List.of(
                                                new Problem.FieldError(
                                                        field,
                                                        "unknown airport "
                                                                + iata
                                                                + ": give its ICAO code"))));
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
