package org.evac.infrastructure.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.evac.infrastructure.security.Roles;
import org.evac.infrastructure.testapp.Gate;
import org.evac.testing.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    private static final String ENTRY = "{\"sequence\":1,\"kind\":\"CREDIT\"}";

    @Test
    void retryWithTheSameKeyReplaysTheFirstResponseAndHasNoSecondEffect() {
        String account = account();
        String key = UUID.randomUUID().toString();
        Response first = post(as("carla"), account, key, ENTRY);
        Response retry = post(as("carla"), account, key, ENTRY);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(entries(account)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndChangesNothing() {
        String account = account();
        String key = UUID.randomUUID().toString();
        post(as("carla"), account, key, ENTRY).then().statusCode(201);

        post(as("carla"), account, key, "{\"sequence\":2,\"kind\":\"DEBIT\"}")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://evac.example.org/problems/idempotency-key-reused"));
        assertThat(entries(account)).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheFirstIsRunningIs409ThenReplays() throws Exception {
        String account = account();
        String key = UUID.randomUUID().toString();
        String gated = "{account}/entries?gated=true";
        CompletableFuture<Response> running =
                CompletableFuture.supplyAsync(() -> post(as("carla"), gated, account, key, ENTRY));
        Gate.awaitEntered(account);
        post(as("carla"), gated, account, key, ENTRY)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://evac.example.org/problems/idempotency-key-in-use"));
        Gate.open(account);

        Response first = running.get();
        assertThat(first.statusCode()).isEqualTo(201);
        Response replay = post(as("carla"), gated, account, key, ENTRY);
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(entries(account)).isEqualTo(1);
    }

    @Test
    void keysAreScopedToTheCaller() {
        String account = account();
        String key = UUID.randomUUID().toString();
        post(as("carla"), account, key, ENTRY).then().statusCode(201);
        post(as("omar"), account, key, ENTRY)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null);
        assertThat(entries(account)).isEqualTo(2);
    }

    @Test
    void aRefusedRequestIsNotStoredSoItsCorrectedRetryRuns() {
        String account = account();
        String key = UUID.randomUUID().toString();
        post(as("carla"), account, key, "{\"sequence\":0,\"kind\":\"CREDIT\"}")
                .then()
                .statusCode(400);
        post(as("carla"), account, key, ENTRY).then().statusCode(201);
        assertThat(entries(account)).isEqualTo(1);
    }

    @Test
    void anExpiredKeyMayBeUsedAgain() throws Exception {
        // The test application keeps keys for 3 s (evac.idempotency.retention).
        String account = account();
        String key = UUID.randomUUID().toString();
        post(as("carla"), account, key, ENTRY).then().statusCode(201);
        Thread.sleep(Duration.ofMillis(3500).toMillis());
        post(as("carla"), account, key, "{\"sequence\":2,\"kind\":\"DEBIT\"}")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null);
        assertThat(entries(account)).isEqualTo(2);
    }

    @Test
    void anInvalidKeyIs400() {
        post(as("carla"), account(), "has spaces", ENTRY)
                .then()
                .statusCode(400)
                .body("parameter", equalTo("Idempotency-Key"));
    }

    private static Response post(
            RequestSpecification caller, String account, String key, String body) {
        return post(caller, "{account}/entries", account, key, body);
    }

    private static Response post(
            RequestSpecification caller, String path, String account, String key, String body) {
        return caller.header(IdempotencyKeys.HEADER, key)
                .contentType("application/json")
                .body(body)
                .post("/api/v1/ledgers/" + path, account);
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TestTokens.forRoles(user, Roles.COORDINATOR));
    }

    private static long entries(String account) {
        return as("carla")
                .get("/api/v1/ledgers/{account}/entries", account)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("entries");
    }

    private static String account() {
        return "acct-" + UUID.randomUUID();
    }
}
