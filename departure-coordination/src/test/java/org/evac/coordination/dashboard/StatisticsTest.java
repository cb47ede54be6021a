package org.evac.coordination.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evac.coordination.support.Api.accept;
import static org.evac.coordination.support.Api.awaitPerson;
import static org.evac.coordination.support.Api.offerPerson;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.evac.coordination.support.Api;
import org.evac.coordination.support.Upstream;
import org.evac.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StatisticsTest {

    @TestHTTPResource("/api/v1/statistics/stream")
    URI stream;

    private static JsonPath statistics() {
        return Api.as("viewer")
                .get("/api/v1/statistics")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void funnelCountsEveryStageAPersonReached() {
        JsonPath before = statistics();
        UUID person = Upstream.person().province("AF-NUR").publish();
        awaitPerson(person);
        Upstream.reached(person);
        accept(offerPerson(person), List.of()).statusCode(200);

        await().atMost(Api.PATIENCE)
                .untilAsserted(
                        () -> {
                            JsonPath after = statistics();
                            assertThat(after.getLong("funnel.registered"))
                                    .isEqualTo(before.getLong("funnel.registered") + 1);
                            assertThat(after.getLong("funnel.offered"))
                                    .isEqualTo(before.getLong("funnel.offered") + 1);
                            assertThat(after.getLong("funnel.accepted"))
                                    .isEqualTo(before.getLong("funnel.accepted") + 1);
                            assertThat(after.getLong("funnel.seatAssigned"))
                                    .isEqualTo(before.getLong("funnel.seatAssigned"));
                            assertThat(after.getLong("waitingSinceAcceptance.waiting"))
                                    .isEqualTo(
                                            before.getLong("waitingSinceAcceptance.waiting") + 1);
                        });
        assertThat(statistics().getList("provinces.province")).contains("AF-NUR");
    }

    @Test
    void showsUpcomingFlightLoadsAndNoPersonIds() {
        UUID flight = Upstream.flight().reserved(7).publish();
        Api.awaitFlight(flight, 7);
        String body =
                Api.as("viewer")
                        .get("/api/v1/statistics")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        JsonPath json = new JsonPath(body);
        assertThat(json.getInt("upcomingFlights.find { it.flightId == '" + flight + "' }.reserved"))
                .isEqualTo(7);
        assertThat(body).doesNotContain("personId", "registryNumber");
    }

    @Test
    void needsAToken() {
        RestAssured.given()
                .get("/api/v1/statistics")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        RestAssured.given().get("/api/v1/statistics/stream").then().statusCode(401);
    }

    @Test
    void streamPushesNewFiguresWithinTwoSecondsOfAnEvent() throws Exception {
        List<String> frames = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request =
                HttpRequest.newBuilder(stream)
                        .header(
                                "Authorization",
                                "Bearer " + TestTokens.forRoles("wall-screen", "viewer"))
                        .header("Accept", "text/event-stream")
                        .build();
        HttpResponse<InputStream> response =
                client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader =
                new Thread(
                        () -> {
                            try (BufferedReader lines =
                                    new BufferedReader(
                                            new InputStreamReader(
                                                    response.body(), StandardCharsets.UTF_8))) {
                                String line;
                                while ((line = lines.readLine()) != null) {
                                    if (line.startsWith("data:")) {
                                        frames.add(line.substring(5));
                                    }
                                }
                            } catch (IOException e) {
                                // The test closed the stream.
                            }
                        });
        reader.setDaemon(true);
        reader.start();
        try {
            await().atMost(Api.PATIENCE)
                    .until(
                            () ->
                                    !frames.isEmpty()
                                            && new JsonPath(frames.get(frames.size() - 1))
                                                            .getLong("funnel.registered")
                                                    == statistics().getLong("funnel.registered"));
            long registered =
                    new JsonPath(frames.get(frames.size() - 1)).getLong("funnel.registered");

            Upstream.person().publish();
            long published = System.nanoTime();
            await().atMost(Duration.ofSeconds(2))
                    .pollInterval(Duration.ofMillis(20))
                    .until(
                            () ->
                                    new JsonPath(frames.get(frames.size() - 1))
                                                    .getLong("funnel.registered")
                                            == registered + 1);
            System.out.printf(
                    "StatisticsTest: stream showed the new person %d ms after publication%n",
                    (System.nanoTime() - published) / 1_000_000);
        } finally {
            response.body().close();
        }
    }
}
