package org.evac.registry.messaging;

/**
 * What a message says; each kind has a template per language in {@code templates/messages}. The
 * first nine are asked for by departure-coordination, the others are the registry's own answers.
 */
public enum MessageKind {
    OFFER_MADE,
    OFFER_REMINDER,
    OFFER_EXPIRED,
    SEAT_ASSIGNED,
    FLIGHT_DELAYED,
    FLIGHT_CANCELLED,
    ARRIVED_DOHA,
    ANSWER_RECORDED,
    ANSWER_TOO_LATE,
    DECLINE_REASON_MENU,
    OPTED_OUT,
    OPTED_IN,
    COORDINATOR_ANSWER;

    /** Messages that offer departure and so can be answered with the offer's reply code. */
    public boolean answerable() {
        return this == OFFER_MADE || this == OFFER_REMINDER;
    }

    /** The template file's base name, e.g. {@code offer-made}. */
    public String template() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
