package org.evac.coordination.events;

/** Topics and types of the events this service consumes. */
public final class UpstreamEvents {

    public static final String REGISTRY_TOPIC = "evac.registry.events";
    public static final String MANIFEST_TOPIC = "evac.manifest.events";

    public static final String PERSON_REGISTERED = "org.evac.registry.person.registered.v1";
    public static final String PERSON_UPDATED = "org.evac.registry.person.updated.v1";
    public static final String PERSON_VERIFIED = "org.evac.registry.person.verified.v1";
    public static final String PERSON_REJECTED = "org.evac.registry.person.rejected.v1";
    public static final String PERSON_DEPARTED = "org.evac.registry.person.departed.v1";
    public static final String PERSONS_MERGED = "org.evac.registry.persons.merged.v1";
    public static final String HOUSEHOLD_CHANGED = "org.evac.registry.household.changed.v1";
    public static final String CONTACT_ATTEMPT_RECORDED =
            "org.evac.registry.contact-attempt.recorded.v1";
    public static final String REPLY_RECEIVED = "org.evac.registry.reply.received.v1";

    public static final String FLIGHT_SCHEDULED = "org.evac.manifest.flight.scheduled.v1";
    public static final String FLIGHT_UPDATED = "org.evac.manifest.flight.updated.v1";
    public static final String FLIGHT_CANCELLED = "org.evac.manifest.flight.cancelled.v1";
    public static final String MANIFEST_REVISION_SUBMITTED =
            "org.evac.manifest.manifest.revision-submitted.v1";
    public static final String MANIFEST_CHECKS_EVALUATED =
            "org.evac.manifest.manifest.checks-evaluated.v1";
    public static final String PASSENGER_BOARDED = "org.evac.manifest.passenger.boarded.v1";
    public static final String PASSENGER_NO_SHOW = "org.evac.manifest.passenger.no-show.v1";
    public static final String FLIGHT_DEPARTED = "org.evac.manifest.flight.departed.v1";
    public static final String FLIGHT_ARRIVED = "org.evac.manifest.flight.arrived.v1";

    private UpstreamEvents() {}
}
