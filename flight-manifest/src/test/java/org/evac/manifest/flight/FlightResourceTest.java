package org.evac.manifest.flight;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.infrastructure.security.Roles;
import org.evac.manifest.support.Auth;
import org.evac.manifest.support.Fixtures;
import org.evac.manifest.support.PassengerBuilder;
import org.evac.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FlightResourceTest {

    @Test
    void schedulesAKabulToDohaFlightWithIcaoCodesByDefault() {
        String operator = Fixtures.newOperator();
        UUID flight = Fixtures.newFlight(operator);

        Auth.coordinator()
                .get("/api/v1/flights/{id}", flight)
                .then()
                .statusCode(200)
                .body("originIata", equalTo("KBL"))
                .body("originIcao", equalTo("OAKB"))
                .body("destinationIata", equalTo("DOH"))
                .body("destinationIcao", equalTo("OTHH"))
                .body("status", equalTo("SCHEDULED"))
                .body("currentRevision", equalTo(0));
    }

    @Test
    void allowsAnOnwardLegWithExplicitAirports() {
        String operator = Fixtures.newOperator();
        Map<String, Object> request =
                new HashMap<>(
                        Fixtures.flightRequest(operator, Instant.now().plusSeconds(7200), 250));
        request.put("originIata", "DOH");
        request.put("destinationIata", "IAD");

        Auth.coordinator()
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/flights")
                .then()
                .statusCode(201)
                .header("Location", notNullValue())
                .body("originIcao", equalTo("OTHH"))
                .body("destinationIcao", equalTo("KIAD"));
    }

    @Test
    void rejectsReservedSeatsAboveCapacityWithFieldErrors() {
        String operator = Fixtures.newOperator();
        Map<String, Object> request =
                new HashMap<>(
                        Fixtures.flightRequest(operator, Instant.now().plusSeconds(7200), 100));
        request.put("reservedSeats", 150);

        Auth.coordinator()
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/flights")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("reservationWithinCapacity"));
    }

    @Test
    void rejectsTheSameFlightNumberAtTheSameTimeWith409() {
        String operator = Fixtures.newOperator();
        Map<String, Object> request =
                Fixtures.flightRequest(operator, Instant.parse("2021-08-26T12:00:00Z"), 300);
        Auth.coordinator()
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/flights")
                .then()
                .statusCode(201);

        Auth.coordinator()
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/flights")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://evac.example.org/problems/flight-exists"));
    }

    @Test
    void followsTheLegalLifeOfAFlight() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());

        Fixtures.changeStatus(flight, "DELAYED").statusCode(200).body("status", equalTo("DELAYED"));
        Fixtures.changeStatus(flight, "BOARDING").statusCode(200);
        Fixtures.changeStatus(flight, "DEPARTED")
                .statusCode(200)
                .body("actualDeparture", notNullValue());
        Fixtures.changeStatus(flight, "ARRIVED")
                .statusCode(200)
                .body("status", equalTo("ARRIVED"))
                .body("actualArrival", notNullValue());
    }

    @Test
    void rejectsIllegalTransitionsWith409() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());

        Fixtures.changeStatus(flight, "ARRIVED")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("from", equalTo("SCHEDULED"))
                .body("to", equalTo("ARRIVED"))
                .body("allowed", hasItem("BOARDING"));
        Fixtures.changeStatus(flight, "DEPARTED").statusCode(409);
        Fixtures.changeStatus(flight, "CANCELLED").statusCode(200);
        Fixtures.changeStatus(flight, "SCHEDULED").statusCode(409);
    }

    @Test
    void rejectsChangesToADepartedFlight() {
        String operator = Fixtures.newOperator();
        UUID flight = Fixtures.newFlight(operator);
        Fixtures.changeStatus(flight, "BOARDING").statusCode(200);
        Fixtures.changeStatus(flight, "DEPARTED").statusCode(200);

        Auth.coordinator()
                .contentType(ContentType.JSON)
                .body(Fixtures.flightRequest(operator, Instant.now().plusSeconds(3600), 300))
                .put("/api/v1/flights/{id}", flight)
                .then()
                .statusCode(409)
                .body("title", equalTo("Flight closed"));
    }

    @Test
    void operatorSeesAndChangesOnlyItsOwnFlights() {
        String mine = Fixtures.newOperator();
        String theirs = Fixtures.newOperator();
        UUID myFlight = Fixtures.newFlight(mine);
        UUID theirFlight = Fixtures.newFlight(theirs);

        Auth.operator(mine).get("/api/v1/flights/{id}", myFlight).then().statusCode(200);
        Auth.operator(mine)
                .get("/api/v1/flights/{id}", theirFlight)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Auth.operator(mine)
                .get("/api/v1/flights/{id}/manifests", theirFlight)
                .then()
                .statusCode(404);
        Auth.operator(mine)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "CANCELLED"))
                .post("/api/v1/flights/{id}/status", theirFlight)
                .then()
                .statusCode(404);
        Auth.operator(mine)
                .contentType(ContentType.JSON)
                .body(Map.of("passengers", List.of(PassengerBuilder.passenger().build())))
                .post("/api/v1/flights/{id}/manifests", theirFlight)
                .then()
                .statusCode(404);
        Auth.operator(mine)
                .get("/api/v1/flights?operator=" + theirs)
                .then()
                .statusCode(200)
                .body("items.operatorCode", everyItem(equalTo(mine)));
        Auth.operator(mine)
                .contentType(ContentType.JSON)
                .body(Fixtures.flightRequest(theirs, Instant.now().plus(Duration.ofHours(5)), 200))
                .post("/api/v1/flights")
                .then()
                .statusCode(403);

        Auth.coordinator().get("/api/v1/flights/{id}", theirFlight).then().statusCode(200);
        Auth.coordinator()
                .get("/api/v1/flights?operator=" + theirs)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(theirFlight.toString()));
    }

    @Test
    void operatorTokenWithoutOperatorClaimIsForbidden() {
        given().auth()
                .oauth2(TestTokens.forRoles("ops", Roles.OPERATOR))
                .get("/api/v1/flights")
                .then()
                .statusCode(403)
                .body("type", equalTo("https://evac.example.org/problems/operator-claim-missing"));
    }

    @Test
    void viewerReadsCountsButNotManifests() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());

        Auth.viewer()
                .get("/api/v1/flights/{id}/totals", flight)
                .then()
                .statusCode(200)
                .body("manifested", equalTo(0));
        Auth.viewer().get("/api/v1/flights?size=5").then().statusCode(200).body("size", equalTo(5));
        Auth.viewer().get("/api/v1/flights/{id}/manifests", flight).then().statusCode(403);
        Auth.viewer()
                .contentType(ContentType.JSON)
                .body(Map.of("status", "CANCELLED"))
                .post("/api/v1/flights/{id}/status", flight)
                .then()
                .statusCode(403);
    }
}
