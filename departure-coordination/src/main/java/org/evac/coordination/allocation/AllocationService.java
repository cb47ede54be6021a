package org.evac.coordination.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.coordination.flight.FlightSeats;
import org.evac.coordination.journey.Journey;
import org.evac.coordination.journey.JourneyService;
import org.evac.coordination.journey.JourneyState;
import org.evac.coordination.journey.Step;
import org.evac.coordination.readmodel.FlightView;
import org.evac.coordination.readmodel.PersonView;
import org.evac.infrastructure.locks.AdvisoryLocks;
import org.evac.infrastructure.problem.ProblemException;

/**
 * Builds the allocator's input from the database, and applies a plan as journey steps and seat
 * events.
 */
@ApplicationScoped
public class AllocationService {

    private final EntityManager entityManager;
    private final FlightSeats seats;
    private final JourneyService journeys;
    private final SeatEvents seatEvents;
    private final Clock clock;
    private final AdvisoryLocks locks;

    public AllocationService(
            EntityManager entityManager,
            FlightSeats seats,
            JourneyService journeys,
            SeatEvents seatEvents,
            Clock clock,
            AdvisoryLocks locks) {
        this.locks = locks;
        this.entityManager = entityManager;
        this.seats = seats;
        this.journeys = journeys;
        this.seatEvents = seatEvents;
        this.clock = clock;
    }

    /** Dry run: what {@link #apply} would do now. */
    @Transactional
    public PlanResponse plan(UUID flightId) {
        Input input = input(flightId, OffsetDateTime.now(clock));
        return PlanResponse.of(
                flightId,
                false,
                input.flights(),
                SeatAllocator.allocate(input.slots(), input.parties()));
    }

    @Transactional
    public PlanResponse apply(UUID flightId, String actor) {
        // One allocation at a time: two concurrent runs would each see the other's seats as free.
        locks.exclusive("allocation");
        Input input = input(flightId, OffsetDateTime.now(clock));
        input.flights().forEach(flight -> seats.lock(flight.flightId));
        AllocationPlan plan = SeatAllocator.allocate(input.slots(), input.parties());
        for (Placement placement : plan.placements()) {
            commit(placement, actor);
        }
        return PlanResponse.of(flightId, true, input.flights(), plan);
    }

    private void commit(Placement placement, String actor) {
        Map<UUID, List<UUID>> released = new LinkedHashMap<>();
        Map<UUID, List<UUID>> assigned = new LinkedHashMap<>();
        for (UUID person : placement.party().personIds()) {
            if (!placement.changes(person)) {
                continue;
            }
            UUID from = placement.party().currentFlights().get(person);
            UUID to = placement.flights().get(person);
            if (from != null) {
                journeys.move(
                        person,
                        Step.by(
                                        actor,
                                        JourneyState.ACCEPTED,
                                        "seat released by allocation: " + placement.reason())
                                .onFlight(from));
                released.computeIfAbsent(from, f -> new ArrayList<>()).add(person);
            }
            if (to != null) {
                journeys.move(
                        person,
                        Step.by(actor, JourneyState.SEAT_ASSIGNED, placement.reason())
                                .onFlight(to));
                assigned.computeIfAbsent(to, f -> new ArrayList<>()).add(person);
            }
        }
        released.forEach(
                (flight, persons) -> seatEvents.released(flight, persons, "re-allocation"));
        assigned.forEach(
                (flight, persons) -> seatEvents.assigned(flight, persons, placement.reason()));
    }

