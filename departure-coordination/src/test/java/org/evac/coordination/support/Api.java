package org.evac.coordination.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.testing.TestTokens;

/** The service's REST API as a coordinator, admin or viewer uses it, with real signed tokens. */
public final class Api {

    public static final Duration PATIENCE = Duration.ofSeconds(20);

    private Api() {}

    public static RequestSpecification as(String role) {
        return given().auth()
                .oauth2(TestTokens.forRoles(role + ".test", role))
                .contentType(ContentType.JSON);
    }

    public static RequestSpecification coordinator() {
        return as("coordinator");
    }

    /** Waits until the registry's person has reached this service's read model. */
    public static void awaitPerson(UUID personId) {
        await().atMost(PATIENCE)
                .until(
                        () ->
                                coordinator().get("/api/v1/journeys/{id}", personId).statusCode()
                                        == 200);
    }

    public static void awaitFlight(UUID flightId, int reserved) {
        await().atMost(PATIENCE)
                .until(
                        () -> {
                            var response =
                                    coordinator().get("/api/v1/flights/{id}/seats", flightId);
                            return response.statusCode() == 200
                                    && response.jsonPath().getInt("reserved") == reserved;
                        });
    }

    public static void awaitFlightStatus(UUID flightId, String status) {
        await().atMost(PATIENCE)
                .until(
                        () -> {
                            var response =
                                    coordinator().get("/api/v1/flights/{id}/seats", flightId);
                            return response.statusCode() == 200
                                    && status.equals(response.jsonPath().getString("status"));
                        });
    }

    public static String state(UUID personId) {
        return coordinator()
                .get("/api/v1/journeys/{id}", personId)
                .then()
                .statusCode(200)
                .extract()
                .path("state");
    }

    public static void awaitState(UUID personId, String state) {
        await().atMost(PATIENCE).until(() -> state.equals(state(personId)));
    }

    public static ValidatableResponse offerTo(String recipient, UUID id, UUID holdFlight) {
        Map<String, Object> body =
                new HashMap<>(
                        Map.of(
                                recipient,
                                id.toString(),
                                "channel",
                                "PHONE",
                                "respondBy",
                                OffsetDateTime.now(ZoneOffset.UTC).plusHours(6).toString()));
        if (holdFlight != null) {
            body.put("holdFlightId", holdFlight.toString());
        }
        return coordinator().body(body).post("/api/v1/offers").then();
    }

    public static String offerPerson(UUID personId) {
        return offerTo("personId", personId, null).statusCode(201).extract().path("offerId");
    }

    public static String offerHousehold(UUID householdId) {
        return offerTo("householdId", householdId, null).statusCode(201).extract().path("offerId");
    }

    public static ValidatableResponse accept(String offerId, List<UUID> stayingBehind) {
        return coordinator()
                .body(
                        Map.of(
                                "stayingBehindIds",
                                stayingBehind.stream().map(UUID::toString).toList()))
                .post("/api/v1/offers/{id}/acceptance", offerId)
                .then();
    }

    /** A verified US citizen, offered and accepted: waiting in the pool. */
    public static UUID acceptedPerson() {
        UUID person = Upstream.person().publish();
        awaitPerson(person);
        accept(offerPerson(person), List.of()).statusCode(200);
        return person;
    }

    public static ValidatableResponse manual(UUID personId, String to) {
        return coordinator()
                .body(Map.of("to", to, "reason", "test step", "onwardFlight", "QR707"))
                .post("/api/v1/journeys/{id}/transitions", personId)
                .then();
    }

    public static ValidatableResponse allocate(UUID flightId) {
        return coordinator()
                .body(flightId == null ? Map.of() : Map.of("flightId", flightId.toString()))
                .post("/api/v1/allocations")
                .then();
    }
}
