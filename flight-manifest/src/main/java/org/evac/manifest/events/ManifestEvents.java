package org.evac.manifest.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Payloads this service publishes on {@link ManifestTopics#MANIFEST}; none carries a name, birth
 * date or document.
 */
public final class ManifestEvents {

    /**
     * Every published type with the record of its payload; the AsyncAPI contract test walks this
     * map.
     */
    public static final Map<String, Class<? extends Record>> PAYLOADS =
            Map.of(
                    ManifestTopics.FLIGHT_SCHEDULED, FlightSnapshot.class,
                    ManifestTopics.FLIGHT_UPDATED, FlightSnapshot.class,
                    ManifestTopics.FLIGHT_CANCELLED, FlightSnapshot.class,
                    ManifestTopics.REVISION_SUBMITTED, RevisionSubmitted.class,
                    ManifestTopics.CHECKS_EVALUATED, ChecksEvaluated.class,
                    ManifestTopics.PASSENGER_BOARDED, PassengerBoarding.class,
                    ManifestTopics.PASSENGER_NO_SHOW, PassengerBoarding.class,
                    ManifestTopics.FLIGHT_DEPARTED, FlightDeparted.class,
                    ManifestTopics.FLIGHT_ARRIVED, FlightArrived.class);

    private ManifestEvents() {}

    public record FlightSnapshot(
            UUID flightId,
            String operatorCode,
            String flightNumber,
            String origin,
            String destination,
            Instant scheduledDeparture,
            Instant scheduledArrival,
            int seatCapacity,
            int reservedSeats,
            String status) {}

    public record RevisionSubmitted(
            UUID flightId,
            int revision,
            boolean late,
            Map<String, Integer> totals,
            List<UUID> manifestedPersonIds) {}

    /**
     * The latest revision's checks were evaluated again after a seat, registry or flight change,
     * and a result changed; the same facts as {@link RevisionSubmitted}, as of {@code evaluatedAt}.
     */
    public record ChecksEvaluated(
            UUID flightId,
            int revision,
            int evaluation,
            String reason,
            Instant evaluatedAt,
            boolean late,
            Map<String, Integer> totals,
            List<UUID> manifestedPersonIds) {}

    public record PassengerBoarding(UUID flightId, UUID personId, int lineNumber) {}

    public record FlightDeparted(UUID flightId, Instant departedAt, List<UUID> personIds) {}

    public record FlightArrived(UUID flightId, Instant arrivedAt, List<UUID> personIds) {}
}