    private Input input(UUID flightId, OffsetDateTime now) {
        if (flightId != null) {
            FlightView flight =
                    FlightView.<FlightView>findByIdOptional(flightId)
                            .orElseThrow(() -> ProblemException.notFound("Flight", flightId));
            if (!flight.allocatable(now)) {
                throw ProblemException.conflict(
                        "flight-not-open",
                        "Flight not open for seats",
                        "Flight "
                                + flightId
                                + " is "
                                + flight.status
                                + " and takes no new seat assignments");
            }
        }
        List<FlightView> flights = FlightView.allocatable(now, flightId);
        Set<UUID> inScope =
                flights.stream().map(flight -> flight.flightId).collect(Collectors.toSet());
        List<FlightSlot> slots =
                flights.stream()
                        .map(
                                flight ->
                                        new FlightSlot(
                                                flight.flightId,
                                                flight.scheduledDeparture.toInstant(),
                                                flight.reservedSeats
                                                        - seats.held(flight.flightId, null)
                                                        - fixed(flight.flightId)))
                        .toList();
        return new Input(flights, slots, parties(inScope, now));
    }

    /** Persons manifested or boarded: their seats are no longer the allocation's to give. */
    private int fixed(UUID flightId) {
        return (int)
                Journey.count(
                        "flightId = ?1 and state in ?2",
                        flightId,
                        EnumSet.of(JourneyState.MANIFESTED, JourneyState.BOARDED));
    }

    /** The pool: accepted persons and no-shows, and assigned persons whose flight is in scope. */
    private List<Party> parties(Set<UUID> flightsInScope, OffsetDateTime now) {
        List<Journey> pool =
                Journey.inStates(
                                EnumSet.of(
                                        JourneyState.ACCEPTED,
                                        JourneyState.NO_SHOW,
                                        JourneyState.SEAT_ASSIGNED))
                        .stream()
                        .filter(
                                j ->
                                        j.state != JourneyState.SEAT_ASSIGNED
                                                || flightsInScope.contains(j.flightId))
                        .toList();
        Map<UUID, PersonView> persons = new HashMap<>();
        for (List<UUID> chunk : chunks(pool.stream().map(j -> j.personId).toList())) {
            PersonView.<PersonView>list("personId in ?1", chunk)
                    .forEach(p -> persons.put(p.personId, p));
        }
        Set<UUID> splitAllowed =
                SplitPermission.<SplitPermission>listAll().stream()
                        .map(p -> p.householdId)
                        .collect(Collectors.toSet());
        Map<UUID, List<Journey>> byParty = new LinkedHashMap<>();
        for (Journey journey : pool) {
            PersonView person = persons.get(journey.personId);
            UUID party =
                    person != null && person.householdId != null
                            ? person.householdId
                            : journey.personId;
            byParty.computeIfAbsent(party, p -> new ArrayList<>()).add(journey);
        }
        List<Party> parties = new ArrayList<>(byParty.size());
        byParty.forEach(
                (partyId, members) ->
                        parties.add(party(partyId, members, persons, splitAllowed, now)));
        return parties;
    }

    private static Party party(
            UUID partyId,
            List<Journey> members,
            Map<UUID, PersonView> persons,
            Set<UUID> splitAllowed,
            OffsetDateTime now) {
        List<String> vulnerabilities = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        Map<UUID, UUID> current = new HashMap<>();
        for (Journey journey : members) {
            PersonView person = persons.get(journey.personId);
            if (person != null) {
                vulnerabilities.addAll(person.vulnerabilitySet());
                categories.add(person.category);
            }
            if (journey.state == JourneyState.SEAT_ASSIGNED) {
                current.put(journey.personId, journey.flightId);
            }
        }
        var acceptedAt =
                members.stream()
                        .map(j -> j.acceptedAt)
                        .filter(Objects::nonNull)
                        .min(OffsetDateTime::compareTo)
                        .orElse(now)
                        .toInstant();
        return new Party(
                partyId,
                members.stream().map(j -> j.personId).toList(),
                Priority.of(vulnerabilities, categories),
                acceptedAt,
                splitAllowed.contains(partyId),
                current);
    }

    private static <T> List<List<T>> chunks(List<T> values) {
        List<List<T>> chunks = new ArrayList<>();
        for (int start = 0; start < values.size(); start += 1000) {
            chunks.add(values.subList(start, Math.min(values.size(), start + 1000)));
        }
        return chunks;
    }

    private record Input(List<FlightView> flights, List<FlightSlot> slots, List<Party> parties) {}
}
