package org.evac.coordination.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.coordination.support.Api.awaitPerson;
import static org.evac.coordination.support.Api.coordinator;
import static org.evac.coordination.support.Api.offerPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.evac.coordination.support.Upstream;
import org.junit.jupiter.api.Test;

/** A coordinator's retry over a bad link makes one offer and one acceptance, never two. */
@QuarkusTest
class IdempotentOffersTest {

    @Test
    void aRetriedOfferIsMadeOnceAndAnsweredAsTheFirstTime() {
        UUID person = Upstream.person().publish();
        awaitPerson(person);
        String key = UUID.randomUUID().toString();
        Map<String, Object> offer =
                Map.of(
                        "personId",
                        person.toString(),
                        "channel",
                        "PHONE",
                        "respondBy",
                        OffsetDateTime.now(ZoneOffset.UTC).plusHours(6).toString());

        Response first =
                coordinator().header("Idempotency-Key", key).body(offer).post("/api/v1/offers");
        Response retry =
                coordinator().header("Idempotency-Key", key).body(offer).post("/api/v1/offers");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.jsonPath().getString("offerId"))
                .isEqualTo(first.jsonPath().getString("offerId"));
        // Without the key the same offer is a second, refused attempt: one offer is open.
        coordinator().body(offer).post("/api/v1/offers").then().statusCode(409);
    }

    @Test
    void aRetriedAcceptanceIsReplayedAndAnotherBodyWithTheKeyIs422() {
        UUID person = Upstream.person().publish();
        awaitPerson(person);
        String offerId = offerPerson(person);
        String key = UUID.randomUUID().toString();
        Map<String, Object> accept = Map.of("stayingBehindIds", java.util.List.of());

        Response first =
                coordinator()
                        .header("Idempotency-Key", key)
                        .body(accept)
                        .post("/api/v1/offers/{id}/acceptance", offerId);
        Response retry =
                coordinator()
                        .header("Idempotency-Key", key)
                        .body(accept)
                        .post("/api/v1/offers/{id}/acceptance", offerId);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.asString()).isEqualTo(first.asString());
        coordinator()
                .header("Idempotency-Key", key)
                .body(Map.of("stayingBehindIds", java.util.List.of(UUID.randomUUID().toString())))
                .post("/api/v1/offers/{id}/acceptance", offerId)
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }
}
