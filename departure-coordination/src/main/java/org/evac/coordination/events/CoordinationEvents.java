package org.evac.coordination.events;

import java.util.Map;

/** The events this service publishes: one topic, one versioned type per payload record. */
public final class CoordinationEvents {

    public static final String TOPIC = "evac.coordination.events";

    /**
     * Message requests to the registry, on a topic of their own: they carry the offers' reply
     * codes, which with the person's number accept an offer, so only the registry reads them.
     */
    public static final String MESSAGE_TOPIC = "evac.coordination.message-requests";

    public static final String OFFER_MADE = "org.evac.coordination.offer.made.v1";
    public static final String OFFER_ACCEPTED = "org.evac.coordination.offer.accepted.v1";
    public static final String OFFER_DECLINED = "org.evac.coordination.offer.declined.v1";
    public static final String OFFER_EXPIRED = "org.evac.coordination.offer.expired.v1";
    public static final String OFFER_WITHDRAWN = "org.evac.coordination.offer.withdrawn.v1";
    public static final String SEAT_ASSIGNED = "org.evac.coordination.seat.assigned.v1";
    public static final String SEAT_RELEASED = "org.evac.coordination.seat.released.v1";
    public static final String JOURNEY_STATE_CHANGED =
            "org.evac.coordination.journey.state-changed.v1";
    public static final String MESSAGE_REQUESTED = "org.evac.coordination.message.requested.v1";

    /**
     * Every published type with its payload record; the AsyncAPI test checks the document against
     * it.
     */
    public static final Map<String, Class<? extends Record>> PAYLOADS =
            Map.of(
                    OFFER_MADE, OfferMade.class,
                    OFFER_ACCEPTED, OfferAccepted.class,
                    OFFER_DECLINED, OfferDeclined.class,
                    OFFER_EXPIRED, OfferClosed.class,
                    OFFER_WITHDRAWN, OfferClosed.class,
                    SEAT_ASSIGNED, SeatChange.class,
                    SEAT_RELEASED, SeatChange.class,
                    JOURNEY_STATE_CHANGED, JourneyStateChanged.class,
                    MESSAGE_REQUESTED, MessageRequested.class);

    private CoordinationEvents() {}
}
