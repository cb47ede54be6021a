package org.evac.coordination.allocation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The unit of allocation: the accepted members of one household, or one person without a household.
 *
 * @param partyId household id, or the person's id
 * @param personIds travelling members waiting for, or holding, a seat
 * @param acceptedAt earliest acceptance among them; kept through no-shows
 * @param splitAllowed a coordinator allowed this household to fly on several flights
 * @param currentFlights the flight each member holds a seat on now; members without one are absent
 */
public record Party(
        UUID partyId,
        List<UUID> personIds,
        Priority priority,
        Instant acceptedAt,
        boolean splitAllowed,
        Map<UUID, UUID> currentFlights) {

    /**
     * Priority, then acceptance time, then id: a total order, so the same input always gives the
     * same plan.
     */
    public static final Comparator<Party> ORDER =
            Comparator.comparing(Party::priority)
                    .thenComparing(Party::acceptedAt)
                    .thenComparing(Party::partyId);

    public Party {
        personIds = personIds.stream().sorted().toList();
        currentFlights = Map.copyOf(currentFlights);
    }

    public int size() {
        return personIds.size();
    }
}
