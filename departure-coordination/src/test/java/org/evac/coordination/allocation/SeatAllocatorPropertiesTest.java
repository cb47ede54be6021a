package org.evac.coordination.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Allocation invariants over generated flights and households (jqwik, 500 cases per property). */
class SeatAllocatorPropertiesTest {

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<Integer>> capacities =
                Arbitraries.integers().between(0, 16).list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<Scenario.PartySpec> party =
                Combinators.combine(
                                Arbitraries.integers().between(1, 7),
                                Arbitraries.of(Priority.class),
                                Arbitraries.integers().between(0, 10),
                                Arbitraries.frequency(Tuple.of(4, false), Tuple.of(1, true)))
                        .as(Scenario.PartySpec::new);
        return Combinators.combine(capacities, party.list().ofMaxSize(30)).as(Scenario::of);
    }

    @Property(tries = 500)
    void neverSplitsAHouseholdWithoutPermission(@ForAll("scenarios") Scenario scenario) {
        AllocationPlan plan = SeatAllocator.allocate(scenario.flights(), scenario.parties());
        for (Placement placement : plan.placements()) {
            if (!placement.party().splitAllowed()) {
                assertThat(Set.copyOf(placement.flights().values())).hasSizeLessThanOrEqualTo(1);
                assertThat(placement.flights().size()).isIn(0, placement.party().size());
            }
        }
    }

    @Property(tries = 500)
    void neverExceedsCapacity(@ForAll("scenarios") Scenario scenario) {
        AllocationPlan plan = SeatAllocator.allocate(scenario.flights(), scenario.parties());
        Map<UUID, Integer> load = Scenario.load(plan);
        for (FlightSlot flight : scenario.flights()) {
            assertThat(load.getOrDefault(flight.flightId(), 0))
                    .isLessThanOrEqualTo(flight.capacity());
            assertThat(plan.freeSeats().get(flight.flightId()))
                    .isEqualTo(flight.capacity() - load.getOrDefault(flight.flightId(), 0));
        }
    }

    /**
     * A party without seats could not have fitted anywhere after every party ranked before it was
     * seated.
     */
    @Property(tries = 500)
    void respectsPriorityOrder(@ForAll("scenarios") Scenario scenario) {
        AllocationPlan plan = SeatAllocator.allocate(scenario.flights(), scenario.parties());
        Map<UUID, Integer> before = new HashMap<>();
        for (Placement placement : plan.placements()) {
            Party party = placement.party();
            if (placement.flights().isEmpty()) {
                int largest = 0;
                int total = 0;
                for (FlightSlot flight : scenario.flights()) {
                    int free = flight.capacity() - before.getOrDefault(flight.flightId(), 0);
                    largest = Math.max(largest, free);
                    total += free;
                }
                assertThat(party.splitAllowed() ? total : largest).isLessThan(party.size());
            }
            placement.flights().values().forEach(flight -> before.merge(flight, 1, Integer::sum));
        }
        assertThat(plan.placements()).extracting(Placement::party).isSortedAccordingTo(Party.ORDER);
    }

    @Property(tries = 500)
    void reRunOfAnAppliedPlanMovesNobody(@ForAll("scenarios") Scenario scenario) {
        AllocationPlan first = SeatAllocator.allocate(scenario.flights(), scenario.parties());
        AllocationPlan second = SeatAllocator.allocate(scenario.flights(), Scenario.applied(first));
        for (Placement placement : second.placements()) {
            assertThat(placement.party().personIds()).noneMatch(placement::changes);
        }
    }

    /**
     * After one flight closes, another shrinks and new households accept, a re-run keeps every seat
     * on the other flights, and on the shrunken flight only the lowest priorities lose theirs.
     */
    @Property(tries = 500)
    void reRunAfterChangesMovesOnlyWhatMustMove(
            @ForAll("scenarios") Scenario scenario, @ForAll("scenarios") Scenario newcomers) {
        AllocationPlan first = SeatAllocator.allocate(scenario.flights(), scenario.parties());
        List<FlightSlot> changed = new ArrayList<>(scenario.flights());
        FlightSlot closed = changed.remove(0);
        FlightSlot shrunk = changed.isEmpty() ? null : changed.get(0);
        if (shrunk != null) {
            changed.set(
                    0,
                    new FlightSlot(shrunk.flightId(), shrunk.departure(), shrunk.capacity() / 2));
        }
        List<Party> parties = new ArrayList<>(Scenario.applied(first));
        newcomers
                .parties()
                .forEach(
                        p ->
                                parties.add(
                                        new Party(
                                                new UUID(
                                                        0xB, p.partyId().getLeastSignificantBits()),
                                                p.personIds().stream()
                                                        .map(
                                                                id ->
                                                                        new UUID(
                                                                                id
                                                                                                .getMostSignificantBits()
                                                                                        + 1000,
                                                                                id
                                                                                        .getLeastSignificantBits()))
                                                        .toList(),
                                                p.priority(),
                                                p.acceptedAt(),
                                                p.splitAllowed(),
                                                Map.of())));

        AllocationPlan second = SeatAllocator.allocate(changed, parties);

        Map<UUID, Integer> load = Scenario.load(second);
        changed.forEach(
                f ->
                        assertThat(load.getOrDefault(f.flightId(), 0))
                                .isLessThanOrEqualTo(f.capacity()));
        Set<UUID> movable = new HashSet<>();
        movable.add(closed.flightId());
        if (shrunk != null) {
            movable.add(shrunk.flightId());
        }
        List<Party> keptOnShrunk = new ArrayList<>();
        List<Party> evictedFromShrunk = new ArrayList<>();
        for (Placement placement : second.placements()) {
            Party party = placement.party();
            boolean onStableFlights =
                    !party.currentFlights().isEmpty()
                            && party.currentFlights().values().stream()
                                    .noneMatch(movable::contains);
            if (onStableFlights) {
                assertThat(party.personIds()).noneMatch(placement::changes);
            }
            if (shrunk != null
                    && !party.splitAllowed()
                    && party.currentFlights().containsValue(shrunk.flightId())) {
                boolean kept = party.personIds().stream().noneMatch(placement::changes);
                (kept ? keptOnShrunk : evictedFromShrunk).add(party);
            }
        }
        // Eviction goes by priority; a higher-ranked household loses its seats before a
        // lower-ranked one only
        // when it is larger than what remains and the smaller one still fits.
        for (Party evicted : evictedFromShrunk) {
            for (Party kept : keptOnShrunk) {
                if (Party.ORDER.compare(evicted, kept) < 0) {
                    assertThat(evicted.size()).isGreaterThan(kept.size());
                }
            }
        }
    }
}
