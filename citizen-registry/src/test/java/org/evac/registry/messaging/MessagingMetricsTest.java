package org.evac.registry.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evac.registry.person.Persons.aPerson;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.UUID;
import org.evac.registry.person.Persons;
import org.evac.testing.SmscControl;
import org.junit.jupiter.api.Test;

/** The messaging counters on {@code /q/metrics}, as the operators' Prometheus scrapes them. */
@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class MessagingMetricsTest {

    @Test
    void anOfferDeliveredAndAStopAreCounted() {
        String before = scrape();
        String phone = "+9379" + Persons.digits(7);
        String personId = aPerson().noContacts().withContact("PHONE", phone).create();
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), personId).publish();
        Handsets.awaitStatus(personId, "OFFER_MADE", "DELIVERED");
        SmscControl.reply(phone, Handsets.SERVICE_NUMBER, "STOP");
        Handsets.texts(phone, 2);

        // Other tests' messages may be counted meanwhile: each counter grew at least by ours.
        await().atMost(Handsets.PATIENCE)
                .untilAsserted(
                        () -> {
                            String after = scrape();
                            assertGrew(before, after, "evac_messages_queued_total", "SMS", 2);
                            assertGrew(before, after, "evac_messages_submitted_total", "SMS", 2);
                            assertGrew(before, after, "evac_messages_delivered_total", "SMS", 1);
                            assertGrew(before, after, "evac_messages_replies_total", "STOP", 1);
                            assertGrew(before, after, "evac_messages_opt_outs_total", null, 1);
                        });
        assertThat(scrape()).contains("evac_messages_pending ");
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static void assertGrew(
            String before, String after, String name, String label, double atLeast) {
        assertThat(value(after, name, label) - value(before, name, label))
                .as("%s{%s}", name, label)
                .isGreaterThanOrEqualTo(atLeast);
    }

    /** The sample of {@code name} whose labels include {@code label} (any, if null); 0 if none. */
    private static double value(String exposition, String name, String label) {
        return exposition
                .lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> label == null || line.contains("=\"" + label + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
