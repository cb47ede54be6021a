package org.evac.registry.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.registry.person.Persons.aPerson;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.evac.registry.person.Persons;
import org.evac.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatisticsAndAuditTest {

    private static final String COORDINATOR = TestTokens.forRoles("coordinator-ana", "coordinator");
    private static final String VIEWER = TestTokens.forRoles("dashboard", "viewer");
    private static final String ADMIN = TestTokens.forRoles("supervisor", "admin");

    @Test
    void viewersSeeCountsButNoNames() {
        Persons person = aPerson().bornOn("1960-01-01");
        given().auth()
                .oauth2(COORDINATOR)
                .contentType(ContentType.JSON)
                .body(person.body())
                .queryParam("acknowledgeDuplicates", true)
                .post("/api/v1/persons")
                .then()
                .statusCode(201);

        String body =
                given().auth()
                        .oauth2(VIEWER)
                        .get("/api/v1/statistics")
                        .then()
                        .statusCode(200)
                        .body("total", greaterThan(0))
                        .body("byCategory.US_CITIZEN", greaterThan(0))
                        .body("byProvince.AF-KAB", greaterThan(0))
                        .body("byQualityFlag.PLACEHOLDER_BIRTH_DATE", greaterThan(0))
                        .body("contact.windowHours", equalTo(72))
                        .body("contact.notReached", greaterThan(0))
                        .extract()
                        .asString();
        assertThat(body).doesNotContain(person.familyName());
        given().auth().oauth2(VIEWER).get("/api/v1/persons").then().statusCode(403);
    }

    @Test
    void everyReadAndChangeIsAuditedForSupervisors() {
        String id =
                given().auth()
                        .oauth2(COORDINATOR)
                        .contentType(ContentType.JSON)
                        .body(aPerson().body())
                        .queryParam("acknowledgeDuplicates", true)
                        .post("/api/v1/persons")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        given().auth()
                .oauth2(COORDINATOR)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"0\"")
                .body(Map.of("departureWish", "DOES_NOT_WANT_TO_LEAVE"))
                .patch("/api/v1/persons/" + id)
                .then()
                .statusCode(200);
        given().auth().oauth2(COORDINATOR).get("/api/v1/persons/" + id).then().statusCode(200);

        given().auth()
                .oauth2(ADMIN)
                .queryParam("subjectId", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.action", hasItem("CREATE"))
                .body("items.action", hasItem("READ"))
                .body("items.find { it.action == 'UPDATE' }.actor", equalTo("coordinator-ana"))
                .body("items.find { it.action == 'UPDATE' }.before", notNullValue())
                .body(
                        "items.find { it.action == 'UPDATE' }.after",
                        org.hamcrest.Matchers.containsString("DOES_NOT_WANT_TO_LEAVE"));
        given().auth().oauth2(COORDINATOR).get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void refusesANulCharacterInTheAuditQuery() {
        for (String parameter : List.of("subjectId", "actor", "action")) {
            given().auth()
                    .oauth2(ADMIN)
                    .queryParam(parameter, "READ\u0000")
                    .get("/api/v1/audit")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
    }
}
