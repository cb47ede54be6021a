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
    NO_SHOW
}
