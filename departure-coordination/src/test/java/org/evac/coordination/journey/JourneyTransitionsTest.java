package org.evac.coordination.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.coordination.support.Api.accept;
import static org.evac.coordination.support.Api.allocate;
import static org.evac.coordination.support.Api.awaitFlight;
import static org.evac.coordination.support.Api.awaitState;
import static org.evac.coordination.support.Api.coordinator;
import static org.evac.coordination.support.Api.manual;
import static org.evac.coordination.support.Api.offerPerson;
import static org.evac.coordination.support.Api.state;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.coordination.support.Api;
import org.evac.coordination.support.Journeys;
import org.evac.coordination.support.Journeys.Traveller;
import org.evac.coordination.support.Upstream;
import org.evac.testing.TopicReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every legal journey step through the real API and upstream events, and a table of refused ones.
 */
@QuarkusTest
class JourneyTransitionsTest {

    @Test
    void walksTheWholeWayFromOfferToOnwardFlightWithHistory() {
        Traveller traveller = Journeys.at("ARRIVED_DOHA");
        manual(traveller.personId(), "ONWARD")
                .statusCode(200)
                .body("state", equalTo("ONWARD"))
                .body("onwardFlight", equalTo("QR707"));

        List<Map<String, Object>> history =
                coordinator()
                        .get("/api/v1/journeys/{id}", traveller.personId())
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("history");
        assertThat(history)
                .extracting(step -> step.get("from") + ">" + step.get("to"))
                .containsExactly(
                        "NOT_OFFERED>OFFERED",
                        "OFFERED>ACCEPTED",
                        "ACCEPTED>SEAT_ASSIGNED",
                        "SEAT_ASSIGNED>MANIFESTED",
                        "MANIFESTED>BOARDED",
                        "BOARDED>DEPARTED",
                        "DEPARTED>ARRIVED_DOHA",
                        "ARRIVED_DOHA>ONWARD");
        Map<String, Object> arrival = history.get(6);
        assertThat(arrival.get("actor")).isEqualTo("flight-manifest");
        assertThat((String) arrival.get("sourceEvent"))
                .startsWith("org.evac.manifest.flight.arrived.v1 ");
        assertThat(arrival.get("flightId")).isEqualTo(traveller.flightId().toString());
        assertThat(history.get(0).get("actor")).isEqualTo("coordinator.test");
        assertThat(history).allSatisfy(step -> assertThat(step.get("at")).isNotNull());
    }

