package org.evac.scenario.observe;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.client.coordination.api.FlightsApi;
import org.evac.client.coordination.api.StatisticsApi;
import org.evac.client.coordination.model.FlightLoad;
import org.evac.client.coordination.model.FlightSeats;
import org.evac.client.coordination.model.Funnel;
import org.evac.client.coordination.model.Journey;
import org.evac.client.coordination.model.JourneyState;
import org.evac.client.coordination.model.JourneyTransition;
import org.evac.client.coordination.model.Statistics;
import org.evac.client.manifest.api.BoardingApi;
import org.evac.client.manifest.api.ManifestsApi;
import org.evac.client.manifest.model.Boarding;
import org.evac.client.manifest.model.CheckReport;
import org.evac.client.manifest.model.FlightTotals;
import org.evac.client.manifest.model.LineResult;
import org.evac.client.registry.model.RegistryStatistics;
import org.evac.scenario.api.ServiceFailure;
import org.evac.scenario.api.Services;
import org.evac.scenario.play.Findings;
import org.evac.scenario.play.JourneyBook;
import org.evac.scenario.play.Ledger;
import org.evac.scenario.play.Ledger.Charter;
import org.evac.scenario.population.Household;
import org.evac.scenario.population.Member;

/**
 * The checks that must hold whenever the system is quiet, whatever happened before: the three
 * services agree with each other, with the dashboard and with what their users did; no household is
 * split, no seat given twice, no event applied twice, nobody boarded who was not on the latest
 * manifest, and the dead-letter topics hold nothing but the poison records.
 */
public final class Consistency {

    private static final Set<JourneyState> SEATED =
            EnumSet.of(
                    JourneyState.SEAT_ASSIGNED,
                    JourneyState.MANIFESTED,
                    JourneyState.BOARDED,
                    JourneyState.DEPARTED,
                    JourneyState.ARRIVED_DOHA,
                    JourneyState.ONWARD);
    private static final Set<JourneyState> ON_BOARD =
            EnumSet.of(
                    JourneyState.BOARDED,
                    JourneyState.DEPARTED,
                    JourneyState.ARRIVED_DOHA,
                    JourneyState.ONWARD);
    private static final Set<JourneyState> FLOWN =
            EnumSet.of(JourneyState.DEPARTED, JourneyState.ARRIVED_DOHA, JourneyState.ONWARD);
    private static final Set<JourneyState> LANDED =
            EnumSet.of(JourneyState.ARRIVED_DOHA, JourneyState.ONWARD);

    private final Services services;
    private final Ledger ledger;
    private final JourneyBook journeys;
    private final KafkaWatch kafka;
    private final Findings findings;
    private int poisoned;

    /** Dead letters already reported as mismatches: each is one lost event, reported once. */
    private final Set<KafkaWatch.DeadLetter> reported = new HashSet<>();

    public Consistency(
            Services services,
            Ledger ledger,
            JourneyBook journeys,
            KafkaWatch kafka,
            Findings findings) {
        this.services = services;
        this.ledger = ledger;
        this.journeys = journeys;
        this.kafka = kafka;
        this.findings = findings;
    }

    /** What each service says, once quiet. */
    public record Snapshot(
            Map<String, Long> registryByStatus,
            long registryTotal,
            Funnel funnel,
            Map<JourneyState, Long> journeyStates,
            Map<String, FlightTotals> flights) {}

    /** The dead letters the poison records must cause: one per consumer group of the topic. */
    public void poisoned(int expectedDeadLetters) {
        poisoned += expectedDeadLetters;
    }

    /**
     * Runs every check, recording mismatches as seen {@code after}, over the journeys of everyone
     * who accepted a seat; returns what was read.
     */
    public Snapshot check(String after) {
        return check(after, ledger.acceptedIds());
    }

    /** The same checks over the journeys of everyone who was offered a seat. */
    public Snapshot checkEveryone(String after) {
        return check(after, ledger.offeredIds());
    }

