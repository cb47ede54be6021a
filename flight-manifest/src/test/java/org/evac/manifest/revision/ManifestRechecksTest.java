package org.evac.manifest.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evac.manifest.support.PassengerBuilder.passenger;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.evac.infrastructure.events.CloudEventHeaders;
import org.evac.manifest.support.Auth;
import org.evac.manifest.support.Fixtures;
import org.evac.manifest.support.PassengerBuilder;
import org.evac.manifest.support.Upstream;
import org.evac.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * The checks of an open flight's latest revision never go stale: when a seat, registry or flight
 * change alters a result, the report changes, keeps its history, and the change is published.
 */
@QuarkusTest
class ManifestRechecksTest {

    private static final String CHECKS_EVALUATED = "org.evac.manifest.manifest.checks-evaluated.v1";

    @Test
    void aManifestUploadedBeforeItsSeatEventsArriveIsClearedWhenTheyDo() throws Exception {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder line = passenger().familyName("HAIDARI");
        UUID person = Upstream.registerPerson("Haidari", "1985-03-12", line.documentNumber());

        Fixtures.submit(flight, line)
                .statusCode(201)
                .body("passengers[0].results", contains("NOT_ALLOCATED"))
                .body("evaluation", equalTo(1))
                .body("evaluationReason", equalTo("SUBMITTED"));

        Upstream.assignSeats(flight, person);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                checks(flight)
                                        .body("passengers[0].results", contains("CLEARED"))
                                        .body("totals.NOT_ALLOCATED", equalTo(0))
                                        .body("evaluation", equalTo(2))
                                        .body("evaluationReason", equalTo("SEATS_CHANGED"))
                                        .body("seatsAsOf", notNullValue()));
        Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests/latest/checks/evaluations", flight)
                .then()
                .statusCode(200)
                .body("reason", contains("SUBMITTED", "SEATS_CHANGED"))
                .body("totals.NOT_ALLOCATED", contains(1, 0));
        JsonNode published = published(flight);
        assertThat(published.get("evaluation").asInt()).isEqualTo(2);
        assertThat(published.get("reason").asText()).isEqualTo("SEATS_CHANGED");
        assertThat(published.get("manifestedPersonIds").get(0).asText())
                .isEqualTo(person.toString());
        assertThat(published.get("totals").get("CLEARED").asInt()).isOne();
    }

    @Test
    void aPassengerRegisteredAfterTheUploadIsMatchedAndAReleasedSeatIsFlaggedAgain() {
        UUID flight = Fixtures.newFlight(Fixtures.newOperator());
        PassengerBuilder line = passenger().familyName("STANEKZAI");
        Fixtures.submit(flight, line)
                .statusCode(201)
                .body("passengers[0].results", contains("UNREGISTERED"));

        UUID person = Upstream.registerPerson("Stanekzai", "1985-03-12", line.documentNumber());

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                checks(flight)
                                        .body("passengers[0].personId", equalTo(person.toString()))
                                        .body("passengers[0].results", contains("NOT_ALLOCATED"))
                                        .body("evaluationReason", equalTo("REGISTRY_CHANGED"))
                                        .body("registryAsOf", notNullValue()));

        Upstream.assignSeats(flight, person);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> checks(flight).body("passengers[0].results", contains("CLEARED")));
        Upstream.releaseSeats(flight, person);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () ->
                                checks(flight)
                                        .body("passengers[0].results", contains("NOT_ALLOCATED"))
                                        .body("evaluation", equalTo(4)));
    }

    @Test
    void rescheduleAfterAPassportsExpiryFlagsItAtOnce() {
        String operator = Fixtures.newOperator();
        Instant departure = Instant.now().plus(Duration.ofDays(2));
        UUID flight = Fixtures.newFlight(operator, Duration.ofDays(2), 300);
        LocalDate expiry = LocalDate.ofInstant(departure, ZoneOffset.UTC).plusDays(3);
        PassengerBuilder line = passenger().documentExpiry(expiry.toString());
        UUID person =
                Upstream.registerPerson(line.familyName(), line.birthDate(), line.documentNumber());
        Upstream.assignSeats(flight, person);
        Fixtures.submit(flight, line)
                .statusCode(201)
                .body("passengers[0].results", contains("CLEARED"));

        Auth.coordinator()
                .contentType(ContentType.JSON)
                .body(Fixtures.flightRequest(operator, departure.plus(Duration.ofDays(5)), 300))
                .put("/api/v1/flights/{id}", flight)
                .then()
                .statusCode(204);

        checks(flight)
                .body("passengers[0].results", contains("DOCUMENT_EXPIRED"))
                .body("evaluationReason", equalTo("FLIGHT_CHANGED"));
    }

    private static io.restassured.response.ValidatableResponse checks(UUID flight) {
        return Auth.coordinator()
                .get("/api/v1/flights/{id}/manifests/latest/checks", flight)
                .then()
                .statusCode(200);
    }

    private static JsonNode published(UUID flight) throws Exception {
        ConsumerRecord<String, byte[]> record =
                TopicReader.readMatching(
                                "evac.manifest.events",
                                1,
                                Duration.ofSeconds(30),
                                r ->
                                        flight.toString().equals(r.key())
                                                && TopicReader.header(r, CloudEventHeaders.TYPE)
                                                        .filter(CHECKS_EVALUATED::equals)
                                                        .isPresent())
                        .get(0);
        return new ObjectMapper().readTree(record.value());
    }
}