    @Test
    void publishesEveryStepAsJourneyStateChanged() {
        Traveller traveller = Journeys.at("BOARDED");
        var records =
                TopicReader.readMatching(
                        "evac.coordination.events",
                        5,
                        Duration.ofSeconds(20),
                        record ->
                                traveller.personId().toString().equals(record.key())
                                        && TopicReader.header(record, "ce_type")
                                                .orElse("")
                                                .equals(
                                                        "org.evac.coordination.journey.state-changed.v1"));
        assertThat(records)
                .extracting(TopicReader::value)
                .last()
                .asString()
                .contains(
                        "\"from\":\"MANIFESTED\"",
                        "\"to\":\"BOARDED\"",
                        traveller.flightId().toString());
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8))
                .doesNotContain("registryNumber");
    }

    @Test
    void declinedPersonCanBeOfferedAgain() {
        UUID person = Upstream.person().publish();
        Api.awaitPerson(person);
        String first = offerPerson(person);
        coordinator()
                .body(Map.of("reason", "WANTS_LATER_DATE"))
                .post("/api/v1/offers/{id}/declination", first)
                .then()
                .statusCode(200);
        assertThat(state(person)).isEqualTo("DECLINED");
        offerPerson(person);
        assertThat(state(person)).isEqualTo("OFFERED");
    }

    @Test
    void laterManifestRevisionWithoutThePersonReturnsThemToSeatAssigned() {
        Traveller traveller = Journeys.at("MANIFESTED");
        Upstream.manifest(traveller.flightId(), 2, List.of());
        awaitState(traveller.personId(), "SEAT_ASSIGNED");
    }

    @Test
    void noShowWaitsInThePoolWithItsPriorityAndIsSeatedAgain() {
        Traveller traveller = Journeys.at("MANIFESTED");
        String acceptedAt =
                coordinator().get("/api/v1/journeys/{id}", traveller.personId()).path("acceptedAt");
        Upstream.noShow(traveller.flightId(), traveller.personId());
        awaitState(traveller.personId(), "NO_SHOW");
        coordinator()
                .get("/api/v1/journeys/{id}", traveller.personId())
                .then()
                .body("acceptedAt", equalTo(acceptedAt))
                .body("flightId", equalTo(null));

        UUID next = Upstream.flight().reserved(400).publish();
        awaitFlight(next, 400);
        allocate(next).statusCode(200);
        coordinator()
                .get("/api/v1/journeys/{id}", traveller.personId())
                .then()
                .body("state", equalTo("SEAT_ASSIGNED"))
                .body("flightId", equalTo(next.toString()));
    }

    @ParameterizedTest(name = "cancelled flight returns a {0} person to the accepted pool")
    @CsvSource({"SEAT_ASSIGNED", "MANIFESTED"})
    void cancelledFlightReturnsPersonsToThePool(String state) {
        Traveller traveller = Journeys.at(state);
        Upstream.flight().id(traveller.flightId()).reserved(10).status("CANCELLED").publish();
        awaitState(traveller.personId(), "ACCEPTED");
        coordinator()
                .get("/api/v1/journeys/{id}", traveller.personId())
                .then()
                .body("history.reason", hasItem("flight cancelled"))
                .body("flightId", equalTo(null));
        var released =
                TopicReader.readMatching(
                        "evac.coordination.events",
                        1,
                        Duration.ofSeconds(20),
                        record ->
                                TopicReader.header(record, "ce_type")
                                                .orElse("")
                                                .endsWith("seat.released.v1")
                                        && TopicReader.value(record)
                                                .contains(traveller.personId().toString()));
        assertThat(TopicReader.value(released.get(0)))
                .contains("flight cancelled", traveller.flightId().toString());
    }

    @ParameterizedTest(name = "{0} -> {1} is refused with 409")
    @CsvSource({
        "NOT_OFFERED, BOARDED", "NOT_OFFERED, ONWARD", "NOT_OFFERED, ARRIVED_DOHA",
                "OFFERED, MANIFESTED",
        "OFFERED, DEPARTED", "ACCEPTED, BOARDED", "ACCEPTED, NO_SHOW", "ACCEPTED, DEPARTED",
        "SEAT_ASSIGNED, BOARDED", "SEAT_ASSIGNED, ARRIVED_DOHA", "MANIFESTED, DEPARTED",
                "MANIFESTED, ONWARD",
        "BOARDED, ARRIVED_DOHA", "BOARDED, NO_SHOW", "DEPARTED, ONWARD", "DEPARTED, BOARDED",
        "ARRIVED_DOHA, BOARDED", "ARRIVED_DOHA, DEPARTED"
    })
    void refusesIllegalSteps(String from, String to) {
        Traveller traveller = Journeys.at(from);
        manual(traveller.personId(), to)
                .statusCode(409)
                .contentType("application/problem+json")
                .body(
                        "type",
                        equalTo("https://evac.example.org/problems/illegal-journey-transition"))
                .body("state", equalTo(from));
        assertThat(state(traveller.personId())).isEqualTo(from);
    }

    @Test
    void stepsOwnedByOffersAndAllocationAreNotRecordedByHand() {
        Traveller traveller = Journeys.at("ACCEPTED");
        manual(traveller.personId(), "SEAT_ASSIGNED")
                .statusCode(409)
                .body("type", equalTo("https://evac.example.org/problems/step-not-manual"));
    }

    @Test
    void offeringAPersonAlreadyAcceptedIsAConflict() {
        Traveller traveller = Journeys.at("ACCEPTED");
        Api.offerTo("personId", traveller.personId(), null)
                .statusCode(409)
                .body(
                        "type",
                        equalTo("https://evac.example.org/problems/illegal-journey-transition"));
    }

    @Test
    void unknownPersonIs404AndViewerIsForbidden() {
        coordinator()
                .get("/api/v1/journeys/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        Api.as("viewer").get("/api/v1/journeys/{id}", UUID.randomUUID()).then().statusCode(403);
        io.restassured.RestAssured.given()
                .get("/api/v1/journeys/{id}", UUID.randomUUID())
                .then()
                .statusCode(401);
    }

    @Test
    void acceptanceIsRecordedOnce() {
        Traveller traveller = Journeys.at("OFFERED");
        String offerId =
                coordinator()
                        .get("/api/v1/offers?personId={id}", traveller.personId())
                        .path("items[0].offerId");
        accept(offerId, List.of()).statusCode(200);
        accept(offerId, List.of())
                .statusCode(409)
                .body("type", equalTo("https://evac.example.org/problems/offer-closed"));
    }
}
