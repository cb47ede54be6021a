package org.evac.coordination.allocation;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The plan for one party.
 *
 * @param flights the planned flight of each member; members left without a seat are absent
 */
public record Placement(Party party, Map<UUID, UUID> flights, Outcome outcome, String reason) {

    @Schema(name = "PlacementOutcome")
    public enum Outcome {
        /** Keeps exactly the seats it holds. */
        KEPT,
        /** Had no seat, gets one. */
        ASSIGNED,
        /** Must move: its flight closed, shrank, or the household grew. */
        MOVED,
        /** Has no seat (any more) in this plan. */
        UNASSIGNED
    }

    /** Members whose seat changes compared with what they hold now. */
    public boolean changes(UUID personId) {
        return !Objects.equals(party.currentFlights().get(personId), flights.get(personId));
    }
}
