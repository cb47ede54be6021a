package org.evac.coordination.allocation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Household-preserving seat allocation, free of I/O so that it can be property-tested.
 *
 * <p>Two passes in priority order. First every party keeps the seats it holds, as long as its
 * flight is still open and has room for it (when a flight shrank, the lowest priorities lose their
 * seats). Then every party without a seat takes the earliest flight that has room for all its
 * members; a party allowed to split may spread over several flights, but only when the free seats
 * of all flights can take all of it. A party never bumps another one that already holds a seat, so
 * a re-run moves only what must move.
 */
public final class SeatAllocator {

    private SeatAllocator() {}

    public static AllocationPlan allocate(List<FlightSlot> flights, List<Party> parties) {
        List<FlightSlot> ordered = flights.stream().sorted(FlightSlot.ORDER).toList();
        Map<UUID, Integer> free = new LinkedHashMap<>();
        ordered.forEach(flight -> free.put(flight.flightId(), Math.max(0, flight.capacity())));
        List<Party> byPriority = parties.stream().sorted(Party.ORDER).toList();

        Map<UUID, Map<UUID, UUID>> kept = new HashMap<>();
        for (Party party : byPriority) {
            kept.put(party.partyId(), keep(party, free));
        }
        List<Placement> placements = new ArrayList<>(byPriority.size());
        for (Party party : byPriority) {
            placements.add(place(party, kept.get(party.partyId()), free));
        }
        return new AllocationPlan(List.copyOf(placements), Map.copyOf(free));
    }

    /** Seats the party keeps; takes them from {@code free}. */
    private static Map<UUID, UUID> keep(Party party, Map<UUID, Integer> free) {
        Map<UUID, UUID> seats = new LinkedHashMap<>();
        if (party.splitAllowed()) {
            for (UUID person : party.personIds()) {
                UUID flight = party.currentFlights().get(person);
                if (flight != null && free.getOrDefault(flight, 0) > 0) {
                    free.merge(flight, -1, Integer::sum);
                    seats.put(person, flight);
                }
            }
            return seats;
        }
        Set<UUID> current = Set.copyOf(party.currentFlights().values());
        if (current.size() == 1) {
            UUID flight = current.iterator().next();
            // Room for the whole party: members who joined the accepted household since are added
            // to its flight.
            if (free.getOrDefault(flight, 0) >= party.size()) {
                free.merge(flight, -party.size(), Integer::sum);
                party.personIds().forEach(person -> seats.put(person, flight));
            }
        }
        return seats;
    }

    private static Placement place(Party party, Map<UUID, UUID> kept, Map<UUID, Integer> free) {
        List<UUID> waiting =
                party.personIds().stream().filter(person -> !kept.containsKey(person)).toList();
        if (waiting.isEmpty()) {
            boolean unchanged = kept.equals(party.currentFlights());
            return new Placement(
                    party,
                    kept,
                    unchanged ? Placement.Outcome.KEPT : Placement.Outcome.ASSIGNED,
                    unchanged
                            ? "keeps its seats"
                            : "household grew; new members join it on its flight");
        }
        Map<UUID, UUID> seats = new LinkedHashMap<>(kept);
        UUID together = firstWithRoom(free, waiting.size(), preferred(kept));
        if (together != null) {
            free.merge(together, -waiting.size(), Integer::sum);
            waiting.forEach(person -> seats.put(person, together));
            return new Placement(
                    party,
                    Map.copyOf(seats),
                    outcomeOf(party),
                    reasonFor(
                            party, "first flight with " + waiting.size() + " seats free together"));
        }
        int totalFree = free.values().stream().mapToInt(Integer::intValue).sum();
        if (party.splitAllowed() && totalFree >= waiting.size()) {
            int next = 0;
            for (Map.Entry<UUID, Integer> flight : free.entrySet()) {
                while (flight.getValue() > 0 && next < waiting.size()) {
                    seats.put(waiting.get(next++), flight.getKey());
                    flight.setValue(flight.getValue() - 1);
                }
            }
            return new Placement(
                    party,
                    Map.copyOf(seats),
                    outcomeOf(party),
                    reasonFor(party, "split over flights, as allowed for this household"));
        }
        int largest = free.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        String why = party.size() + " seats needed together; the largest free block is " + largest;
        if (!party.currentFlights().isEmpty() && !party.splitAllowed()) {
            why = "lost its seats (flight closed or shrank, or household grew); " + why;
        }
        return new Placement(
                party, Map.copyOf(kept), Placement.Outcome.UNASSIGNED, reasonFor(party, why));
    }

    private static Set<UUID> preferred(Map<UUID, UUID> kept) {
        return kept.values().stream().collect(Collectors.toSet());
    }

    /** The earliest flight with room, among the flights the party's kept members are on first. */
    private static UUID firstWithRoom(Map<UUID, Integer> free, int seats, Set<UUID> preferred) {
        return free.entrySet().stream()
                .filter(flight -> flight.getValue() >= seats)
                .filter(flight -> preferred.contains(flight.getKey()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseGet(
                        () ->
                                free.entrySet().stream()
                                        .filter(flight -> flight.getValue() >= seats)
                                        .map(Map.Entry::getKey)
                                        .findFirst()
                                        .orElse(null));
    }

    private static Placement.Outcome outcomeOf(Party party) {
        return party.currentFlights().isEmpty()
                ? Placement.Outcome.ASSIGNED
                : Placement.Outcome.MOVED;
    }

    private static String reasonFor(Party party, String why) {
        return "priority "
                + (party.priority().ordinal() + 1)
                + " ("
                + party.priority()
                + "): "
                + why;
    }
}
