package org.evac.registry.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.registry.person.Persons.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.evac.registry.person.Persons;
import org.evac.testing.MailControl;
import org.evac.testing.SmscControl;
import org.junit.jupiter.api.Test;

/** Messages mailed through the real SMTP server (GreenMail), read back as a mail client would. */
@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class EmailDeliveryTest {

    private static String email() {
        return "m" + Persons.digits(8) + "@example.org";
    }

    @Test
    void aPashtoSeatMessageHasATextAndARightToLeftHtmlPart() {
        String email = email();
        String personId =
                aPerson()
                        .with("preferredLanguage", "ps")
                        .noContacts()
                        .withContact("EMAIL", email)
                        .create();
        MessageRequests.of("SEAT_ASSIGNED")
                .persons(personId)
                .fact("flightNumber", "QR8012")
                .fact("departureAt", "2031-08-26T04:30:00Z")
                .fact("meetBy", "2031-08-26T01:30:00Z")
                .fact("meetingPoint", "Serena Hotel car park")
                .publish();

        MailControl.Mail mail = Handsets.mails(email, 1).get(0);
        assertThat(mail.subject()).isEqualTo("په الوتنه QR8012 کې ستاسو څوکۍ");
        // 04:30 UTC is 09:00 in Kabul; the meeting at 01:30 UTC is 06:00.
        assertThat(mail.text()).contains("QR8012").contains("09:00").contains("06:00");
        assertThat(mail.text()).contains("Serena Hotel car park");
        assertThat(mail.html())
                .contains("<html lang=\"ps\" dir=\"rtl\">")
                .contains("text-align: right")
                .contains("<p dir=\"rtl\">");
        Map<String, Object> message = Handsets.awaitStatus(personId, "SEAT_ASSIGNED", "SUBMITTED");
        assertThat(mail.messageId()).isEqualTo("<" + message.get("id") + "@evac.example.org>");
    }

    @Test
    void dariIsRightToLeftAndEnglishLeftToRight() {
        String dari = email();
        String english = email();
        String fa =
                aPerson()
                        .with("preferredLanguage", "fa-AF")
                        .noContacts()
                        .withContact("EMAIL", dari)
                        .create();
        String en =
                aPerson()
                        .with("preferredLanguage", "en")
                        .noContacts()
                        .withContact("EMAIL", english)
                        .create();
        MessageRequests.of("ARRIVED_DOHA").persons(fa).publish();
        MessageRequests.of("ARRIVED_DOHA").persons(en).publish();

        MailControl.Mail dariMail = Handsets.mails(dari, 1).get(0);
        assertThat(dariMail.subject()).isEqualTo("به دوحه خوش آمدید");
        assertThat(dariMail.html()).contains("dir=\"rtl\"").contains("lang=\"fa-AF\"");
        MailControl.Mail englishMail = Handsets.mails(english, 1).get(0);
        assertThat(englishMail.subject()).isEqualTo("Welcome to Doha");
        assertThat(englishMail.html()).contains("dir=\"ltr\"").doesNotContain("dir=\"rtl\"");
        assertThat(englishMail.text())
                .contains("-- ")
                .contains("Evacuation task force for US citizens");
    }

    @Test
    void aPreferenceForEmailIsHonouredOverThePhone() {
        String email = email();
        String phone = "+9378" + Persons.digits(7);
        String personId =
                aPerson()
                        .with("preferredLanguage", "en")
                        .noContacts()
                        .withContact("PHONE", phone)
                        .withContact("EMAIL", email)
                        .create();
        given().contentType(ContentType.JSON)
                .body(Map.of("preferredChannel", "EMAIL"))
                .put("/api/v1/persons/" + personId + "/messaging")
                .then()
                .statusCode(204);

        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), personId).publish();

        assertThat(Handsets.mails(email, 1).get(0).text()).contains("text 1 ");
        assertThat(SmscControl.receivedBy(phone)).isEmpty();
        given().get("/api/v1/persons/" + personId + "/messaging")
                .then()
                .body("preferredChannel", org.hamcrest.Matchers.equalTo("EMAIL"))
                .body("addresses.channel", org.hamcrest.Matchers.contains("EMAIL", "SMS"));
    }

    @Test
    void anEmailOfferNamesTheChannelTheCoordinatorChose() {
        String email = email();
        String phone = "+9378" + Persons.digits(7);
        String personId =
                aPerson()
                        .with("preferredLanguage", "en")
                        .noContacts()
                        .withContact("PHONE", phone)
                        .withContact("EMAIL", email)
                        .create();
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), personId)
                .channel("EMAIL")
                .publish();

        assertThat(Handsets.mails(email, 1)).hasSize(1);
        assertThat(SmscControl.receivedBy(phone)).isEmpty();
    }
}
