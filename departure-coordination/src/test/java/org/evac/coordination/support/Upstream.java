package org.evac.coordination.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evac.testing.EventPublisher;

/** Publishes the registry's and flight-manifest's events, the way their outbox relays do. */
public final class Upstream {

    public static final String REGISTRY_TOPIC = "evac.registry.events";
    public static final String MANIFEST_TOPIC = "evac.manifest.events";
    private static final String REGISTRY = "/citizen-registry";
    private static final String MANIFEST = "/flight-manifest";

    private Upstream() {}

    public static PersonBuilder person() {
        return new PersonBuilder();
    }

    public static FlightBuilder flight() {
        return new FlightBuilder();
    }

    public static void household(UUID householdId, UUID head, List<UUID> members, long version) {
        String list =
                members.stream()
                        .map(
                                id ->
                                        "{\"personId\":\""
                                                + id
                                                + "\",\"relationship\":\""
                                                + (id.equals(head) ? "HEAD" : "CHILD")
                                                + "\"}")
                        .collect(Collectors.joining(","));
        EventPublisher.publish(
                REGISTRY_TOPIC,
                REGISTRY,
                "org.evac.registry.household.changed.v1",
                householdId.toString(),
                """
                {"householdId":"%s","headPersonId":"%s","members":[%s],"version":%d}"""
                        .formatted(householdId, head, list, version));
    }

    public static void reached(UUID personId) {
        UUID attempt = UUID.randomUUID();
        EventPublisher.publish(
                REGISTRY_TOPIC,
                REGISTRY,
                "org.evac.registry.contact-attempt.recorded.v1",
                personId.toString(),
                """
                {"attemptId":"%s","personId":"%s","channel":"PHONE","outcome":"REACHED","attemptedAt":"%s"}"""
                        .formatted(attempt, personId, OffsetDateTime.now(ZoneOffset.UTC)));
    }

    public static void merged(UUID survivor, UUID merged) {
        EventPublisher.publish(
                REGISTRY_TOPIC,
                REGISTRY,
                "org.evac.registry.persons.merged.v1",
                survivor.toString(),
                "{\"survivorId\":\"%s\",\"mergedId\":\"%s\"}".formatted(survivor, merged));
    }

    public static void manifest(UUID flightId, int revision, List<UUID> personIds) {
        manifestEvent(
                "org.evac.manifest.manifest.revision-submitted.v1",
                flightId,
                """
                {"flightId":"%s","revision":%d,"late":false,"totals":{"CLEARED":%d},"manifestedPersonIds":[%s]}"""
                        .formatted(flightId, revision, personIds.size(), ids(personIds)));
    }

    public static void boarded(UUID flightId, UUID personId) {
        manifestEvent(
                "org.evac.manifest.passenger.boarded.v1",
                flightId,
                "{\"flightId\":\"%s\",\"personId\":\"%s\",\"lineNumber\":1}"
                        .formatted(flightId, personId));
    }

    public static void noShow(UUID flightId, UUID personId) {
        manifestEvent(
                "org.evac.manifest.passenger.no-show.v1",
                flightId,
                "{\"flightId\":\"%s\",\"personId\":\"%s\",\"lineNumber\":2}"
                        .formatted(flightId, personId));
    }

    public static void departed(UUID flightId, List<UUID> personIds) {
        manifestEvent(
                "org.evac.manifest.flight.departed.v1",
                flightId,
                "{\"flightId\":\"%s\",\"departedAt\":\"%s\",\"personIds\":[%s]}"
                        .formatted(flightId, OffsetDateTime.now(ZoneOffset.UTC), ids(personIds)));
    }

    public static void arrived(UUID flightId, List<UUID> personIds) {
        manifestEvent(
                "org.evac.manifest.flight.arrived.v1",
                flightId,
                "{\"flightId\":\"%s\",\"arrivedAt\":\"%s\",\"personIds\":[%s]}"
                        .formatted(flightId, OffsetDateTime.now(ZoneOffset.UTC), ids(personIds)));
    }

