package org.evac.stack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.evac.client.manifest.ApiException;
import org.evac.client.manifest.api.FlightsApi;
import org.evac.client.manifest.api.OperatorsApi;
import org.evac.client.manifest.model.Flight;
import org.evac.client.manifest.model.FlightRequest;
import org.evac.client.manifest.model.OperatorRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The local stack with {@code --keycloak}, as the README has a new user run it: people log in on
 * Keycloak's page, an operator's system uses client credentials, and the services trust only the
 * realm's keys, rotated while they run.
 */
class KeycloakStackIT {

    private static final List<String> SERVICES =
            List.of(
                    Clients.FIXED_PORTS.registryUrl(),
                    Clients.FIXED_PORTS.coordinationUrl(),
                    Clients.FIXED_PORTS.manifestUrl());
    private static final List<String> STAGES =
            List.of(
                    "registered",
                    "reached",
                    "offered",
                    "accepted",
                    "seatAssigned",
                    "manifested",
                    "boarded",
                    "departed",
                    "arrivedDoha");

    /**
     * A path per service that needs a token: flights an operator may read, the registry's figures
     * and offers not.
     */
    private static final Map<String, String> OPERATOR_PROBES =
            Map.of(
                    Clients.FIXED_PORTS.registryUrl(), "/api/v1/statistics",
                    Clients.FIXED_PORTS.coordinationUrl(), "/api/v1/offers",
                    Clients.FIXED_PORTS.manifestUrl(), "/api/v1/flights");

    /** Short enough that the dashboard renews its token while the test watches. */
    private static final int ACCESS_TOKEN_SECONDS = 20;

    private static RunningStack stack;
    private static KeycloakAdmin keycloak;

    @BeforeAll
    static void startStackWithKeycloak() throws Exception {
        stack = RunningStack.start("--keycloak");
        Duration startUp = stack.awaitReady(Duration.ofMinutes(5));
        System.out.println(
                "[figure] local stack with Keycloak ready in " + startUp.toSeconds() + " s");
        keycloak = new KeycloakAdmin(stack.data());
        keycloak.setAccessTokenLifespan(ACCESS_TOKEN_SECONDS);
    }

    @AfterAll
    static void ctrlCStopsKeycloakToo() throws Exception {
        try {
            List<ProcessHandle> started = stack.startedProcesses();
            assertThat(started)
                    .as("processes started by the stack")
                    .anyMatch(p -> p.info().commandLine().orElse("").contains("keycloak"));
            stack.interrupt();
            assertThat(RunningStack.alive(started)).as("processes left after Ctrl-C").isEmpty();
        } finally {
            stack.close();
        }
    }

    /**
     * The operator's system schedules a flight with a client-credentials token; a viewer logs in on
     * Keycloak's login page (no token pasting) and the dashboard shows that flight and the same
     * figures as the JSON endpoint.
     */
    @Test
    void aViewerLogsInOnKeycloaksPageAndSeesTheFiguresOfAFlightTheOperatorsSystemScheduled()
            throws Exception {
        assumeTrue(DashboardBrowser.installed(), "chromium and chromium-driver are not installed");
        try (DashboardBrowser browser = new DashboardBrowser()) {
            browser.open();
            browser.logIn("ada.admin", KeycloakRealm.DEMO_PASSWORD);
            browser.awaitLive();
            registerOperatorQr(browser.accessToken());
        }
        Flight flight = scheduleFlightAsOperatorSystem();

        try (DashboardBrowser browser = new DashboardBrowser()) {
            browser.open();
            assertThat(browser.currentUrl()).startsWith(KeycloakRealm.local().issuer());
            browser.logIn("vera.viewer", KeycloakRealm.DEMO_PASSWORD);
            browser.awaitLive();
            assertThat(browser.currentUrl()).isEqualTo(DashboardBrowser.DASHBOARD);
            assertThat(browser.text("user")).isEqualTo("vera.viewer");
            browser.await(driver -> browser.text("flights").contains(flight.getFlightNumber()));
            String token = browser.accessToken();
            browser.await(driver -> funnelMatchesJson(browser, token));
        }
    }

