package org.evac.registry.events;

import static io.restassured.RestAssured.given;
import static org.evac.registry.person.Persons.aPerson;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.evac.testing.EventPublisher;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class JourneyConsumerTest {

    private static void journey(String personId, String from, String to) {
        EventPublisher.publish(
                "evac.coordination.events",
                "/departure-coordination",
                JourneyConsumer.JOURNEY_STATE_CHANGED,
                personId,
                "{\"personId\":\""
                        + personId
                        + "\",\"from\":\""
                        + from
                        + "\",\"to\":\""
                        + to
                        + "\",\"flightId\":\"3f0d9a6e-1111-4000-8000-000000000001\",\"at\":\"2021-08-27T10:00:00Z\",\"reason\":null}");
    }

    @Test
    void arrivalInDohaMarksThePersonDeparted() {
        String id = aPerson().create();
        journey(id, "BOARDED", "DEPARTED");
        journey(id, "DEPARTED", "ARRIVED_DOHA");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                given().get("/api/v1/persons/" + id)
                                        .then()
                                        .body("status", equalTo("DEPARTED")));
    }

    @Test
    void earlierJourneyStatesLeaveThePersonActive() {
        String id = aPerson().create();
        String witness = aPerson().create();
        journey(id, "OFFERED", "ACCEPTED");
        journey(witness, "DEPARTED", "ONWARD");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                given().get("/api/v1/persons/" + witness)
                                        .then()
                                        .body("status", equalTo("DEPARTED")));
        given().get("/api/v1/persons/" + id).then().body("status", equalTo("ACTIVE"));
    }
}
