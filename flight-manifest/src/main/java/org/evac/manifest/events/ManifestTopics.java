package org.evac.manifest.events;

/** Topics and CloudEvents types this service publishes and consumes (see asyncapi.yaml). */
public final class ManifestTopics {

    public static final String MANIFEST = "evac.manifest.events";
    public static final String REGISTRY = "evac.registry.events";
    public static final String COORDINATION = "evac.coordination.events";

    private static final String PREFIX = "org.evac.manifest.";
    public static final String FLIGHT_SCHEDULED = PREFIX + "flight.scheduled.v1";
    public static final String FLIGHT_UPDATED = PREFIX + "flight.updated.v1";
    public static final String FLIGHT_CANCELLED = PREFIX + "flight.cancelled.v1";
    public static final String REVISION_SUBMITTED = PREFIX + "manifest.revision-submitted.v1";
    public static final String CHECKS_EVALUATED = PREFIX + "manifest.checks-evaluated.v1";
    public static final String PASSENGER_BOARDED = PREFIX + "passenger.boarded.v1";
    public static final String PASSENGER_NO_SHOW = PREFIX + "passenger.no-show.v1";
    public static final String FLIGHT_DEPARTED = PREFIX + "flight.departed.v1";
    public static final String FLIGHT_ARRIVED = PREFIX + "flight.arrived.v1";

    private ManifestTopics() {}
}
