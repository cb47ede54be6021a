package org.evac.coordination.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.coordination.support.Api.awaitFlight;
import static org.evac.coordination.support.Api.awaitPerson;
import static org.evac.coordination.support.Api.awaitState;
import static org.evac.coordination.support.Api.coordinator;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.evac.coordination.events.CoordinationEvents;
import org.evac.coordination.support.Api;
import org.evac.coordination.support.Upstream;
import org.evac.testing.EventPublisher;
import org.evac.testing.TopicReader;
import org.junit.jupiter.api.Test;

/**
 * Coordination's half of the messaging channel: what it asks the registry to write, and SMS answers
 * (the registry's reply events) changing offers exactly as a coordinator would.
 */
@QuarkusTest
class MessagingTest {

    record Household(UUID householdId, UUID head, UUID child) {}

    private static Household household() {
        UUID householdId = UUID.randomUUID();
        UUID head = Upstream.person().household(householdId).publish();
        UUID child =
                Upstream.person().household(householdId).category("IMMEDIATE_RELATIVE").publish();
        awaitPerson(head);
        awaitPerson(child);
        return new Household(householdId, head, child);
    }

    private static JsonNode offer(
            String recipient, UUID id, String channel, OffsetDateTime respondBy) {
        return coordinator()
                .body(
                        Map.of(
                                recipient,
                                id.toString(),
                                "channel",
                                channel,
                                "respondBy",
                                respondBy.toString()))
                .post("/api/v1/offers")
                .then()
                .statusCode(201)
                .extract()
                .as(JsonNode.class);
    }

    private static OffsetDateTime inHours(int hours) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusHours(hours).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The registry's event for an SMS answer, as its outbox relay publishes it. */
    static UUID reply(String offerId, UUID personId, String intent, String reason) {
        UUID messageId = UUID.randomUUID();
        EventPublisher.publish(
                Upstream.REGISTRY_TOPIC,
                "/citizen-registry",
                "org.evac.registry.reply.received.v1",
                offerId,
                """
                {"messageId":"%s","offerId":"%s","personId":"%s","intent":"%s","declineReason":%s,
                 "channel":"SMS","receivedAt":"%s"}"""
                        .formatted(
                                messageId,
                                offerId,
                                personId,
                                intent,
                                reason == null ? "null" : "\"" + reason + "\"",
                                OffsetDateTime.now(ZoneOffset.UTC)));
        return messageId;
    }

