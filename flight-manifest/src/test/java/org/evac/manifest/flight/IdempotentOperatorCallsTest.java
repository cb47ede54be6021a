package org.evac.manifest.flight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.manifest.support.PassengerBuilder.passenger;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.manifest.support.Auth;
import org.evac.manifest.support.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * An operator's system retries over a bad link: the same Idempotency-Key schedules one flight and
 * submits one manifest revision, and the retry gets the first answer.
 */
@QuarkusTest
class IdempotentOperatorCallsTest {

    @Test
    void aRetriedFlightIsScheduledOnce() {
        String operator = Fixtures.newOperator();
        Map<String, Object> flight =
                Fixtures.flightRequest(
                        operator,
                        Instant.now().plus(Duration.ofHours(9)).truncatedTo(ChronoUnit.MINUTES),
                        180);
        String key = UUID.randomUUID().toString();

        Response first = post("/api/v1/flights", key, flight);
        Response retry = post("/api/v1/flights", key, flight);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    }

    @Test
    void aRetriedManifestIsOneRevisionAndAnotherManifestWithTheKeyIs422() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        Map<String, Object> manifest = Map.of("passengers", List.of(passenger().build()));
        String key = UUID.randomUUID().toString();
        String path = "/api/v1/flights/" + flight + "/manifests";

        Response first = post(path, key, manifest);
        Response retry = post(path, key, manifest);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.asString()).isEqualTo(first.asString());
        List<?> revisions = Auth.coordinator().get(path).then().statusCode(200).extract().path("$");
        assertThat(revisions).hasSize(1);
        post(path, key, Map.of("passengers", List.of(passenger().build(), passenger().build())))
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }

    private static Response post(String path, String key, Map<String, Object> body) {
        return Auth.coordinator()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post(path);
    }
}
