package org.evac.coordination.messaging;

/** The messages this service asks the registry to write; the registry has a template for each. */
public enum MessageKind {
    OFFER_MADE,
    OFFER_REMINDER,
    OFFER_EXPIRED,
    SEAT_ASSIGNED,
    FLIGHT_DELAYED,
    FLIGHT_CANCELLED,
    ARRIVED_DOHA,
    ANSWER_RECORDED,
    ANSWER_TOO_LATE
}