    @Test
    void anSmsOfferAsksTheRegistryToWriteWithTheReplyCodeOnItsOwnTopicOnly() {
        Household family = household();
        JsonNode offer = offer("householdId", family.householdId(), "SMS", inHours(6));
        String offerId = offer.get("offerId").asText();
        String code = offer.get("replyCode").asText();
        assertThat(code).matches("[1-9][0-9]{5}");

        JsonNode request = MessageRequestsOnTopic.await(offerId, "OFFER_MADE");
        assertThat(request.get("householdId").asText()).isEqualTo(family.householdId().toString());
        assertThat(request.get("personIds"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(family.head().toString(), family.child().toString());
        assertThat(request.get("channel").asText()).isEqualTo("SMS");
        assertThat(request.at("/facts/replyCode").asText()).isEqualTo(code);
        assertThat(OffsetDateTime.parse(request.at("/facts/respondBy").asText()))
                .isEqualTo(OffsetDateTime.parse(offer.get("respondBy").asText()));

        List<ConsumerRecord<String, byte[]>> general =
                TopicReader.readMatching(
                        CoordinationEvents.TOPIC, 1, Api.PATIENCE, r -> offerId.equals(r.key()));
        assertThat(TopicReader.value(general.get(0))).doesNotContain(code);
    }

    @Test
    void anOfferMadeByPhoneAsksForNoMessage() {
        UUID byPhone = Upstream.person().publish();
        UUID bySms = Upstream.person().publish();
        awaitPerson(byPhone);
        awaitPerson(bySms);
        String phoneOffer = offer("personId", byPhone, "PHONE", inHours(6)).get("offerId").asText();
        String smsOffer = offer("personId", bySms, "SMS", inHours(6)).get("offerId").asText();

        assertThat(MessageRequestsOnTopic.keysUntil(smsOffer)).doesNotContain(phoneOffer);
    }

    @Test
    void anSmsAcceptanceOfAHouseholdOfferIsRecordedAsACoordinatorWouldAndSeatAllocationUsesIt() {
        Household family = household();
        UUID flight = Upstream.flight().reserved(200).publish();
        awaitFlight(flight, 200);
        String offerId =
                offer("householdId", family.householdId(), "SMS", inHours(6))
                        .get("offerId")
                        .asText();

        UUID messageId = reply(offerId, family.head(), "ACCEPT", null);

        awaitState(family.head(), "ACCEPTED");
        awaitState(family.child(), "ACCEPTED");
        coordinator()
                .get("/api/v1/offers/{id}", offerId)
                .then()
                .body("status", org.hamcrest.Matchers.equalTo("ACCEPTED"))
                .body("decidedBy", org.hamcrest.Matchers.equalTo("reply"));
        JsonNode journey =
                coordinator()
                        .get("/api/v1/journeys/{id}", family.child())
                        .then()
                        .extract()
                        .as(JsonNode.class);
        JsonNode last = journey.get("history").get(journey.get("history").size() - 1);
        assertThat(last.get("to").asText()).isEqualTo("ACCEPTED");
        assertThat(last.get("actor").asText()).isEqualTo("reply");
        assertThat(last.get("sourceEvent").asText()).isEqualTo("reply " + messageId);

        JsonNode confirmation = MessageRequestsOnTopic.await(offerId, "ANSWER_RECORDED");
        assertThat(confirmation.get("inReplyTo").asText()).isEqualTo(messageId.toString());
        assertThat(confirmation.at("/facts/answer").asText()).isEqualTo("ACCEPTED");

        Api.allocate(flight).statusCode(200);
        awaitState(family.head(), "SEAT_ASSIGNED");
        awaitState(family.child(), "SEAT_ASSIGNED");
        JsonNode seat =
                MessageRequestsOnTopic.await(family.householdId().toString(), "SEAT_ASSIGNED");
        assertThat(seat.at("/facts/flightNumber").asText()).startsWith("QR");
        assertThat(seat.at("/facts/meetingPoint").asText()).contains("Serena");
        assertThat(OffsetDateTime.parse(seat.at("/facts/meetBy").asText()))
                .isEqualTo(
                        OffsetDateTime.parse(seat.at("/facts/departureAt").asText()).minusHours(3));
    }

    @Test
    void anSmsDeclineWithAReasonIsRecordedWithThatReason() {
        UUID person = Upstream.person().publish();
        awaitPerson(person);
        String offerId = offer("personId", person, "SMS", inHours(6)).get("offerId").asText();

        UUID messageId = reply(offerId, person, "DECLINE", "WANTS_LATER_DATE");

        awaitState(person, "DECLINED");
        coordinator()
                .get("/api/v1/offers/{id}", offerId)
                .then()
                .body("declineReason", org.hamcrest.Matchers.equalTo("WANTS_LATER_DATE"))
                .body("decidedBy", org.hamcrest.Matchers.equalTo("reply"));
        JsonNode journey =
                coordinator()
                        .get("/api/v1/journeys/{id}", person)
                        .then()
                        .extract()
                        .as(JsonNode.class);
        JsonNode last = journey.get("history").get(journey.get("history").size() - 1);
        assertThat(last.get("sourceEvent").asText()).isEqualTo("reply " + messageId);
        assertThat(
                        MessageRequestsOnTopic.await(offerId, "ANSWER_RECORDED")
                                .at("/facts/answer")
                                .asText())
                .isEqualTo("DECLINED");
    }

    @Test
    void anAnswerToAClosedOfferChangesNothingAndTheSenderIsToldItCameTooLate() {
        UUID person = Upstream.person().publish();
        awaitPerson(person);
        String offerId = offer("personId", person, "SMS", inHours(6)).get("offerId").asText();
        coordinator()
                .body(Map.of("reason", "gate closed"))
                .post("/api/v1/offers/{id}/withdrawal", offerId)
                .then()
                .statusCode(200);

        UUID messageId = reply(offerId, person, "ACCEPT", null);

        JsonNode tooLate = MessageRequestsOnTopic.await(offerId, "ANSWER_TOO_LATE");
        assertThat(tooLate.get("inReplyTo").asText()).isEqualTo(messageId.toString());
        assertThat(Api.state(person)).isEqualTo("NOT_OFFERED");
        coordinator()
                .get("/api/v1/offers/{id}", offerId)
                .then()
                .body("status", org.hamcrest.Matchers.equalTo("WITHDRAWN"));
    }

    @Test
    void anUnansweredOfferIsRemindedBeforeItsDeadlineOnceAndItsExpiryIsWrittenToo() {
        UUID person = Upstream.person().publish();
        awaitPerson(person);
        // reminder-before is 4 s in tests: the reminder comes about 4 s after the offer.
        String offerId =
                offer(
                                "personId",
                                person,
                                "EMAIL",
                                OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(8))
                        .get("offerId")
                        .asText();

        JsonNode reminder = MessageRequestsOnTopic.await(offerId, "OFFER_REMINDER");
        assertThat(reminder.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(reminder.at("/facts/replyCode").asText()).matches("[0-9]{6}");
        MessageRequestsOnTopic.await(offerId, "OFFER_EXPIRED");
        assertThat(MessageRequestsOnTopic.requests(offerId, "OFFER_REMINDER", 1)).hasSize(1);
    }

    @Test
    void passengersAreToldOfADelayACancellationAndTheirArrival() {
        Household family = household();
        UUID flight = Upstream.flight().reserved(50).publish();
        awaitFlight(flight, 50);
        String offerId =
                coordinator()
                        .body(
                                Map.of(
                                        "householdId",
                                        family.householdId().toString(),
                                        "channel",
                                        "SMS",
                                        "respondBy",
                                        inHours(6).toString(),
                                        "holdFlightId",
                                        flight.toString()))
                        .post("/api/v1/offers")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("offerId");
        reply(offerId, family.head(), "ACCEPT", null);
        awaitState(family.head(), "SEAT_ASSIGNED");
        String key = family.householdId().toString();
        MessageRequestsOnTopic.await(key, "SEAT_ASSIGNED");

        OffsetDateTime later =
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).truncatedTo(ChronoUnit.SECONDS);
        Upstream.flight()
                .id(flight)
                .reserved(50)
                .departingInMinutes(3 * 24 * 60)
                .status("DELAYED")
                .publishAs("org.evac.manifest.flight.updated.v1");
        JsonNode delayed = MessageRequestsOnTopic.await(key, "FLIGHT_DELAYED");
        assertThat(OffsetDateTime.parse(delayed.at("/facts/departureAt").asText()))
                .isCloseTo(later, org.assertj.core.api.Assertions.within(2, ChronoUnit.MINUTES));

        Upstream.manifest(flight, 1, List.of(family.head(), family.child()));
        awaitState(family.head(), "MANIFESTED");
        Upstream.flight().id(flight).reserved(50).status("CANCELLED").publish();
        awaitState(family.head(), "ACCEPTED");
        assertThat(
                        MessageRequestsOnTopic.await(key, "FLIGHT_CANCELLED")
                                .at("/facts/flightNumber")
                                .asText())
                .startsWith("QR");
    }

    @Test
    void arrivalInDohaIsAWelcome() {
        var traveller = org.evac.coordination.support.Journeys.at("ARRIVED_DOHA");
        JsonNode welcome =
                MessageRequestsOnTopic.await(traveller.personId().toString(), "ARRIVED_DOHA");
        assertThat(welcome.get("personIds").get(0).asText())
                .isEqualTo(traveller.personId().toString());
    }
}
