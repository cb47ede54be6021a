package org.evac.registry.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.registry.person.Persons.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.evac.registry.messaging.Handsets;
import org.evac.registry.messaging.MessageRequests;
import org.evac.registry.person.Persons;
import org.evac.testing.EventPublisher;
import org.evac.testing.SmscControl;
import org.evac.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * Every event type reaches Kafka, and none carries a name, date of birth, document number, phone,
 * email or the text of a message.
 */
@QuarkusTest
class EventPrivacyTest {

    @Test
    @TestSecurity(
            user = "supervisor",
            roles = {"coordinator", "admin"})
    void everyEventTypeReachesKafkaWithoutPersonalData() {
        String family = Persons.uniqueFamilyName();
        String passport = Persons.digits(9);
        String phone = "+9379" + Persons.digits(7);
        String email = family.toLowerCase(Locale.ROOT) + "@example.org";
        Persons head =
                aPerson()
                        .named("Gulalai Sahar", family)
                        .bornOn("1984-07-23")
                        .noDocuments()
                        .withDocument(
                                Map.of(
                                        "type",
                                        "US_PASSPORT",
                                        "issuingCountry",
                                        "USA",
                                        "number",
                                        passport))
                        .noContacts()
                        .withContact("PHONE", phone)
                        .withContact("EMAIL", email);
        String headId = head.create();
        String childId = aPerson().named("Wahid", family).bornOn("2010-03").create();
        String rejectedId = aPerson().named("Nabil", family).bornOn("1991").create();
        String duplicateId =
                aPerson().named("Gulalay Sahar", family).bornOn("1984").noDocuments().create();

        patch(headId, Map.of("departureWish", "WILL_NOT_LEAVE_WITHOUT_FAMILY"));
        String documentId =
                given().get("/api/v1/persons/" + headId).then().extract().path("documents[0].id");
        given().contentType(ContentType.JSON)
                .body(Map.of("evidenceDocumentId", documentId, "reason", "passport seen"))
                .post("/api/v1/persons/" + headId + "/verify")
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("reason", "no evidence of status"))
                .post("/api/v1/persons/" + rejectedId + "/reject")
                .then()
                .statusCode(200);
        String householdId =
                given().contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "headPersonId",
                                        headId,
                                        "members",
                                        List.of(
                                                Map.of(
                                                        "personId",
                                                        childId,
                                                        "relationship",
                                                        "CHILD"))))
                        .post("/api/v1/households")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "outcome", "REACHED", "note", "called " + phone))
                .post("/api/v1/persons/" + headId + "/contact-attempts")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body(Map.of("mergedId", duplicateId, "reason", "same person"))
                .post("/api/v1/persons/" + headId + "/merge")
                .then()
                .statusCode(200);
        // An offer texted to the head and accepted by SMS: the answer travels as ids and intent.
        String code = MessageRequests.replyCode();
        String offerId = java.util.UUID.randomUUID().toString();
        MessageRequests.offer(java.util.UUID.fromString(offerId), code, headId).publish();
        Handsets.texts(phone, 1);
        SmscControl.reply(phone, Handsets.SERVICE_NUMBER, "1 " + code);
        EventPublisher.publish(
                "evac.coordination.events",
                "/departure-coordination",
                "org.evac.coordination.journey.state-changed.v1",
                headId,
                "{\"personId\":\""
                        + headId
                        + "\",\"from\":\"DEPARTED\",\"to\":\"ARRIVED_DOHA\",\"flightId\":null,"
                        + "\"at\":\"2021-08-27T10:00:00Z\",\"reason\":null}");

        Set<String> ours = Set.of(headId, childId, rejectedId, duplicateId, householdId, offerId);
        List<ConsumerRecord<String, byte[]>> records =
                TopicReader.readUntil(
                                EventTypes.TOPIC,
                                Duration.ofSeconds(90),
                                read -> typesOf(read, ours).containsAll(EventTypes.ALL))
                        .stream()
                        .filter(r -> ours.contains(r.key()))
                        .toList();

        List<String> secrets =
                List.of(
                        family,
                        family.toUpperCase(Locale.ROOT),
                        "Gulalai",
                        "Sahar",
                        "Wahid",
                        "Nabil",
                        "1984-07-23",
                        "1 " + code,
                        "2010-03",
                        passport,
                        phone,
                        phone.substring(1),
                        email);
        for (ConsumerRecord<String, byte[]> record : records) {
            String value = new String(record.value(), StandardCharsets.UTF_8);
            StringBuilder headers = new StringBuilder();
            for (Header header : record.headers()) {
                headers.append(header.key())
                        .append('=')
                        .append(new String(header.value(), StandardCharsets.UTF_8))
                        .append('\n');
            }
            for (String secret : secrets) {
                assertThat(value)
                        .as("payload of " + TopicReader.header(record, "ce_type").orElse("?"))
                        .doesNotContain(secret);
                assertThat(headers.toString()).doesNotContain(secret);
            }
        }
        assertThat(typesOf(records, ours)).containsAll(EventTypes.ALL);
    }

    private static Set<String> typesOf(
            List<ConsumerRecord<String, byte[]>> records, Set<String> keys) {
        Set<String> types = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (keys.contains(record.key())) {
                TopicReader.header(record, "ce_type").ifPresent(types::add);
            }
        }
        return types;
    }

    private static void patch(String id, Map<String, Object> changes) {
        String etag = given().get("/api/v1/persons/" + id).then().extract().header("ETag");
        given().contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(changes)
                .patch("/api/v1/persons/" + id)
                .then()
                .statusCode(200);
    }
}
