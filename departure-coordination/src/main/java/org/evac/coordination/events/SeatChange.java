package org.evac.coordination.events;

import java.util.List;
import java.util.UUID;

/**
 * {@code org.evac.coordination.seat.assigned.v1} and {@code ...seat.released.v1}; key householdId,
 * or the single person's id when the travellers have no household.
 */
public record SeatChange(UUID flightId, UUID householdId, List<UUID> personIds, String reason) {

    public String key() {
        return householdId != null ? householdId.toString() : personIds.get(0).toString();
    }
}
