package org.evac.coordination.allocation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.coordination.readmodel.FlightView;

/**
 * An allocation plan as the API shows it: per flight and per household, with the reason of each
 * placement.
 */
@Schema(name = "AllocationPlan")
public record PlanResponse(
        @Schema(description = "The one flight planned; null when all upcoming flights were")
                UUID flightScope,
        boolean applied,
        int personsSeated,
        int personsWaiting,
        int personsMoving,
        List<FlightLine> flights,
        List<PartyLine> households) {

    @Schema(name = "AllocationFlight")
    public record FlightLine(
            UUID flightId,
            String flightNumber,
            OffsetDateTime scheduledDeparture,
            int seatsForAllocation,
            int planned,
            int free) {}

    @Schema(name = "AllocationHousehold")
    public record PartyLine(
            UUID householdId,
            List<UUID> personIds,
            Priority priority,
            int rank,
            Placement.Outcome outcome,
            @Schema(description = "Members planned on each flight") Map<UUID, Long> flights,
            String reason) {}

    static PlanResponse of(
            UUID scope, boolean applied, List<FlightView> flights, AllocationPlan plan) {
        Map<UUID, Long> planned =
                plan.placements().stream()
                        .flatMap(p -> p.flights().values().stream())
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<FlightLine> flightLines =
                flights.stream()
                        .map(
                                flight -> {
                                    int free = plan.freeSeats().getOrDefault(flight.flightId, 0);
                                    int count =
                                            planned.getOrDefault(flight.flightId, 0L).intValue();
                                    return new FlightLine(
                                            flight.flightId,
                                            flight.flightNumber,
                                            flight.scheduledDeparture,
                                            free + count,
                                            count,
                                            free);
                                })
                        .toList();
        List<PartyLine> parties = plan.placements().stream().map(PlanResponse::line).toList();
        int seated = planned.values().stream().mapToInt(Long::intValue).sum();
        int total = plan.placements().stream().mapToInt(p -> p.party().size()).sum();
        int moving =
                (int)
                        plan.placements().stream()
                                .flatMap(p -> p.party().personIds().stream().filter(p::changes))
                                .count();
        return new PlanResponse(
                scope, applied, seated, total - seated, moving, flightLines, parties);
    }

    private static PartyLine line(Placement placement) {
        Party party = placement.party();
        boolean household =
                !(party.size() == 1 && party.personIds().get(0).equals(party.partyId()));
        Map<UUID, Long> flights =
                new TreeMap<>(
                        placement.flights().values().stream()
                                .collect(
                                        Collectors.groupingBy(
                                                Function.identity(), Collectors.counting())));
        return new PartyLine(
                household ? party.partyId() : null,
                party.personIds(),
                party.priority(),
                party.priority().ordinal() + 1,
                placement.outcome(),
                flights,
                placement.reason());
    }
}
