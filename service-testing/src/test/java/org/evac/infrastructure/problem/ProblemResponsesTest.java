package org.evac.infrastructure.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.evac.infrastructure.security.Roles;
import org.evac.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void missingTokenIs401Problem() {
        given().when()
                .get("/api/v1/probes")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Authentication required"));
    }

    @Test
    void tokenSignedByUnknownKeyIs401Problem() throws Exception {
        given().auth()
                .oauth2(TestTokens.signedByStranger("mallory", Roles.COORDINATOR))
                .when()
                .get("/api/v1/probes")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void wrongRoleIs403Problem() {
        given().auth()
                .oauth2(TestTokens.forRoles("dana", Roles.VIEWER))
                .when()
                .get("/api/v1/probes")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", containsString("forbidden"));
    }

    @Test
    void rightRoleWithRealTokenIsServed() {
        given().auth()
                .oauth2(TestTokens.forRoles("carla", Roles.COORDINATOR))
                .when()
                .get("/api/v1/probes")
                .then()
                .statusCode(200)
                .body("name", equalTo("first"));
    }

    @Test
    void invalidBodyListsFieldErrors() {
        given().auth()
                .oauth2(TestTokens.forRoles("carla", Roles.COORDINATOR))
                .contentType("application/json")
                .body("{\"name\":\"\",\"count\":-1}")
                .when()
                .post("/api/v1/probes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("count"));
    }

    @Test
    void malformedJsonIs400Problem() {
        given().auth()
                .oauth2(TestTokens.forRoles("carla", Roles.COORDINATOR))
                .contentType("application/json")
                .body("{\"name\":")
                .when()
                .post("/api/v1/probes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", containsString("malformed-body"));
    }

    @Test
    void unknownRecordIs404WithBody() {
        given().auth()
                .oauth2(TestTokens.forRoles("carla", Roles.COORDINATOR))
                .when()
                .get("/api/v1/probes/nobody")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("detail", equalTo("Probe nobody does not exist"))
                .body("instance", equalTo("/api/v1/probes/nobody"));
    }

    @Test
    void wrongMethodIs405AndWrongMediaTypeIs415() {
        given().auth()
                .oauth2(TestTokens.forRoles("carla", Roles.COORDINATOR))
                .when()
                .delete("/api/v1/probes")
                .then()
                .statusCode(405)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.forRoles("carla", Roles.COORDINATOR))
                .contentType("text/plain")
                .body("hello")
                .when()
                .post("/api/v1/probes")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        given().when()
                .get("/api/v1/probes/failure")
                .then()
                .statusCode(500)
                .contentType(PROBLEM)
                .body("errorId", not(equalTo(null)))
                .body("extensions", nullValue())
                .body(not(containsString("hunter2")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at org.evac")));
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItems("Database connections health check"));
        given().when()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body("checks.name", hasItems("event-consumers"));
        given().when()
                .get("/q/health/group/events")
                .then()
                .statusCode(200)
                .body("checks.name", hasItems("outbox-relay"));
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("evac_outbox_backlog"));
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void aQueryParameterThatDoesNotConvertIs400NamingIt() {
        asCoordinator()
                .get("/api/v1/ledgers/a/entries?size=ten")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", containsString("invalid-parameter"))
                .body("parameter", equalTo("size"))
                .body("expected", equalTo("integer"));
    }

    @Test
    void anUnknownEnumInAQueryIs400ListingTheAllowedValues() {
        asCoordinator()
                .get("/api/v1/ledgers/a/entries?kind=NOPE")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("kind"))
                .body("allowed", contains("CREDIT", "DEBIT"));
    }

    @Test
    void jsonIsStrictlyTyped() {
        postEntry("{\"sequence\":\"1\",\"kind\":\"CREDIT\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("sequence"))
                .body("expected", equalTo("integer"));
        postEntry("{\"sequence\":1,\"kind\":\"CREDIT\",\"memo\":5}")
                .statusCode(400)
                .body("errors[0].field", equalTo("memo"))
                .body("expected", equalTo("string"));
        postEntry("{\"sequence\":1,\"kind\":\"SOMETIMES\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"))
                .body("allowed", contains("CREDIT", "DEBIT"));
        postEntry("{\"sequence\":1,\"kind\":\"CREDIT\",\"memo\":\"a\\u0000b\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("memo"));
    }

    @Test
    void unknownPropertiesAreIgnored() {
        postEntry("{\"sequence\":1,\"kind\":\"CREDIT\",\"colour\":\"red\"}").statusCode(201);
    }

    @Test
    void aNulByteInAQueryIs400BeforeAnythingRuns() {
        asCoordinator()
                .urlEncodingEnabled(false)
                .get("/api/v1/ledgers/a%00b/entries")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", containsString("invalid-encoding"));
    }

    @Test
    void aJsonBodyAboveTheLimitIs413() {
        postEntry("{\"sequence\":1,\"kind\":\"CREDIT\",\"memo\":\"" + "m".repeat(1_100_000) + "\"}")
                .statusCode(413)
                .contentType(PROBLEM)
                .body("type", containsString("payload-too-large"));
    }

    private static io.restassured.specification.RequestSpecification asCoordinator() {
        return given().auth().oauth2(TestTokens.forRoles("carla", Roles.COORDINATOR));
    }

    private static io.restassured.response.ValidatableResponse postEntry(String body) {
        return asCoordinator()
                .contentType("application/json")
                .body(body)
                .post("/api/v1/ledgers/acct-" + java.util.UUID.randomUUID() + "/entries")
                .then();
    }
}
