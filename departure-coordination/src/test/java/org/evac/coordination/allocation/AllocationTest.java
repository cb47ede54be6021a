package org.evac.coordination.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.coordination.support.Api.accept;
import static org.evac.coordination.support.Api.allocate;
import static org.evac.coordination.support.Api.awaitFlight;
import static org.evac.coordination.support.Api.awaitPerson;
import static org.evac.coordination.support.Api.coordinator;
import static org.evac.coordination.support.Api.offerHousehold;
import static org.evac.coordination.support.Api.offerPerson;
import static org.evac.coordination.support.Api.state;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.coordination.support.Api;
import org.evac.coordination.support.OwnedState;
import org.evac.coordination.support.Upstream;
import org.evac.infrastructure.problem.Problem;
import org.evac.testing.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AllocationTest {

    @Inject EntityManager entityManager;

    record Household(UUID id, List<UUID> members) {}

    @BeforeEach
    void emptyPool() {
        OwnedState.clear(entityManager);
    }

    private static Household acceptedHousehold(int size, String category, String vulnerability) {
        UUID id = UUID.randomUUID();
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Upstream.PersonBuilder person = Upstream.person().household(id).category(category);
            if (i == 0 && vulnerability != null) {
                person.vulnerable(vulnerability);
            }
            members.add(person.publish());
        }
        members.forEach(Api::awaitPerson);
        accept(offerHousehold(id), List.of()).statusCode(200);
        return new Household(id, members);
    }

    private static UUID flight(int reserved, long departingInMinutes) {
        UUID flight =
                Upstream.flight()
                        .reserved(reserved)
                        .departingInMinutes(departingInMinutes)
                        .publish();
        awaitFlight(flight, reserved);
        return flight;
    }

    private long splitPermissions(UUID household) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                ((Number)
                                                entityManager
                                                        .createNativeQuery(
                                                                "select count(*) from split_permission where household_id = ?1")
                                                        .setParameter(1, household)
                                                        .getSingleResult())
                                        .longValue());
    }

    private static Map<String, Object> line(JsonPath plan, UUID household) {
        return plan.getMap("households.find { it.householdId == '" + household + "' }");
    }

    @Test
    void dryRunExplainsEveryHouseholdAndApplyCommitsByPriority() {
        // Earlier than every other test's flight, so that the whole-pool plan tries these two
        // first.
        UUID early = flight(5, 10);
        UUID later = flight(3, 12);
        UUID spare = flight(6, 14);
        Household lpr = acceptedHousehold(3, "LAWFUL_PERMANENT_RESIDENT", null);
        Household medical = acceptedHousehold(2, "IMMEDIATE_RELATIVE", "MEDICAL");
        Household large = acceptedHousehold(4, "US_CITIZEN", null);
        UUID single = Upstream.person().publish();
        awaitPerson(single);
        accept(offerPerson(single), List.of()).statusCode(200);

        JsonPath plan =
                coordinator()
                        .body(Map.of())
                        .post("/api/v1/allocations/plans")
                        .then()
                        .statusCode(200)
                        .body("applied", equalTo(false))
                        .extract()
                        .jsonPath();
        assertThat(line(plan, medical.id()))
                .containsEntry("rank", 1)
                .containsEntry("outcome", "ASSIGNED")
                .containsEntry("flights", Map.of(early.toString(), 2));
        assertThat(line(plan, lpr.id()))
                .containsEntry("rank", 4)
                .containsEntry("flights", Map.of(later.toString(), 3));
        Map<String, Object> largeLine = line(plan, large.id());
        assertThat(largeLine).containsEntry("flights", Map.of(spare.toString(), 4));
        assertThat((String) largeLine.get("reason"))
                .startsWith("priority 3 (US_CITIZEN_HOUSEHOLD)");
        assertThat(state(medical.members().get(0))).isEqualTo("ACCEPTED");

        allocate(null).statusCode(200).body("applied", equalTo(true));
        for (UUID member : medical.members()) {
            coordinator()
                    .get("/api/v1/journeys/{id}", member)
                    .then()
                    .body("state", equalTo("SEAT_ASSIGNED"))
                    .body("flightId", equalTo(early.toString()));
        }
        coordinator()
                .get("/api/v1/journeys/{id}", single)
                .then()
                .body("flightId", equalTo(early.toString()));
        coordinator().get("/api/v1/flights/{id}/seats", early).then().body("occupied", equalTo(3));
        coordinator().get("/api/v1/flights/{id}/seats", later).then().body("occupied", equalTo(3));

        var assigned =
                TopicReader.readMatching(
                        "evac.coordination.events",
                        1,
                        Duration.ofSeconds(20),
                        record ->
                                medical.id().toString().equals(record.key())
                                        && TopicReader.header(record, "ce_type")
                                                .orElse("")
                                                .endsWith("seat.assigned.v1"));
        assertThat(TopicReader.value(assigned.get(0)))
                .contains(
                        early.toString(),
                        medical.members().get(0).toString(),
                        medical.members().get(1).toString());
    }

    @Test
    void reRunAfterCapacityCutMovesOnlyWhatMustMove() {
        UUID early = flight(3, 30);
        Household medical = acceptedHousehold(2, "US_CITIZEN", "UNACCOMPANIED_MINOR");
        UUID single = Upstream.person().category("LAWFUL_PERMANENT_RESIDENT").publish();
        awaitPerson(single);
        accept(offerPerson(single), List.of()).statusCode(200);
        allocate(early).statusCode(200).body("personsSeated", equalTo(3));

        allocate(early).statusCode(200).body("personsMoving", equalTo(0));

        Upstream.flight()
                .id(early)
                .reserved(2)
                .departingInMinutes(30)
                .publishAs("org.evac.manifest.flight.updated.v1");
        awaitFlight(early, 2);
        allocate(early)
                .statusCode(200)
                .body("personsMoving", equalTo(1))
                .body("households.outcome", hasItem("KEPT"));
        coordinator()
                .get("/api/v1/journeys/{id}", medical.members().get(0))
                .then()
                .body("flightId", equalTo(early.toString()));
        coordinator()
                .get("/api/v1/journeys/{id}", single)
                .then()
                .body("state", equalTo("ACCEPTED"))
                .body("history.reason", hasItem(startsWith("seat released by allocation")));
        var released =
                TopicReader.readMatching(
                        "evac.coordination.events",
                        1,
                        Duration.ofSeconds(20),
                        record ->
                                single.toString().equals(record.key())
                                        && TopicReader.header(record, "ce_type")
                                                .orElse("")
                                                .endsWith("seat.released.v1"));
        assertThat(TopicReader.value(released.get(0))).contains(early.toString());
        allocate(early).statusCode(200).body("personsMoving", equalTo(0));
    }

    @Test
    void householdTooLargeForTheFlightWaitsWhole() {
        UUID small = flight(2, 20);
        Household family = acceptedHousehold(3, "US_CITIZEN", "MEDICAL");
        JsonPath plan = allocate(small).statusCode(200).extract().jsonPath();
        assertThat(line(plan, family.id())).containsEntry("outcome", "UNASSIGNED");
        assertThat((String) line(plan, family.id()).get("reason"))
                .contains("3 seats needed together");
        family.members().forEach(member -> assertThat(state(member)).isEqualTo("ACCEPTED"));
    }

    @Test
    void splitPermissionIsRecordedPerHousehold() {
        UUID household = UUID.randomUUID();
        awaitPerson(Upstream.person().household(household).publish());
        coordinator()
                .body(Map.of("reason", "adult son escorts a patient"))
                .put("/api/v1/households/{id}/split-permission", household)
                .then()
                .statusCode(204);
        assertThat(splitPermissions(household)).isEqualTo(1);
        coordinator()
                .body(Map.of("reason", " "))
                .put("/api/v1/households/{id}/split-permission", household)
                .then()
                .statusCode(400);
        coordinator()
                .delete("/api/v1/households/{id}/split-permission", household)
                .then()
                .statusCode(204);
        assertThat(splitPermissions(household)).isZero();
        coordinator()
                .delete("/api/v1/households/{id}/split-permission", household)
                .then()
                .statusCode(204);
    }

    @Test
    void splitPermissionForAnUnknownHouseholdIs404AndWritesNothing() {
        UUID unknown = UUID.randomUUID();
        coordinator()
                .body(Map.of("reason", "adult son escorts a patient"))
                .put("/api/v1/households/{id}/split-permission", unknown)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://evac.example.org/problems/not-found"))
                .body("detail", containsString(unknown.toString()));
        assertThat(splitPermissions(unknown)).isZero();
        coordinator()
                .delete("/api/v1/households/{id}/split-permission", unknown)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void allocationWithoutABodyIsRefusedAndChangesNothing() {
        UUID open = flight(4, 16);
        UUID waiting = Api.acceptedPerson();
        String huge = "{\"flightId\":\"" + "0".repeat(2 * 1024 * 1024) + "\"}";
        for (String path : List.of("/api/v1/allocations", "/api/v1/allocations/plans")) {
            coordinator()
                    .post(path)
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo("https://evac.example.org/problems/validation"))
                    .body("errors[0].field", equalTo("request"));
            coordinator()
                    .body("null")
                    .post(path)
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("errors[0].field", equalTo("request"));
            coordinator()
                    .body(huge)
                    .post(path)
                    .then()
                    .statusCode(anyOf(equalTo(400), equalTo(413)));
        }
        assertThat(state(waiting)).isEqualTo("ACCEPTED");
        coordinator().get("/api/v1/flights/{id}/seats", open).then().body("occupied", equalTo(0));
    }

    @Test
    void closedOrUnknownFlightsAreRefused() {
        allocate(UUID.randomUUID()).statusCode(404);
        UUID cancelled = Upstream.flight().status("CANCELLED").publish();
        Api.awaitFlightStatus(cancelled, "CANCELLED");
        allocate(cancelled)
                .statusCode(409)
                .body("type", equalTo("https://evac.example.org/problems/flight-not-open"));
        Api.as("viewer").body(Map.of()).post("/api/v1/allocations").then().statusCode(403);
    }
}
