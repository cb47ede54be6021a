package org.evac.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evac.registry.person.Persons.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evac.registry.person.Persons;
import org.evac.testing.SmscControl;
import org.junit.jupiter.api.Test;

/** The send queue loses nothing and sends nothing twice when the gateway or the service fails. */
@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class GatewayOutageTest {

    @Inject EntityManager entityManager;

    @Test
    void aGatewayOutageMidCampaignLosesNothingAndSendsNothingTwice() throws Exception {
        List<String> phones = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String phone = "+9377" + Persons.digits(7);
            phones.add(phone);
            persons.add(
                    aPerson()
                            .with("preferredLanguage", i % 2 == 0 ? "fa-AF" : "en")
                            .noContacts()
                            .withContact("PHONE", phone)
                            .create());
        }
        int half = persons.size() / 2;
        for (String person : persons.subList(0, half)) {
            MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), person).publish();
        }
        await().atMost(Handsets.PATIENCE).until(() -> received(phones) >= 3);

        SmscControl.stop();
        try {
            // The rest of the campaign is asked for while the gateway is away, and the outage lasts
            // past several reconnect attempts; what was in flight is retried.
            for (String person : persons.subList(half, persons.size())) {
                MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), person)
                        .publish();
            }
            Thread.sleep(4_000);
            assertThat(received(phones)).isLessThanOrEqualTo(half);
        } finally {
            SmscControl.start();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> received(phones) == phones.size());
        for (String phone : phones) {
            assertThat(SmscControl.receivedBy(phone)).as(phone).hasSize(1);
        }
        for (String person : persons) {
            Handsets.awaitStatus(person, "OFFER_MADE", "DELIVERED");
        }
        // Nothing arrives late as a second copy either.
        Thread.sleep(2_000);
        assertThat(received(phones)).isEqualTo(phones.size());
    }

    @Test
    void aCrashBetweenSubmitAndBookkeepingResubmitsUnderTheSameIdAndTheHandsetGetsItOnce() {
        String phone = "+9376" + Persons.digits(7);
        String person =
                aPerson()
                        .with("preferredLanguage", "fa-AF")
                        .noContacts()
                        .withContact("PHONE", phone)
                        .create();
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), person).publish();
        Map<String, Object> sent = Handsets.awaitStatus(person, "OFFER_MADE", "DELIVERED");
        long duplicatesBefore = SmscControl.duplicateSubmits();

        // What a crash right after submit_sm_resp leaves: claimed, lease run out, nothing recorded.
        UUID messageId = UUID.fromString((String) sent.get("id"));
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            entityManager
                                    .createNativeQuery(
                                            "delete from message_segment where message_id = ?1")
                                    .setParameter(1, messageId)
                                    .executeUpdate();
                            entityManager
                                    .createNativeQuery(
                                            """
                                    update message set status = 'SUBMITTING', submitted_at = null,
                                      finished_at = null, lease_until = now() - interval '1 second'
                                    where id = ?1""")
                                    .setParameter(1, messageId)
                                    .executeUpdate();
                        });

        Map<String, Object> again = Handsets.awaitStatus(person, "OFFER_MADE", "DELIVERED");
        assertThat(again).containsEntry("attempts", 2);
        assertThat(SmscControl.duplicateSubmits()).isGreaterThan(duplicatesBefore);
        assertThat(SmscControl.receivedBy(phone)).hasSize(1);
    }

    private static int received(List<String> phones) {
        int total = 0;
        for (String phone : phones) {
            total += SmscControl.receivedBy(phone).size();
        }
        return total;
    }
}
