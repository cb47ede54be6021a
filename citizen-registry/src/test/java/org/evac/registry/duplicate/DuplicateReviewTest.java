package org.evac.registry.duplicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.registry.person.Persons.aPerson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.evac.registry.person.Persons;
import org.junit.jupiter.api.Test;

/**
 * The review queue through the API: possible duplicates from registration, import and the sweep,
 * decided same (merged) or different (remembered).
 */
@QuarkusTest
class DuplicateReviewTest {

    @Inject DataSource database;

    /** A registered Mohammad of a family of its own, and a look-alike scored possible. */
    private record Pair(String existing, String family) {}

    private static Pair registered() {
        String family = Persons.uniqueFamilyName();
        return new Pair(aPerson().named("Mohammad", family).bornOn("1985").create(), family);
    }

    private static Persons lookAlike(Pair pair) {
        return aPerson().named("Mohammad Karim", pair.family()).bornOn(null);
    }

    private static String register(Persons person) {
        return given().contentType(ContentType.JSON)
                .body(person.body())
                .post("/api/v1/persons")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> reviewOf(String personId, String status) {
        List<Map<String, Object>> items =
                given().queryParam("personId", personId)
                        .queryParam("status", status)
                        .get("/api/v1/duplicate-reviews")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("items");
        assertThat(items).as("%s reviews of %s", status, personId).hasSize(1);
        return items.get(0);
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    @SuppressWarnings("unchecked")
    void aRegistrationQueuesItsPossibleDuplicateAndADifferentDecisionIsRemembered() {
        Pair pair = registered();
        String incoming = register(lookAlike(pair));

        Map<String, Object> review = reviewOf(incoming, "OPEN");
        assertThat(review)
                .containsEntry("band", "POSSIBLE")
                .containsEntry("foundBy", "REGISTRATION");
        assertThat(List.of(first(review), second(review)))
                .containsExactlyInAnyOrder(pair.existing(), incoming);
        assertThat((List<Object>) review.get("reasons"))
                .contains("only one record has the name Karim: -1.5");
        given().get("/api/v1/duplicate-reviews/" + review.get("id"))
                .then()
                .statusCode(200)
                .body("factors.factor", hasItem("FAMILY_NAME"));

        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "brothers: different fathers' names on the tazkiras"))
                .post("/api/v1/duplicate-reviews/" + review.get("id") + "/different")
                .then()
                .statusCode(200)
                .body("status", equalTo("DIFFERENT"))
                .body("decidedBy", equalTo("coordinator-ana"));

        given().get("/api/v1/persons/" + incoming + "/duplicates")
                .then()
                .statusCode(200)
                .body("personId", not(hasItem(pair.existing())));
        given().get("/api/v1/persons/" + pair.existing() + "/duplicates")
                .then()
                .statusCode(200)
                .body("personId", not(hasItem(incoming)));
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "again"))
                .post("/api/v1/duplicate-reviews/" + review.get("id") + "/different")
                .then()
                .statusCode(409)
                .body("type", containsString("review-decided"));
        assertThat(reviewOf(incoming, "DIFFERENT")).containsEntry("id", review.get("id"));
    }

    @Test
    @TestSecurity(user = "admin-omar", roles = "admin")
    void aSameDecisionMergesThePairIntoTheSurvivor() {
        Pair pair = registered();
        String incoming = register(lookAlike(pair));
        Map<String, Object> review = reviewOf(incoming, "OPEN");

        given().contentType(ContentType.JSON)
                .body(Map.of("survivorId", "7e9b1c2d-3f4a-4b5c-8d6e-9f0a1b2c3d4e", "reason", "x"))
                .post("/api/v1/duplicate-reviews/" + review.get("id") + "/same")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("survivorId"));

        given().contentType(ContentType.JSON)
                .body(Map.of("survivorId", pair.existing(), "reason", "same passport photo"))
                .post("/api/v1/duplicate-reviews/" + review.get("id") + "/same")
                .then()
                .statusCode(200)
                .body("status", equalTo("SAME"))
                .body("decisionReason", equalTo("same passport photo"));
        given().redirects()
                .follow(false)
                .get("/api/v1/persons/" + incoming)
                .then()
                .statusCode(301)
                .header("Location", containsString(pair.existing()));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void onlyAnAdminMayDecideAPairIsOnePerson() {
        Pair pair = registered();
        String incoming = register(lookAlike(pair));
        Map<String, Object> review = reviewOf(incoming, "OPEN");
        given().contentType(ContentType.JSON)
                .body(Map.of("survivorId", pair.existing(), "reason", "same person"))
                .post("/api/v1/duplicate-reviews/" + review.get("id") + "/same")
                .then()
                .statusCode(403);
        assertThat(reviewOf(incoming, "OPEN")).containsEntry("id", review.get("id"));
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void anImportCreatesAPossibleDuplicateAndQueuesIt() {
        Pair pair = registered();
        String line =
                "{\"familyName\":\""
                        + pair.family()
                        + "\",\"givenNames\":\"Mohammad Karim\",\"category\":\"US_CITIZEN\"}\n";
        String reportPath =
                given().contentType("application/x-ndjson")
                        .body(line.getBytes(StandardCharsets.UTF_8))
                        .queryParam("source", "PARTNER_NGO_LIST")
                        .post("/api/v1/imports/jsonl")
                        .then()
                        .statusCode(201)
                        .body("created", equalTo(1))
                        .extract()
                        .path("report");
        String row =
                given().get(reportPath)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .lines()
                        .skip(1)
                        .findFirst()
                        .orElseThrow();
        assertThat(row).startsWith("1,POSSIBLE_DUPLICATE,").contains(pair.existing());
        String created = row.split(",")[2];
        assertThat(reviewOf(created, "OPEN")).containsEntry("foundBy", "IMPORT");
    }

    @Test
    @TestSecurity(user = "admin-omar", roles = "admin")
    void theSweepQueuesARecordCorrectedIntoALookAlike() {
        Pair pair = registered();
        String other = aPerson().named("Farid", pair.family()).bornOn(null).create();
        given().queryParam("personId", other)
                .get("/api/v1/duplicate-reviews")
                .then()
                .body("total", equalTo(0));
        Instant beforeCorrection = Instant.now();

        given().contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("givenNames", "Mohammad Karim"))
                .patch("/api/v1/persons/" + other)
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("changedSince", beforeCorrection.toString()))
                .post("/api/v1/duplicate-sweeps")
                .then()
                .statusCode(200)
                .body("persons", greaterThanOrEqualTo(1))
                .body("queued", greaterThanOrEqualTo(1));

        Map<String, Object> review = reviewOf(other, "OPEN");
        assertThat(review).containsEntry("foundBy", "SWEEP").containsEntry("band", "POSSIBLE");
        assertThat(List.of(first(review), second(review)))
                .containsExactlyInAnyOrder(pair.existing(), other);
    }

    @Test
    @TestSecurity(user = "admin-omar", roles = "admin")
    void aMergeWhileTheSweepRescoresThePairStillSucceeds() throws Exception {
        Pair pair = registered();
        String incoming = register(lookAlike(pair));
        Object reviewId = reviewOf(incoming, "OPEN").get("id");

        Response merge =
                whileTheSweepRescores(
                        reviewId,
                        () ->
                                given().contentType(ContentType.JSON)
                                        .body(
                                                Map.of(
                                                        "mergedId",
                                                        incoming,
                                                        "reason",
                                                        "same tazkira"))
                                        .post("/api/v1/persons/" + pair.existing() + "/merge"));

        assertThat(merge.statusCode()).as(merge.asString()).isEqualTo(200);
        assertThat(reviewOf(incoming, "SAME")).containsEntry("id", reviewId);
    }

    @Test
    @TestSecurity(user = "coordinator-ana", roles = "coordinator")
    void aDecisionWhileTheSweepRescoresThePairStillSucceeds() throws Exception {
        Pair pair = registered();
        String incoming = register(lookAlike(pair));
        Object reviewId = reviewOf(incoming, "OPEN").get("id");

        Response decision =
                whileTheSweepRescores(
                        reviewId,
                        () ->
                                given().contentType(ContentType.JSON)
                                        .body(Map.of("reason", "cousins"))
                                        .post(
                                                "/api/v1/duplicate-reviews/"
                                                        + reviewId
                                                        + "/different"));

        assertThat(decision.statusCode()).as(decision.asString()).isEqualTo(200);
        assertThat(reviewOf(incoming, "DIFFERENT")).containsEntry("id", reviewId);
    }

    /**
     * Sends {@code request} while another transaction re-scores the pair as the sweep does (its
     * upsert raises the version), and commits that transaction only once the request waits for it.
     */
    private Response whileTheSweepRescores(Object reviewId, Supplier<Response> request)
            throws Exception {
        try (Connection sweep = database.getConnection()) {
            sweep.setAutoCommit(false);
            try (PreparedStatement rescore =
                    sweep.prepareStatement(
                            "update duplicate_review set version = version + 1, updated_at = now()"
                                    + " where id = ?")) {
                rescore.setObject(1, UUID.fromString(reviewId.toString()));
                assertThat(rescore.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<Response> sent = CompletableFuture.supplyAsync(request);
            awaitARequestWaitingForTheReview();
            sweep.commit();
            return sent.get(30, TimeUnit.SECONDS);
        }
    }

    private void awaitARequestWaitingForTheReview() throws Exception {
        for (int attempt = 0; attempt < 300; attempt++) {
            try (Connection probe = database.getConnection();
                    PreparedStatement waiting =
                            probe.prepareStatement(
                                    "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                                            + " and query ilike '%duplicate_review%'");
                    ResultSet count = waiting.executeQuery()) {
                count.next();
                if (count.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the request never waited for the sweep's transaction");
    }

    @SuppressWarnings("unchecked")
    private static Object first(Map<String, Object> review) {
        return ((Map<String, Object>) review.get("first")).get("id");
    }

    @SuppressWarnings("unchecked")
    private static Object second(Map<String, Object> review) {
        return ((Map<String, Object>) review.get("second")).get("id");
    }
}
