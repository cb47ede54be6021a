package org.evac.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.registry.person.Persons.aPerson;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;
import org.evac.registry.person.Persons;
import org.junit.jupiter.api.Test;

/** Message texts are kept only as long as evac.messaging.text-retention (30 days). */
@QuarkusTest
@TestSecurity(user = "coordinator-ana", roles = "coordinator")
class RetentionTest {

    @Inject EntityManager entityManager;
    @Inject RetentionJob retention;

    @Test
    void textsOlderThanTheRetentionAreRemovedAndTheHistoryStays() {
        String phone = "+9375" + Persons.digits(7);
        String personId = aPerson().noContacts().withContact("PHONE", phone).create();
        MessageRequests.offer(UUID.randomUUID(), MessageRequests.replyCode(), personId).publish();
        Map<String, Object> sent = Handsets.awaitStatus(personId, "OFFER_MADE", "DELIVERED");
        assertThat(sent.get("text")).asString().isNotBlank();

        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                entityManager
                                        .createNativeQuery(
                                                "update message set created_at = now() - interval '31 days' where id = ?1")
                                        .setParameter(1, UUID.fromString((String) sent.get("id")))
                                        .executeUpdate());
        retention.removeOldTexts();

        Map<String, Object> kept = Handsets.messagesOf(personId).get(0);
        assertThat(kept)
                .doesNotContainKey("text")
                .containsEntry("status", "DELIVERED")
                .containsEntry("kind", "OFFER_MADE")
                .containsEntry("address", phone);
    }
}
