package org.evac.registry.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evac.registry.person.Persons.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.registry.person.Persons;
import org.evac.testing.SmscControl;
import org.junit.jupiter.api.Test;

/** Offers texted through the real SMSC simulator, in each language, with delivery receipts. */
@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class SmsDeliveryTest {

    private static String phone() {
        return "+9370" + Persons.digits(7);
    }

    @Test
    void aDariOfferArrivesAsConcatenatedUcs2WithTheReplyCodeInLatinDigitsAndKabulTime() {
        String phone = phone();
        String personId =
                aPerson()
                        .with("preferredLanguage", "fa-AF")
                        .noContacts()
                        .withContact("PHONE", phone)
                        .create();
        String code = MessageRequests.replyCode();
        MessageRequests.offer(UUID.randomUUID(), code, personId)
                .fact("respondBy", "2031-08-20T18:00:00Z")
                .publish();

        SmscControl.Sms sms = Handsets.texts(phone, 1).get(0);
        assertThat(sms.coding()).isEqualTo("UCS2");
        assertThat(sms.segments()).isGreaterThan(1);
        assertThat(sms.text())
                .contains("تیم تخلیه")
                .contains("1 " + code)
                .contains("2 " + code)
                // 18:00 UTC is 22:30 in Kabul (UTC+4:30), with the Dari names of day and month.
                .contains("22:30")
                .contains("اگست");
        assertThat(sms.clientReference()).isNotBlank();
        assertThat(sms.from()).isEqualTo(Handsets.SERVICE_NUMBER);
    }

    @Test
    void aPashtoOfferIsUcs2AndAnEnglishOneFitsGsm7() {
        String pashto = phone();
        String english = phone();
        String ps =
                aPerson()
                        .with("preferredLanguage", "ps")
                        .noContacts()
                        .withContact("PHONE", pashto)
                        .create();
        String en =
                aPerson()
                        .with("preferredLanguage", "en")
                        .noContacts()
                        .withContact("SMS", english)
                        .create();
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), ps).publish();
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), en).publish();

        SmscControl.Sms pashtoSms = Handsets.texts(pashto, 1).get(0);
        assertThat(pashtoSms.coding()).isEqualTo("UCS2");
        assertThat(pashtoSms.text()).contains("د ایستلو ټیم").contains("د کابل");
        SmscControl.Sms englishSms = Handsets.texts(english, 1).get(0);
        assertThat(englishSms.coding()).isEqualTo("GSM7");
        assertThat(englishSms.text()).startsWith("Evacuation task force:").contains("Kabul time");
    }

    @Test
    void aDeliveryReceiptMarksTheMessageDeliveredAndEveryStepIsAContactAttempt() {
        String phone = phone();
        String personId = aPerson().noContacts().withContact("PHONE", phone).create();
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), personId).publish();

        Map<String, Object> message = Handsets.awaitStatus(personId, "OFFER_MADE", "DELIVERED");
        assertThat(message).containsEntry("channel", "SMS").containsEntry("address", phone);
        await().atMost(Handsets.PATIENCE)
                .untilAsserted(
                        () ->
                                assertThat(Handsets.attemptOutcomes(personId))
                                        .containsExactly("DELIVERED", "SENT"));
        // A delivered message is not a person reached: only an answer is.
        given().get("/api/v1/persons/" + personId)
                .then()
                .statusCode(200)
                .body("lastReachedAt", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anUndeliverableSmsFailsAndTheMessageFallsBackToEmail() {
        String phone = phone();
        String email = "fallback." + Persons.digits(6) + "@example.org";
        SmscControl.fate(phone, "UNDELIVERABLE");
        String personId =
                aPerson()
                        .with("preferredLanguage", "en")
                        .noContacts()
                        .withContact("PHONE", phone)
                        .withContact("EMAIL", email)
                        .create();
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), personId).publish();

        await().atMost(Handsets.PATIENCE)
                .untilAsserted(
                        () ->
                                assertThat(Handsets.messagesOf(personId))
                                        .extracting(m -> m.get("channel") + " " + m.get("status"))
                                        .containsExactly("EMAIL SUBMITTED", "SMS FAILED"));
        assertThat(Handsets.mails(email, 1).get(0).subject())
                .isEqualTo("Offer of a seat on a flight from Kabul to Doha");
        assertThat(Handsets.attemptOutcomes(personId)).contains("NOT_DELIVERED", "SENT");
    }

    @Test
    void anExpiredReceiptMarksTheMessageExpired() {
        String phone = phone();
        SmscControl.fate(phone, "EXPIRED");
        String personId = aPerson().noContacts().withContact("PHONE", phone).create();
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), personId).publish();

        Map<String, Object> message = Handsets.awaitStatus(personId, "OFFER_MADE", "EXPIRED");
        assertThat(message.get("error")).asString().contains("expired");
    }

    @Test
    void aNumberTheGatewayRefusesFailsAtOnceWithoutRetries() {
        String phone = phone();
        SmscControl.fate(phone, "REJECTED");
        String personId = aPerson().noContacts().withContact("PHONE", phone).create();
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), personId).publish();

        Map<String, Object> message = Handsets.awaitStatus(personId, "OFFER_MADE", "FAILED");
        assertThat(message).containsEntry("attempts", 1);
        assertThat(message.get("error")).asString().contains("0xb");
        assertThat(SmscControl.receivedBy(phone)).isEmpty();
    }

    @Test
    void aPersonWithoutPhoneOrEmailGetsNothingAndTheMessageSaysWhy() {
        String personId = aPerson().noContacts().create();
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), personId).publish();

        Map<String, Object> message = Handsets.awaitStatus(personId, "OFFER_MADE", "SKIPPED");
        assertThat(message.get("error")).asString().contains("no SMS or email address");
        assertThat(message).doesNotContainKey("address");
    }

    @Test
    void aHouseholdOfferGoesToTheHeadOnly() {
        String family = Persons.uniqueFamilyName();
        String headPhone = phone();
        String spousePhone = phone();
        String head =
                aPerson()
                        .named("Ahmad", family)
                        .noContacts()
                        .withContact("PHONE", headPhone)
                        .create();
        String spouse =
                aPerson()
                        .named("Marzia", family)
                        .noContacts()
                        .withContact("PHONE", spousePhone)
                        .create();
        String householdId = household(head, List.of(spouse));
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), head, spouse)
                .household(householdId)
                .publish();

        SmscControl.Sms sms = Handsets.texts(headPhone, 1).get(0);
        assertThat(sms.text()).contains("(2 نفر)");
        Handsets.awaitStatus(head, "OFFER_MADE", "DELIVERED");
        assertThat(Handsets.messagesOf(spouse)).isEmpty();
        assertThat(SmscControl.receivedBy(spousePhone)).isEmpty();
    }

    @Test
    void whenTheHeadHasNoNumberTheFirstAdultWithOneIsWrittenTo() {
        String family = Persons.uniqueFamilyName();
        String spousePhone = phone();
        String head = aPerson().named("Ahmad", family).noContacts().create();
        String child =
                aPerson()
                        .named("Yasin", family)
                        .bornOn("2015-06-20")
                        .noContacts()
                        .withContact("PHONE", phone())
                        .create();
        String spouse =
                aPerson()
                        .named("Marzia", family)
                        .noContacts()
                        .withContact("PHONE", spousePhone)
                        .create();
        String householdId = household(head, List.of(child, spouse));
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), head, child, spouse)
                .household(householdId)
                .publish();

        assertThat(Handsets.texts(spousePhone, 1)).hasSize(1);
        assertThat(Handsets.messagesOf(child)).isEmpty();
    }

    @Test
    void theLinkIsKeptAliveWithEnquireLink() {
        long before = SmscControl.enquireLinks();
        await().atMost(Handsets.PATIENCE).until(() -> SmscControl.enquireLinks() > before);
    }

    static String household(String head, List<String> members) {
        return given().contentType("application/json")
                .body(
                        Map.of(
                                "headPersonId",
                                head,
                                "members",
                                members.stream()
                                        .map(id -> Map.of("personId", id, "relationship", "OTHER"))
                                        .toList()))
                .post("/api/v1/households")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
