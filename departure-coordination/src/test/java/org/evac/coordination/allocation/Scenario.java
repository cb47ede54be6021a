package org.evac.coordination.allocation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/** A generated allocation problem: flights with capacities and parties without seats yet. */
record Scenario(List<FlightSlot> flights, List<Party> parties) {

    record PartySpec(int size, Priority priority, int acceptedMinute, boolean splitAllowed) {}

    static Scenario of(List<Integer> capacities, List<PartySpec> specs) {
        List<FlightSlot> flights =
                IntStream.range(0, capacities.size())
                        .mapToObj(
                                i ->
                                        new FlightSlot(
                                                new UUID(0xF, i),
                                                Instant.EPOCH.plusSeconds(
                                                        3600L * ((i * 7) % capacities.size())),
                                                capacities.get(i)))
                        .toList();
        List<Party> parties = new ArrayList<>();
        for (int p = 0; p < specs.size(); p++) {
            PartySpec spec = specs.get(p);
            int index = p;
            List<UUID> persons =
                    IntStream.range(0, spec.size()).mapToObj(k -> new UUID(index + 1L, k)).toList();
            parties.add(
                    new Party(
                            new UUID(0xA, p),
                            persons,
                            spec.priority(),
                            Instant.EPOCH.plusSeconds(60L * spec.acceptedMinute()),
                            spec.splitAllowed(),
                            Map.of()));
        }
        return new Scenario(flights, parties);
    }

    /** The same parties, now holding the seats {@code plan} gave them. */
    static List<Party> applied(AllocationPlan plan) {
        return plan.placements().stream()
                .map(placement -> withSeats(placement.party(), placement.flights()))
                .toList();
    }

    static Party withSeats(Party party, Map<UUID, UUID> seats) {
        return new Party(
                party.partyId(),
                party.personIds(),
                party.priority(),
                party.acceptedAt(),
                party.splitAllowed(),
                seats);
    }

    static Map<UUID, Integer> load(AllocationPlan plan) {
        Map<UUID, Integer> load = new HashMap<>();
        plan.placements()
                .forEach(p -> p.flights().values().forEach(f -> load.merge(f, 1, Integer::sum)));
        return load;
    }
}
