package org.evac.coordination.journey;

/** Where a person stands on the way out. */
public enum JourneyState {
    NOT_OFFERED,
    OFFERED,
    ACCEPTED,
    DECLINED,
    SEAT_ASSIGNED,
    MANIFESTED,
    BOARDED,
    DEPARTED,
    ARRIVED_DOHA,
    ONWARD,
    NO_SHOW;

    /** Accepted and waiting for a seat, or holding one not yet on a manifest: what seat allocation may move. */
    public boolean inAllocationPool() {
        return this == ACCEPTED || this == NO_SHOW || this == SEAT_ASSIGNED;
    }
}
