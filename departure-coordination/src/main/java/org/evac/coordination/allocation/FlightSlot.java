package org.evac.coordination.allocation;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * A flight open for allocation with the seats the allocation may fill (reserved minus held and
 * manifested).
 */
public record FlightSlot(UUID flightId, Instant departure, int capacity) {

    public static final Comparator<FlightSlot> ORDER =
            Comparator.comparing(FlightSlot::departure).thenComparing(FlightSlot::flightId);
}
