package org.evac.coordination.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * With no OpenID provider configured the page is told to ask for a token; KeycloakStackIT in the
 * local stack logs in with one configured.
 */
@QuarkusTest
class DashboardLoginTest {

    @Test
    void withoutAProviderThePageIsToldToAskForAPastedToken() {
        given().when()
                .get("/dashboard/login.json")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", equalTo("no-store"))
                .body("$", anEmptyMap());
    }

    @Test
    void thePageAndItsLoginScriptArePublicLikeTheRestOfIt() {
        given().when().get("/dashboard/login.js").then().statusCode(200);
        given().when().get("/dashboard/").then().statusCode(200);
    }
}
