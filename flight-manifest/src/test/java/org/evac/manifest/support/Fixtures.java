package org.evac.manifest.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Operators and flights created through the API, fresh for each test. */
public final class Fixtures {

    public static final String FLIGHT_NUMBER = "QR8001";
    private static final AtomicInteger DEPARTURES = new AtomicInteger();

    private Fixtures() {}

    /** Registers an operator with a code no other test uses. */
    public static String newOperator() {
        String code =
                "T"
                        + Integer.toString(
                                        ThreadLocalRandom.current()
                                                .nextInt(36 * 36 * 36 * 36, 36 * 36 * 36 * 36 * 36),
                                        36)
                                .toUpperCase();
        Auth.admin()
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "code",
                                code,
                                "icaoDesignator",
                                "QTR",
                                "name",
                                "Charter " + code,
                                "contactEmail",
                                "occ@example.org"))
                .post("/api/v1/operators")
                .then()
                .statusCode(201);
        return code;
    }

    /**
     * A KBL→DOH flight of the operator departing in {@code departsIn}, plus a few seconds so that
     * flights of one operator never share number and departure.
     */
    public static UUID newFlight(String operatorCode, Duration departsIn, int seatCapacity) {
        Instant departure =
                Instant.now()
                        .plus(departsIn)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .plusSeconds(DEPARTURES.incrementAndGet() % 60);
        String id =
                Auth.coordinator()
                        .contentType(ContentType.JSON)
                        .body(flightRequest(operatorCode, departure, seatCapacity))
                        .post("/api/v1/flights")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        return UUID.fromString(id);
    }

    public static UUID newFlight(String operatorCode) {
        return newFlight(operatorCode, Duration.ofHours(6), 300);
    }

    public static Map<String, Object> flightRequest(
            String operatorCode, Instant departure, int seatCapacity) {
        return Map.of(
                "operatorCode",
                operatorCode,
                "flightNumber",
                FLIGHT_NUMBER,
                "scheduledDeparture",
                departure.toString(),
                "scheduledArrival",
                departure.plus(Duration.ofHours(3)).toString(),
                "aircraftType",
                "C17",
                "seatCapacity",
                seatCapacity,
                "reservedSeats",
                Math.min(120, seatCapacity));
    }

    public static ValidatableResponse submit(UUID flightId, PassengerBuilder... passengers) {
        return Auth.coordinator()
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "passengers",
                                List.of(passengers).stream().map(PassengerBuilder::build).toList()))
                .post("/api/v1/flights/{id}/manifests", flightId)
                .then();
    }

    public static ValidatableResponse changeStatus(UUID flightId, String status) {
        return Auth.coordinator()
                .contentType(ContentType.JSON)
                .body(Map.of("status", status))
                .post("/api/v1/flights/{id}/status", flightId)
                .then();
    }
}
