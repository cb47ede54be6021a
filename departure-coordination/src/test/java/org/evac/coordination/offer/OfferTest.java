package org.evac.coordination.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evac.coordination.support.Api.accept;
import static org.evac.coordination.support.Api.awaitFlight;
import static org.evac.coordination.support.Api.awaitPerson;
import static org.evac.coordination.support.Api.coordinator;
import static org.evac.coordination.support.Api.offerHousehold;
import static org.evac.coordination.support.Api.offerTo;
import static org.evac.coordination.support.Api.state;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.coordination.support.Api;
import org.evac.coordination.support.Upstream;
import org.evac.testing.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OfferTest {

    record Family(UUID householdId, UUID head, UUID child, UUID notEligible, UUID unverified) {}

    private static Family family() {
        UUID household = UUID.randomUUID();
        UUID head = Upstream.person().household(household).publish();
        UUID child =
                Upstream.person().household(household).category("IMMEDIATE_RELATIVE").publish();
        UUID notEligible =
                Upstream.person().household(household).category("FAMILY_NOT_ELIGIBLE").publish();
        UUID unverified =
                Upstream.person().household(household).verification("UNVERIFIED").publish();
        for (UUID person : List.of(head, child, notEligible, unverified)) {
            awaitPerson(person);
        }
        return new Family(household, head, child, notEligible, unverified);
    }

    @Test
    void householdOfferGoesToItsEligibleVerifiedMembersOnly() {
        Family family = family();
        offerTo("householdId", family.householdId(), null)
                .statusCode(201)
                .header(
                        "Location",
                        endsWith(
                                "/api/v1/offers/"
                                        + coordinator()
                                                .get(
                                                        "/api/v1/offers?householdId={id}",
                                                        family.householdId())
                                                .path("items[0].offerId")))
                .body("status", equalTo("OFFERED"))
                .body(
                        "personIds",
                        containsInAnyOrder(family.head().toString(), family.child().toString()))
                .body("createdBy", equalTo("coordinator.test"));
        assertThat(state(family.head())).isEqualTo("OFFERED");
        assertThat(state(family.notEligible())).isEqualTo("NOT_OFFERED");
        assertThat(state(family.unverified())).isEqualTo("NOT_OFFERED");
        offerTo("householdId", family.householdId(), null)
                .statusCode(409)
                .body("type", equalTo("https://evac.example.org/problems/open-offer"));
    }

    @Test
    void acceptanceNamesMembersWhoStayBehindAndIsPublished() {
        Family family = family();
        String offerId = offerHousehold(family.householdId());
        accept(offerId, List.of(family.child()))
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("personIds", hasItem(family.head().toString()))
                .body("stayingBehindIds", equalTo(List.of(family.child().toString())));
        assertThat(state(family.head())).isEqualTo("ACCEPTED");
        assertThat(state(family.child())).isEqualTo("DECLINED");

        var accepted =
                TopicReader.readMatching(
                        "evac.coordination.events",
                        1,
                        Duration.ofSeconds(20),
                        record ->
                                offerId.equals(record.key())
                                        && TopicReader.header(record, "ce_type")
                                                .orElse("")
                                                .endsWith("offer.accepted.v1"));
        assertThat(TopicReader.value(accepted.get(0)))
                .contains("\"stayingBehindIds\":[\"" + family.child() + "\"]");
    }

    @Test
    void acceptanceWithEverybodyStayingBehindIsRejected() {
        UUID person = Upstream.person().publish();
        awaitPerson(person);
        String offerId = Api.offerPerson(person);
        accept(offerId, List.of(person))
                .statusCode(400)
                .body("errors[0].field", equalTo("stayingBehindIds"));
        accept(offerId, List.of(UUID.randomUUID())).statusCode(400);
    }

    @Test
    void declineKeepsTheReasonAndReOfferKeepsHistory() {
        UUID person = Upstream.person().publish();
        awaitPerson(person);
        String first = Api.offerPerson(person);
        coordinator()
                .body(
                        Map.of(
                                "reason",
                                "WILL_NOT_LEAVE_WITHOUT_NON_ELIGIBLE_FAMILY",
                                "note",
                                "parents"))
                .post("/api/v1/offers/{id}/declination", first)
                .then()
                .statusCode(200)
                .body("declineReason", equalTo("WILL_NOT_LEAVE_WITHOUT_NON_ELIGIBLE_FAMILY"));
        String second = Api.offerPerson(person);
        coordinator()
                .body(Map.of("reason", "gate closed"))
                .post("/api/v1/offers/{id}/withdrawal", second)
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        assertThat(state(person)).isEqualTo("NOT_OFFERED");
        String third = Api.offerPerson(person);

        coordinator()
                .get("/api/v1/offers?personId={id}", person)
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.offerId", containsInAnyOrder(first, second, third))
                .body("items.status", containsInAnyOrder("OFFERED", "WITHDRAWN", "DECLINED"));
    }

    @Test
    void expiryAtRespondByReleasesHeldSeats() {
        UUID flight = Upstream.flight().reserved(3).publish();
        UUID person = Upstream.person().publish();
        awaitPerson(person);
        awaitFlight(flight, 3);
        String offerId =
                coordinator()
                        .body(
                                Map.of(
                                        "personId",
                                        person.toString(),
                                        "channel",
                                        "SMS",
                                        "respondBy",
                                        OffsetDateTime.now(ZoneOffset.UTC)
                                                .plusSeconds(3)
                                                .toString(),
                                        "holdFlightId",
                                        flight.toString()))
                        .post("/api/v1/offers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("offerId");
        coordinator()
                .get("/api/v1/flights/{id}/seats", flight)
                .then()
                .body("held", equalTo(1))
                .body("available", equalTo(2));

        await().atMost(Duration.ofSeconds(15))
                .until(
                        () ->
                                "EXPIRED"
                                        .equals(
                                                coordinator()
                                                        .get("/api/v1/offers/{id}", offerId)
                                                        .path("status")));
        coordinator()
                .get("/api/v1/flights/{id}/seats", flight)
                .then()
                .body("held", equalTo(0))
                .body("available", equalTo(3));
        assertThat(state(person)).isEqualTo("NOT_OFFERED");
        coordinator()
                .get("/api/v1/offers/{id}", offerId)
                .then()
                .body("decidedBy", equalTo("system:offer-expiry"));
        accept(offerId, List.of()).statusCode(409);
    }

    @Test
    void holdNeedsFreeSeatsAndAcceptanceTurnsItIntoAnAssignment() {
        UUID flight = Upstream.flight().reserved(2).publish();
        UUID household = UUID.randomUUID();
        UUID a = Upstream.person().household(household).publish();
        UUID b = Upstream.person().household(household).publish();
        UUID c = Upstream.person().household(household).publish();
        List.of(a, b, c).forEach(Api::awaitPerson);
        awaitFlight(flight, 2);
        offerTo("householdId", household, flight)
                .statusCode(409)
                .body("type", equalTo("https://evac.example.org/problems/not-enough-seats"))
                .body("available", equalTo(2));

        UUID single = Upstream.person().publish();
        awaitPerson(single);
        String offerId =
                offerTo("personId", single, flight).statusCode(201).extract().path("offerId");
        accept(offerId, List.of()).statusCode(200);
        coordinator()
                .get("/api/v1/journeys/{id}", single)
                .then()
                .body("state", equalTo("SEAT_ASSIGNED"))
                .body("flightId", equalTo(flight.toString()));
        coordinator()
                .get("/api/v1/flights/{id}/seats", flight)
                .then()
                .body("occupied", equalTo(1))
                .body("held", equalTo(0));
        var assigned =
                TopicReader.readMatching(
                        "evac.coordination.events",
                        1,
                        Duration.ofSeconds(20),
                        record ->
                                single.toString().equals(record.key())
                                        && TopicReader.header(record, "ce_type")
                                                .orElse("")
                                                .endsWith("seat.assigned.v1"));
        assertThat(TopicReader.value(assigned.get(0))).contains(flight.toString());
    }

    @Test
    void rejectsInvalidRequestsWithFieldErrors() {
        coordinator()
                .body(Map.of("channel", "PHONE", "respondBy", "2020-01-01T00:00:00Z"))
                .post("/api/v1/offers")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("respondBy"));
        offerTo("personId", UUID.randomUUID(), null).statusCode(404);
        UUID rejected = Upstream.person().verification("REJECTED").publish();
        awaitPerson(rejected);
        offerTo("personId", rejected, null)
                .statusCode(409)
                .body("type", equalTo("https://evac.example.org/problems/not-eligible"));
    }

    @Test
    void onlyCoordinatorsMakeOffers() {
        RestAssured.given()
                .contentType("application/json")
                .body("{}")
                .post("/api/v1/offers")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        Api.as("viewer")
                .body("{}")
                .post("/api/v1/offers")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