    private Snapshot check(String after, List<UUID> persons) {
        RegistryStatistics registry =
                services.registryViewer()
                        .call(
                                c ->
                                        new org.evac.client.registry.api.StatisticsApi(c)
                                                .getRegistryStatistics());
        Statistics dashboard =
                services.coordinationViewer()
                        .call(c -> new StatisticsApi(c).getCoordinationStatistics());
        Map<UUID, Journey> journey = journeys.read(persons);
        Map<JourneyState, Long> states = new EnumMap<>(JourneyState.class);
        journey.values().forEach(j -> states.merge(j.getState(), 1L, Long::sum));
        Funnel funnel = dashboard.getFunnel();

        long live = ledger.registeredCount() + ledger.walkIns().size() - ledger.mergedCount();
        findings.expectEqual(after, "registry: live persons", live, registry.getTotal());
        findings.expectEqual(
                after,
                "dashboard: registered = registry's live persons",
                registry.getTotal(),
                funnel.getRegistered());
        long departed = registry.getByStatus().getOrDefault("DEPARTED", 0L);
        findings.expectEqual(
                after,
                "registry DEPARTED = persons the operator flew",
                ledger.flownCount(),
                departed);
        findings.expectEqual(
                after,
                "coordination ARRIVED_DOHA = registry DEPARTED",
                departed,
                count(states, LANDED));
        findings.expectEqual(
                after,
                "dashboard: arrived in Doha = registry DEPARTED",
                departed,
                funnel.getArrivedDoha());
        findings.expectEqual(
                after,
                "dashboard: offered = persons offered",
                ledger.offeredCount(),
                funnel.getOffered());
        findings.expectEqual(
                after,
                "dashboard: accepted = persons who accepted",
                ledger.acceptedCount(),
                funnel.getAccepted());
        findings.expectEqual(
                after,
                "dashboard: seat assigned = coordination's journeys",
                count(states, SEATED),
                funnel.getSeatAssigned());
        findings.expectEqual(
                after,
                "dashboard: boarded = coordination's journeys",
                count(states, ON_BOARD),
                funnel.getBoarded());

        Map<String, FlightTotals> totals = new TreeMap<>();
        long arrived = 0;
        for (Charter charter : ledger.charters()) {
            FlightTotals flight = flight(after, charter, journey, dashboard);
            totals.put(charter.flightNumber(), flight);
            arrived += flight.getArrived();
        }
        findings.expectEqual(
                after, "flight-manifest arrived passengers = registry DEPARTED", departed, arrived);
        households(after, journey);
        history(after, journey);
        deadLetters(after);
        return new Snapshot(
                new TreeMap<>(registry.getByStatus()), registry.getTotal(), funnel, states, totals);
    }

    private FlightTotals flight(
            String after, Charter charter, Map<UUID, Journey> journey, Statistics dashboard) {
        String where = after + " / " + charter.flightNumber();
        FlightTotals totals =
                services.manifestViewer()
                        .call(c -> new BoardingApi(c).getFlightTotals(charter.flightId()));
        Map<JourneyState, Long> onFlight = new EnumMap<>(JourneyState.class);
        journey.values().stream()
                .filter(j -> charter.flightId().equals(j.getFlightId()))
                .forEach(j -> onFlight.merge(j.getState(), 1L, Long::sum));
        findings.expectEqual(
                where,
                "boarded: flight-manifest = coordination",
                totals.getBoarded(),
                count(onFlight, ON_BOARD));
        findings.expectEqual(
                where,
                "departed: flight-manifest = coordination",
                totals.getDeparted(),
                count(onFlight, FLOWN));
        findings.expectEqual(
                where,
                "arrived: flight-manifest = coordination",
                totals.getArrived(),
                count(onFlight, LANDED));
        FlightSeats seats =
                services.coordinationViewer()
                        .call(c -> new FlightsApi(c).getFlightSeats(charter.flightId()));
        findings.expect(
                seats.getOccupied() <= seats.getReserved(),
                where,
                "more seats given ("
                        + seats.getOccupied()
                        + ") than reserved ("
                        + seats.getReserved()
                        + ")");
        dashboard.getUpcomingFlights().stream()
                .filter(load -> load.getFlightId().equals(charter.flightId()))
                .findFirst()
                .ifPresent(load -> upcoming(where, load, onFlight, seats, totals));
        if (totals.getRevision() != null && totals.getRevision() > 0) {
            latestManifest(where, charter, journey);
        }
        return totals;
    }

    /** The dashboard's figures of a flight not yet departed, against coordination's journeys. */
    private void upcoming(
            String where,
            FlightLoad load,
            Map<JourneyState, Long> onFlight,
            FlightSeats seats,
            FlightTotals totals) {
        long assigned =
                count(
                        onFlight,
                        EnumSet.of(
                                JourneyState.SEAT_ASSIGNED,
                                JourneyState.MANIFESTED,
                                JourneyState.BOARDED));
        findings.expectEqual(
                where, "dashboard: seats assigned = journeys", assigned, load.getAssigned());
        findings.expectEqual(
                where, "coordination seats occupied = journeys", assigned, seats.getOccupied());
        findings.expectEqual(
                where,
                "dashboard: manifested = journeys",
                count(onFlight, EnumSet.of(JourneyState.MANIFESTED, JourneyState.BOARDED)),
                load.getManifested());
        findings.expectEqual(
                where,
                "dashboard: boarded = flight-manifest's boarded",
                totals.getBoarded(),
                load.getBoarded());
    }

