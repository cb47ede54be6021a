package org.evac.stack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The documented local stack, started from the packaged jars as a user would, then stopped with
 * Ctrl-C.
 */
class LocalStackIT {

    private static final List<String> SERVICES =
            List.of("http://localhost:8081", "http://localhost:8082", "http://localhost:8083");

    private static RunningStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        stack = RunningStack.start();
        Duration startUp = stack.awaitReady(Duration.ofMinutes(4));
        System.out.println("[figure] local stack ready in " + startUp.toSeconds() + " s");
    }

    @AfterAll
    static void ctrlCLeavesNoProcessBehind() throws Exception {
        try {
            List<ProcessHandle> started = stack.startedProcesses();
            stack.interrupt();
            assertThat(started)
                    .as("services and PostgreSQL started by the stack")
                    .hasSizeGreaterThanOrEqualTo(4);
            assertThat(stack.survivors()).as("processes left after Ctrl-C").isEmpty();
        } finally {
            stack.close();
        }
    }

    /**
     * The chain the system exists for, across the three running services and only through the
     * clients generated from their OpenAPI documents, and Kafka between them: checked, registered
     * and verified in the registry, offered and seated by coordination, manifested, checked,
     * boarded, flown and landed by the operator, and finally marked departed in the registry.
     */
    @Test
    void aCoordinatorsDayTakesAHouseholdFromRegistrationToArrivalInDohaThroughTheGeneratedClients()
            throws Exception {
        new CoordinatorsDay(
                        stack.printedToken("cora.coordinator"),
                        stack.printedToken("ada.admin"),
                        stack.printedToken("omar.operator"))
                .run();
    }

    /** SMS out over SMPP in Dari, an answer typed on the phone page, the journey moving on. */
    @Test
    void aHouseholdTextedAnOfferInDariAcceptsItBySmsAndIsSeated() {
        new SmsAnsweredOffer(
                        stack.printedToken("cora.coordinator"),
                        stack.printedToken("ada.admin"),
                        stack.printedToken("omar.operator"))
                .run();
    }

    @Test
    void everyServiceIsReadyWithItsApiDocumentation() {
        for (String service : SERVICES) {
            given().baseUri(service).when().get("/q/health/ready").then().statusCode(200);
            given().baseUri(service).when().get("/q/openapi").then().statusCode(200);
            given().baseUri(service).when().get("/q/swagger-ui/").then().statusCode(200);
        }
    }

    @Test
    void printedTokensAreAcceptedAndRequestsWithoutOneAreRefused() {
        String coordinator = stack.printedToken("cora.coordinator");
        given().baseUri(SERVICES.get(0))
                .auth()
                .oauth2(coordinator)
                .when()
                .get("/api/v1/persons")
                .then()
                .statusCode(200);
        given().baseUri(SERVICES.get(2))
                .auth()
                .oauth2(coordinator)
                .when()
                .get("/api/v1/flights")
                .then()
                .statusCode(200);
        given().baseUri(SERVICES.get(1))
                .auth()
                .oauth2(stack.printedToken("vera.viewer"))
                .when()
                .get("/api/v1/statistics")
                .then()
                .statusCode(200);
        given().baseUri(SERVICES.get(1))
                .auth()
                .oauth2(coordinator)
                .when()
                .get("/api/v1/offers")
                .then()
                .statusCode(200);
        given().baseUri(SERVICES.get(0)).when().get("/api/v1/persons").then().statusCode(401);
        given().baseUri(SERVICES.get(1)).when().get("/api/v1/offers").then().statusCode(401);
        given().baseUri(SERVICES.get(2)).when().get("/api/v1/flights").then().statusCode(401);
    }
}
