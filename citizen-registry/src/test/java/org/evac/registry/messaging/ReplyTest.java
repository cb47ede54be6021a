package org.evac.registry.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evac.registry.person.Persons.aPerson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.evac.registry.events.EventTypes;
import org.evac.registry.messaging.reply.Replies;
import org.evac.registry.person.Persons;
import org.evac.testing.SmscControl;
import org.evac.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** Answers texted from handsets through the SMSC simulator, as the persons would type them. */
@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class ReplyTest {

    @Inject Replies replies;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String phone() {
        return "+9379" + Persons.digits(7);
    }

    /** A person with this phone, offered {@code offerId}; returns the person id once texted. */
    private static String offered(String phone, UUID offerId, String code, String language) {
        String personId =
                aPerson()
                        .with("preferredLanguage", language)
                        .noContacts()
                        .withContact("PHONE", phone)
                        .create();
        MessageRequests.offer(offerId, code, personId).publish();
        Handsets.texts(phone, 1);
        return personId;
    }

    private static JsonNode replyEvent(UUID offerId) throws Exception {
        List<ConsumerRecord<String, byte[]>> records =
                TopicReader.readMatching(
                        EventTypes.TOPIC,
                        1,
                        Handsets.PATIENCE,
                        r ->
                                offerId.toString().equals(r.key())
                                        && TopicReader.header(r, "ce_type")
                                                .orElse("")
                                                .equals(EventTypes.REPLY_RECEIVED));
        return JSON.readTree(TopicReader.value(records.get(0)));
    }

    private static Map<String, Object> inboxItemFrom(String phone) {
        return await().atMost(Handsets.PATIENCE)
                .until(
                        () ->
                                given()
                                        .queryParam("size", 200)
                                        .get("/api/v1/message-inbox")
                                        .then()
                                        .statusCode(200)
                                        .extract()
                                        .jsonPath()
                                        .<Map<String, Object>>getList("items")
                                        .stream()
                                        .filter(item -> phone.equals(item.get("from")))
                                        .findFirst()
                                        .orElse(null),
                        item -> item != null);
    }

    @Test
    void oneAndTheCodeAcceptsAndOnlyIdsAndTheIntentTravel() throws Exception {
        String phone = phone();
        UUID offerId = UUID.randomUUID();
        String code = MessageRequests.replyCode();
        String personId = offered(phone, offerId, code, "en");

        SmscControl.reply(phone, Handsets.SERVICE_NUMBER, "1 " + code);

        JsonNode reply = replyEvent(offerId);
        assertThat(reply.get("intent").asText()).isEqualTo("ACCEPT");
        assertThat(reply.get("personId").asText()).isEqualTo(personId);
        assertThat(reply.get("channel").asText()).isEqualTo("SMS");
        assertThat(reply.get("messageId").asText()).isNotBlank();
        assertThat(reply.toString()).doesNotContain(phone.substring(1)).doesNotContain(code);
        await().atMost(Handsets.PATIENCE)
                .untilAsserted(
                        () -> assertThat(Handsets.attemptOutcomes(personId)).contains("REACHED"));
        given().get("/api/v1/persons/" + personId)
                .then()
                .body("lastReachedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void dariYesInPersianDigitsAccepts() throws Exception {
        String phone = phone();
        UUID offerId = UUID.randomUUID();
        String code = "482913";
        offered(phone, offerId, code, "fa-AF");

        SmscControl.reply(phone, Handsets.SERVICE_NUMBER, "بلی ۴۸۲۹۱۳");

        assertThat(replyEvent(offerId).get("intent").asText()).isEqualTo("ACCEPT");
    }

    @Test
    void pashtoYesWithoutCodeAcceptsTheOnlyOpenOfferToThatNumber() throws Exception {
        String phone = phone();
        UUID offerId = UUID.randomUUID();
        offered(phone, offerId, MessageRequests.replyCode(), "ps");

        SmscControl.reply(phone, Handsets.SERVICE_NUMBER, "هو");

        assertThat(replyEvent(offerId).get("intent").asText()).isEqualTo("ACCEPT");
    }

    @Test
    void aDeclineAsksForTheReasonAndForwardsTheOneChosenInArabicIndicDigits() throws Exception {
        String phone = phone();
        UUID offerId = UUID.randomUUID();
        String code = MessageRequests.replyCode();
        offered(phone, offerId, code, "fa-AF");

        SmscControl.reply(phone, Handsets.SERVICE_NUMBER, "نه " + code);
        SmscControl.Sms menu = Handsets.texts(phone, 2).get(1);
        assertThat(menu.text()).startsWith("چرا رد می‌کنید؟");
        SmscControl.reply(phone, Handsets.SERVICE_NUMBER, "١");

        JsonNode reply = replyEvent(offerId);
        assertThat(reply.get("intent").asText()).isEqualTo("DECLINE");
        assertThat(reply.get("declineReason").asText())
                .isEqualTo("WILL_NOT_LEAVE_WITHOUT_NON_ELIGIBLE_FAMILY");
    }

    @Test
    void aDeclineWithoutAReasonInTimeIsForwardedWithReasonOther() throws Exception {
        String phone = phone();
        UUID offerId = UUID.randomUUID();
        String code = MessageRequests.replyCode();
        offered(phone, offerId, code, "en");

        SmscControl.reply(phone, Handsets.SERVICE_NUMBER, "2 " + code);

        JsonNode reply = replyEvent(offerId);
        assertThat(reply.get("intent").asText()).isEqualTo("DECLINE");
        assertThat(reply.get("declineReason").asText()).isEqualTo("OTHER");
    }

    @Test
    void aReplyFromAnotherNumberIsNotAnAnswerAndGoesToTheInbox() {
        String phone = phone();
        String stranger = phone();
        String code = MessageRequests.replyCode();
        offered(phone, UUID.randomUUID(), code, "en");

        SmscControl.reply(stranger, Handsets.SERVICE_NUMBER, "1 " + code);

        Map<String, Object> item = inboxItemFrom(stranger);
        assertThat(item).containsEntry("status", "OPEN").containsEntry("text", "1 " + code);
        assertThat(item.get("note")).asString().contains("this number");
    }

    @Test
    void anUnparsedReplyWaitsInTheInboxToBeAnsweredAndResolved() {
        String phone = phone();
        UUID offerId = UUID.randomUUID();
        String code = MessageRequests.replyCode();
        String personId = offered(phone, offerId, code, "fa-AF");
        String text = "بلی ولی مادرم مریض است " + code;

        SmscControl.reply(phone, Handsets.SERVICE_NUMBER, text);

        Map<String, Object> item = inboxItemFrom(phone);
        assertThat(item)
                .containsEntry("text", text)
                .containsEntry("intent", "UNPARSED")
                .containsEntry("personId", personId);
        String id = (String) item.get("id");
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "We will call you today."))
                .post("/api/v1/message-inbox/" + id + "/answer")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/messages/"));
        assertThat(Handsets.texts(phone, 2).get(1).text())
                .isEqualTo("تیم تخلیه: We will call you today.");
        given().contentType(ContentType.JSON)
                .body(Map.of("resolution", "called back; medical escort arranged"))
                .post("/api/v1/message-inbox/" + id + "/resolution")
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("RESOLVED"))
                .body("resolvedBy", org.hamcrest.Matchers.equalTo("coordinator-ana"));
        given().contentType(ContentType.JSON)
                .body(Map.of("resolution", "again"))
                .post("/api/v1/message-inbox/" + id + "/resolution")
                .then()
                .statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/inbox-message-resolved"));
    }

    @Test
    void stopOptsTheNumberOutUntilStart() {
        String phone = phone();
        String email = "stop." + Persons.digits(6) + "@example.org";
        String personId =
                aPerson()
                        .with("preferredLanguage", "en")
                        .noContacts()
                        .withContact("PHONE", phone)
                        .withContact("EMAIL", email)
                        .create();
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), personId).publish();
        Handsets.texts(phone, 1);

        SmscControl.reply(phone, Handsets.SERVICE_NUMBER, "STOP");

        assertThat(Handsets.texts(phone, 2).get(1).text()).contains("no more text messages");
        await().atMost(Handsets.PATIENCE)
                .untilAsserted(
                        () ->
                                given().get("/api/v1/persons/" + personId + "/messaging")
                                        .then()
                                        .body(
                                                "optedOut[0].address",
                                                org.hamcrest.Matchers.equalTo(phone))
                                        .body(
                                                "addresses.channel",
                                                org.hamcrest.Matchers.contains("EMAIL")));
        assertThat(Handsets.attemptOutcomes(personId)).contains("OPTED_OUT");

        MessageRequests.of("OFFER_EXPIRED").persons(personId).fact("replyCode", "123456").publish();
        assertThat(Handsets.mails(email, 1).get(0).subject())
                .isEqualTo("Your offer of a flight to Doha has ended");
        assertThat(SmscControl.receivedBy(phone)).hasSize(2);

        SmscControl.reply(phone, Handsets.SERVICE_NUMBER, "start");
        assertThat(Handsets.texts(phone, 3).get(2).text()).contains("again");
        given().get("/api/v1/persons/" + personId + "/messaging")
                .then()
                .body("optedOut", org.hamcrest.Matchers.empty())
                .body("addresses[0].channel", org.hamcrest.Matchers.equalTo("SMS"));
    }

    /** A campaign's backlog for a number that sent STOP is not sent when the gateway is back. */
    @Test
    void stopWithdrawsWhatIsStillQueuedForTheNumber() throws InterruptedException {
        String phone = phone();
        String personId =
                aPerson()
                        .with("preferredLanguage", "en")
                        .noContacts()
                        .withContact("PHONE", phone)
                        .create();
        SmscControl.stop();
        try {
            MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), personId)
                    .publish();
            Handsets.awaitStatus(personId, "OFFER_MADE", "QUEUED");
            // The STOP as the gateway hands it over (it cannot reach us while it is away).
            replies.receive(phone, "STOP");
        } finally {
            SmscControl.start();
        }

        Handsets.awaitStatus(personId, "OFFER_MADE", "SKIPPED");
        List<SmscControl.Sms> texts = Handsets.texts(phone, 1);
        assertThat(texts.get(0).text()).contains("no more text messages");
        Thread.sleep(2_000);
        assertThat(SmscControl.receivedBy(phone)).hasSize(1);
    }

    @Test
    void theInboxRefusesUnknownIdsAndBlankAnswers() {
        given().get("/api/v1/message-inbox/" + UUID.randomUUID()).then().statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("text", " "))
                .post("/api/v1/message-inbox/" + UUID.randomUUID() + "/answer")
                .then()
                .statusCode(400);
    }
}