    /**
     * Everyone coordination has on board of this flight is on its latest manifest, each boarding
     * was recorded against the latest revision, and whoever is on that manifest and has not boarded
     * yet is MANIFESTED.
     */
    private void latestManifest(String where, Charter charter, Map<UUID, Journey> journey) {
        CheckReport latest;
        try {
            latest =
                    services.operator()
                            .call(
                                    c ->
                                            new ManifestsApi(c)
                                                    .getManifestChecks(
                                                            charter.flightId(), "latest"));
        } catch (ServiceFailure none) {
            findings.mismatch(where, "the latest manifest cannot be read: " + none.getMessage());
            return;
        }
        Set<UUID> listed =
                latest.getPassengers().stream()
                        .map(LineResult::getPersonId)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet());
        journey.forEach(
                (person, j) -> {
                    if (charter.flightId().equals(j.getFlightId())
                            && ON_BOARD.contains(j.getState())) {
                        findings.expect(
                                listed.contains(person),
                                where,
                                "person "
                                        + person
                                        + " is "
                                        + j.getState()
                                        + " but not on the latest manifest");
                    }
                });
        List<Boarding> boardings =
                services.operator().call(c -> new BoardingApi(c).listBoardings(charter.flightId()));
        for (Boarding boarding : boardings) {
            findings.expect(
                    latest.getRevision().equals(boarding.getRevision()),
                    where,
                    "line "
                            + boarding.getLineNumber()
                            + " recorded against revision "
                            + boarding.getRevision()
                            + ", the latest is "
                            + latest.getRevision());
        }
    }

    /** No household on two flights: its seated members share one flight. */
    private void households(String after, Map<UUID, Journey> journey) {
        for (Household household : ledger.population().households()) {
            Set<UUID> flights = new HashSet<>();
            for (Member member : household.members()) {
                UUID id = ledger.personIdOrNull(member);
                Journey j = id == null ? null : journey.get(id);
                if (j != null && SEATED.contains(j.getState())) {
                    flights.add(j.getFlightId());
                }
            }
            findings.expect(
                    flights.size() <= 1,
                    after,
                    "household " + household.key() + " is split over flights " + flights);
        }
    }

    /**
     * Each journey's history is one chain of legal steps in which no event of another service
     * appears twice: an event applied twice would show as a second step with the same source.
     */
    private void history(String after, Map<UUID, Journey> journey) {
        journey.forEach(
                (person, j) -> {
                    Set<String> sources = new HashSet<>();
                    JourneyState previous = null;
                    for (JourneyTransition step : j.getHistory()) {
                        if (step.getSourceEvent() != null && !sources.add(step.getSourceEvent())) {
                            findings.mismatch(
                                    after,
                                    "journey of "
                                            + person
                                            + " applied "
                                            + step.getSourceEvent()
                                            + " twice");
                        }
                        if (previous != null && step.getFrom() != previous) {
                            findings.mismatch(
                                    after,
                                    "journey of "
                                            + person
                                            + " jumps from "
                                            + previous
                                            + " to a step starting at "
                                            + step.getFrom());
                        }
                        previous = step.getTo();
                    }
                    if (previous != null) {
                        findings.expect(
                                previous == j.getState(),
                                after,
                                "journey of "
                                        + person
                                        + " is "
                                        + j.getState()
                                        + " but its history ends at "
                                        + previous);
                    }
                });
    }

    /** Only the poison records may be dead letters: any other is an event a service lost. */
    private void deadLetters(String after) {
        List<KafkaWatch.DeadLetter> letters = kafka.deadLetters();
        letters.stream()
                .filter(letter -> letter.key() == null || !letter.key().startsWith("poison-"))
                .filter(reported::add)
                .forEach(
                        letter ->
                                findings.mismatch(
                                        after,
                                        "an event went to "
                                                + letter.topic()
                                                + " ("
                                                + letter.consumer()
                                                + ", from "
                                                + letter.topic().replace(".dlq", "")
                                                + " key "
                                                + letter.key()
                                                + ": "
                                                + letter.reason()
                                                + ")"));
        findings.expectEqual(
                after,
                "dead letters of the poison records",
                poisoned,
                letters.stream()
                        .filter(l -> l.key() != null && l.key().startsWith("poison-"))
                        .count());
    }

    private static long count(Map<JourneyState, Long> states, Set<JourneyState> which) {
        return which.stream().mapToLong(s -> states.getOrDefault(s, 0L)).sum();
    }
}
