package org.evac.registry.fingerprint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evac.registry.person.Persons.aPerson;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.evac.infrastructure.identity.FingerprintKey;
import org.evac.infrastructure.identity.IdentityFingerprints;
import org.evac.registry.events.EventTypes;
import org.evac.registry.person.Persons;
import org.evac.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * Step 3 of the rotation runbook: with the new key current (the tests run with k1 current and k0
 * previous), the registry republishes the persons published under the previous key and scheme
 * through the admin API, and their new events carry fingerprints under the new key and scheme, with
 * the same version.
 */
@QuarkusTest
@TestSecurity(user = "admin-omar", roles = "admin")
class FingerprintRotationTest {

    @Inject EntityManager entityManager;
    @Inject ObjectMapper mapper;
    @Inject IdentityFingerprints fingerprints;

    @Test
    void republishesPersonsPublishedUnderThePreviousKeyUnderTheCurrentOne() throws Exception {
        Persons first = aPerson().named("Ahmad", "Ahmad Zai");
        Persons second = aPerson();
        List<String> ids = List.of(first.create(), second.create());
        // As the release before the rotation published them: key k0, the first scheme.
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                entityManager
                                        .createNativeQuery(
                                                "update person set fingerprint_key = 'k0', fingerprint_scheme = 1"
                                                        + " where id in (?1, ?2)")
                                        .setParameter(1, UUID.fromString(ids.get(0)))
                                        .setParameter(2, UUID.fromString(ids.get(1)))
                                        .executeUpdate());
        given().get("/api/v1/admin/fingerprints")
                .then()
                .statusCode(200)
                .body("currentKeyId", equalTo("k1"))
                .body("acceptedKeyIds", equalTo(List.of("k1", "k0")))
                .body("scheme", equalTo(2))
                .body("persons.'k0/scheme-1'", equalTo(2));

        given().post("/api/v1/admin/fingerprints/republish").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                given().get("/api/v1/admin/fingerprints")
                                                .then()
                                                .extract()
                                                .path("lastRun.finishedAt")
                                        != null);
        given().get("/api/v1/admin/fingerprints")
                .then()
                .body("persons.'k0/scheme-1'", equalTo(null))
                .body("lastRun.republished", greaterThanOrEqualTo(2))
                .body("persons.keySet()", hasItems("k1/scheme-2"));

        FingerprintKey k1 = fingerprints.current();
        List<ConsumerRecord<String, byte[]>> updates =
                TopicReader.readMatching(
                        EventTypes.TOPIC,
                        2,
                        Duration.ofSeconds(60),
                        r ->
                                ids.contains(r.key())
                                        && TopicReader.header(r, "ce_type")
                                                .orElse("")
                                                .equals(EventTypes.PERSON_UPDATED));
        for (ConsumerRecord<String, byte[]> update : updates) {
            JsonNode snapshot = mapper.readTree(TopicReader.value(update));
            JsonNode prints = snapshot.get("fingerprints");
            Persons person = update.key().equals(ids.get(0)) ? first : second;
            Map<String, Object> document = person.firstDocument();
            assertThat(snapshot.get("version").asInt()).isZero();
            assertThat(prints.get("keyId").asText()).isEqualTo("k1");
            assertThat(prints.get("scheme").asInt()).isEqualTo(2);
            assertThat(prints.get("familyName").asText())
                    .isEqualTo(k1.familyName(person.familyName(), 2));
            assertThat(prints.get("birthDate").asText()).isEqualTo(k1.birthDate("1986-04-17"));
            assertThat(prints.at("/documents/0/fingerprint").asText())
                    .isEqualTo(
                            k1.document("US_PASSPORT", "USA", document.get("number").toString()));
        }
    }
}