    private static void manifestEvent(String type, UUID flightId, String json) {
        EventPublisher.publish(MANIFEST_TOPIC, MANIFEST, type, flightId.toString(), json);
    }

    private static String ids(List<UUID> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
    }

    public static final class PersonBuilder {

        private UUID personId = UUID.randomUUID();
        private UUID householdId;
        private String category = "US_CITIZEN";
        private String verification = "VERIFIED";
        private String province = "AF-KAB";
        private String status = "ACTIVE";
        private final List<String> vulnerabilities = new ArrayList<>();
        private long version = 1;

        public PersonBuilder id(UUID id) {
            this.personId = id;
            return this;
        }

        public PersonBuilder household(UUID household) {
            this.householdId = household;
            return this;
        }

        public PersonBuilder category(String value) {
            this.category = value;
            return this;
        }

        public PersonBuilder verification(String value) {
            this.verification = value;
            return this;
        }

        public PersonBuilder province(String value) {
            this.province = value;
            return this;
        }

        public PersonBuilder status(String value) {
            this.status = value;
            return this;
        }

        public PersonBuilder vulnerable(String value) {
            this.vulnerabilities.add(value);
            return this;
        }

        public PersonBuilder version(long value) {
            this.version = value;
            return this;
        }

        /**
         * Publishes {@code person.registered.v1} (or {@code .verified.v1} when verified) and
         * returns the id.
         */
        public UUID publish() {
            String type =
                    "VERIFIED".equals(verification)
                            ? "org.evac.registry.person.verified.v1"
                            : "org.evac.registry.person.registered.v1";
            return publishAs(type);
        }

        public UUID publishAs(String type) {
            EventPublisher.publish(
                    REGISTRY_TOPIC,
                    REGISTRY,
                    type,
                    personId.toString(),
                    """
                    {"personId":"%s","registryNumber":"EV-%s","householdId":%s,"category":"%s",
                     "verification":"%s","departureWish":"WANTS_TO_LEAVE","province":"%s","vulnerabilities":[%s],
                     "status":"%s","lastReachedAt":null,"version":%d,
                     "fingerprints":{"familyName":"x","birthDate":"y","documents":[]}}"""
                            .formatted(
                                    personId,
                                    personId.toString().substring(0, 8),
                                    householdId == null ? "null" : "\"" + householdId + "\"",
                                    category,
                                    verification,
                                    province,
                                    vulnerabilities.stream()
                                            .map(v -> "\"" + v + "\"")
                                            .collect(Collectors.joining(",")),
                                    status,
                                    version));
            return personId;
        }
    }

    public static final class FlightBuilder {

        private UUID flightId = UUID.randomUUID();
        private int reserved = 10;
        private OffsetDateTime departure =
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.SECONDS);
        private String status = "SCHEDULED";

        public FlightBuilder id(UUID id) {
            this.flightId = id;
            return this;
        }

        public FlightBuilder reserved(int seats) {
            this.reserved = seats;
            return this;
        }

        public FlightBuilder departingInMinutes(long minutes) {
            this.departure =
                    OffsetDateTime.now(ZoneOffset.UTC)
                            .plusMinutes(minutes)
                            .truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        public FlightBuilder status(String value) {
            this.status = value;
            return this;
        }

        public UUID publish() {
            return publishAs(
                    status.equals("CANCELLED")
                            ? "org.evac.manifest.flight.cancelled.v1"
                            : "org.evac.manifest.flight.scheduled.v1");
        }

        public UUID publishAs(String type) {
            EventPublisher.publish(
                    MANIFEST_TOPIC,
                    MANIFEST,
                    type,
                    flightId.toString(),
                    """
                    {"flightId":"%s","operatorCode":"QR","flightNumber":"QR%s","origin":"KBL","destination":"DOH",
                     "scheduledDeparture":"%s","scheduledArrival":"%s","seatCapacity":300,"reservedSeats":%d,
                     "status":"%s"}"""
                            .formatted(
                                    flightId,
                                    flightId.toString().substring(0, 4),
                                    departure,
                                    departure.plusHours(3),
                                    reserved,
                                    status));
            return flightId;
        }
    }
}
