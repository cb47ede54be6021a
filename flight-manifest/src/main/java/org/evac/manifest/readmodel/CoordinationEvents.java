package org.evac.manifest.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** This service's own records of the departure-coordination events it reads. */
public final class CoordinationEvents {

    public static final String SEAT_ASSIGNED = "org.evac.coordination.seat.assigned.v1";
    public static final String SEAT_RELEASED = "org.evac.coordination.seat.released.v1";

    private CoordinationEvents() {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SeatChange(UUID flightId, UUID householdId, List<UUID> personIds) {}
}
