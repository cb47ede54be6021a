package org.evac.stack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
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

    private static RunningStack stack;

    @BeforeAll
    static void startStack() throws Exception {
        stack = RunningStack.start("--instances", "flight-manifest=2");
        Duration startUp = stack.awaitReady(Duration.ofMinutes(4));
        System.out.println("[figure] local stack ready in " + startUp.toSeconds() + " s");
    }

    /**
     * Once the launcher has exited after Ctrl-C, nothing it ran may still run: its stop returns
     * only after every service, Kafka, and PostgreSQL with each of its backends has exited.
     */
    @AfterAll
    static void ctrlCLeavesNoProcessBehind() throws Exception {
        try {
            List<ProcessHandle> started = stack.startedProcesses();
            assertThat(started)
                    .as("services, Kafka, PostgreSQL's launcher and server started by the stack")
                    .hasSizeGreaterThanOrEqualTo(7);
            stack.interrupt();
            assertThat(RunningStack.alive(started)).as("processes left after Ctrl-C").isEmpty();
            assertThat(stack.printed()).contains("Stopped.");
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
                        stack.clients(),
                        stack.printedToken("cora.coordinator"),
                        stack.printedToken("ada.admin"),
                        stack.printedToken("omar.operator"))
                .run();
    }

    /** SMS out over SMPP in Dari, an answer typed on the phone page, the journey moving on. */
    @Test
    void aHouseholdTextedAnOfferInDariAcceptsItBySmsAndIsSeated() {
        new SmsAnsweredOffer(
                        stack.clients(),
                        stack.printedPhonePage(),
                        stack.printedToken("cora.coordinator"),
                        stack.printedToken("ada.admin"),
                        stack.printedToken("omar.operator"))
                .run();
    }

    private static List<String> services() {
        return List.of(
                stack.printedUrl("citizen-registry"),
                stack.printedUrl("departure-coordination"),
                stack.printedUrl("flight-manifest"));
    }

    @Test
    void aSecondInstanceServesTheSameDataOnItsOwnPort() throws Exception {
        String first = stack.printedUrl("flight-manifest");
        String second = stack.printedUrl("flight-manifest-2");
        assertThat(second).isNotEqualTo(first);
        String operators =
                given().baseUri(first)
                        .auth()
                        .oauth2(stack.printedToken("ada.admin"))
                        .get("/api/v1/operators")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        given().baseUri(second)
                .auth()
                .oauth2(stack.printedToken("ada.admin"))
                .get("/api/v1/operators")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.equalTo(operators));
    }

    /** A service that crashes is started again by the stack, on the same port, with its data. */
    @Test
    void aKilledServiceIsStartedAgain() throws Exception {
        String registry = stack.printedUrl("citizen-registry");
        ProcessHandle service =
                stack.startedProcesses().stream()
                        .filter(
                                p ->
                                        p.info()
                                                .commandLine()
                                                .orElse("")
                                                .contains("citizen-registry/target/quarkus-app"))
                        .findFirst()
                        .orElseThrow();

        service.destroyForcibly();

        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .untilAsserted(
                        () ->
                                given().baseUri(registry)
                                        .get("/q/health/ready")
                                        .then()
                                        .statusCode(200));
        assertThat(stack.printed())
                .contains("citizen-registry exited with 137; starting again in 1 s");
        assertThat(Files.readString(stack.data().resolve("logs/citizen-registry.log")))
                .contains("stack: exited with 137");
    }

    @Test
    void everyServiceIsReadyWithItsApiDocumentation() {
        for (String service : services()) {
            given().baseUri(service).when().get("/q/health/ready").then().statusCode(200);
            given().baseUri(service).when().get("/q/openapi").then().statusCode(200);
            given().baseUri(service).when().get("/q/swagger-ui/").then().statusCode(200);
        }
    }

    @Test
    void printedTokensAreAcceptedAndRequestsWithoutOneAreRefused() {
        String coordinator = stack.printedToken("cora.coordinator");
        given().baseUri(stack.printedUrl("citizen-registry"))
                .auth()
                .oauth2(coordinator)
                .when()
                .get("/api/v1/persons")
                .then()
                .statusCode(200);
        given().baseUri(stack.printedUrl("flight-manifest"))
                .auth()
                .oauth2(coordinator)
                .when()
                .get("/api/v1/flights")
                .then()
                .statusCode(200);
        given().baseUri(stack.printedUrl("departure-coordination"))
                .auth()
                .oauth2(stack.printedToken("vera.viewer"))
                .when()
                .get("/api/v1/statistics")
                .then()
                .statusCode(200);
        given().baseUri(stack.printedUrl("departure-coordination"))
                .auth()
                .oauth2(coordinator)
                .when()
                .get("/api/v1/offers")
                .then()
                .statusCode(200);
        given().baseUri(stack.printedUrl("citizen-registry"))
                .when()
                .get("/api/v1/persons")
                .then()
                .statusCode(401);
        given().baseUri(stack.printedUrl("departure-coordination"))
                .when()
                .get("/api/v1/offers")
                .then()
                .statusCode(401);
        given().baseUri(stack.printedUrl("flight-manifest"))
                .when()
                .get("/api/v1/flights")
                .then()
                .statusCode(401);
    }
}