    @Test
    void theDashboardRenewsItsTokenBeforeItExpiresAndStaysLive() {
        assumeTrue(DashboardBrowser.installed(), "chromium and chromium-driver are not installed");
        try (DashboardBrowser browser = new DashboardBrowser()) {
            browser.open();
            browser.logIn("vera.viewer", KeycloakRealm.DEMO_PASSWORD);
            browser.awaitLive();
            String first = browser.accessToken();

            browser.await(
                    Duration.ofSeconds(ACCESS_TOKEN_SECONDS * 2L),
                    driver -> !first.equals(browser.accessToken()));

            assertThat(browser.text("status")).isEqualTo("live");
            given().baseUri(Clients.FIXED_PORTS.coordinationUrl())
                    .auth()
                    .oauth2(browser.accessToken())
                    .get("/api/v1/statistics")
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void loggingOutEndsTheKeycloakSessionAndAsksForTheLoginAgain() {
        assumeTrue(DashboardBrowser.installed(), "chromium and chromium-driver are not installed");
        try (DashboardBrowser browser = new DashboardBrowser()) {
            browser.open();
            browser.logIn("cora.coordinator", KeycloakRealm.DEMO_PASSWORD);
            browser.awaitLive();
            String refreshToken = (String) browser.tokens().get("refreshToken");

            browser.logOut();

            // Keycloak sends the browser back to the dashboard, which has no session: its login.
            browser.awaitLoginPage();
            assertThat(browser.driver().findElement(By.id("username")).getAttribute("value"))
                    .isEmpty();
            assertThat(keycloak.refresh(refreshToken)).as("refresh after logout").isEqualTo(400);
        }
    }

    /**
     * Key rotation without downtime: a new signing key is added at Keycloak while the services run;
     * tokens signed with it are accepted at once (the unknown key id makes each service refetch the
     * JWKS), and tokens signed with the old key are still accepted during the overlap.
     */
    @Test
    void tokensSignedWithTheOldAndTheNewKeyAreBothAcceptedDuringARotationWithoutRestart() {
        List<Long> servicePids = servicePids();
        String oldKey = keycloak.signingKeyId();
        String signedWithOldKey = keycloak.operatorSystemToken();
        assertThat(KeycloakAdmin.keyIdOf(signedWithOldKey)).isEqualTo(oldKey);
        assertAcceptedEverywhere(signedWithOldKey);

        String newKey = keycloak.addSigningKey("rotated-" + UUID.randomUUID(), 200);
        String signedWithNewKey = keycloak.operatorSystemToken();

        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(KeycloakAdmin.keyIdOf(signedWithNewKey)).isEqualTo(newKey);
        assertAcceptedEverywhere(signedWithNewKey);
        assertAcceptedEverywhere(signedWithOldKey);
        assertThat(servicePids()).as("no service restarted").isEqualTo(servicePids);
    }

    @Test
    void theDemoKeyIsNotTrustedWhenKeycloakIssuesTheTokens() {
        String demo =
                new TokenMinter(new DemoKeys(stack.data()).privateKey())
                        .mint("omar.operator", List.of("operator"), "QR", Duration.ofHours(1));
        for (String service : SERVICES) {
            given().baseUri(service)
                    .auth()
                    .oauth2(demo)
                    .get(OPERATOR_PROBES.get(service))
                    .then()
                    .statusCode(401);
        }
    }

    /**
     * Accepted means authenticated: 200 where an operator may read, 403 (the role refused, after
     * the signature was verified) where it may not; a token whose key is not trusted is a 401.
     */
    private static void assertAcceptedEverywhere(String operatorToken) {
        for (String service : SERVICES) {
            int status =
                    given().baseUri(service)
                            .auth()
                            .oauth2(operatorToken)
                            .get(OPERATOR_PROBES.get(service))
                            .statusCode();
            assertThat(status)
                    .as(service)
                    .isEqualTo(service.equals(Clients.FIXED_PORTS.manifestUrl()) ? 200 : 403);
        }
    }

    private static List<Long> servicePids() {
        return stack.startedProcesses().stream()
                .filter(p -> p.info().commandLine().orElse("").contains("quarkus-run.jar"))
                .filter(ProcessHandle::isAlive)
                .map(ProcessHandle::pid)
                .sorted()
                .toList();
    }

    private static void registerOperatorQr(String adminToken) throws ApiException {
        try {
            new OperatorsApi(Clients.FIXED_PORTS.manifest(adminToken))
                    .registerOperator(
                            new OperatorRequest()
                                    .code("QR")
                                    .iataDesignator("QR")
                                    .icaoDesignator("QTR")
                                    .name("Qatar Airways charter desk"),
                            UUID.randomUUID().toString());
        } catch (ApiException e) {
            assertThat(e.getCode()).as("already registered").isEqualTo(409);
        }
    }

    private static Flight scheduleFlightAsOperatorSystem() throws ApiException {
        OffsetDateTime departure =
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
        return new FlightsApi(Clients.FIXED_PORTS.manifest(keycloak.operatorSystemToken()))
                .scheduleFlight(
                        new FlightRequest()
                                .operatorCode("QR")
                                .flightNumber(
                                        "QR" + (8000 + ThreadLocalRandom.current().nextInt(1000)))
                                .scheduledDeparture(departure)
                                .scheduledArrival(departure.plusHours(3))
                                .aircraftType("B77W")
                                .seatCapacity(300)
                                .reservedSeats(120),
                        UUID.randomUUID().toString());
    }

    private static boolean funnelMatchesJson(DashboardBrowser browser, String token) {
        JsonPath json =
                given().baseUri(Clients.FIXED_PORTS.coordinationUrl())
                        .auth()
                        .oauth2(token)
                        .get("/api/v1/statistics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        return STAGES.stream()
                .allMatch(
                        stage ->
                                browser.text("funnel-" + stage)
                                        .equals(
                                                String.format(
                                                        Locale.US,
                                                        "%,d",
                                                        json.getLong("funnel." + stage))));
    }
}
