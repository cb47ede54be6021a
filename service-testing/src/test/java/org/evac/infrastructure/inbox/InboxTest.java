package org.evac.infrastructure.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.evac.infrastructure.testapp.LedgerProjection;
import org.evac.infrastructure.testapp.LedgerService;
import org.evac.testing.EventPublisher;
import org.evac.testing.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxTest {

    private static final String DLQ = LedgerProjection.TOPIC + ".dlq";

    @Inject LedgerProjection projection;

    @Test
    void redeliveredEventHasNoSecondEffect() {
        String account = "redelivery-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String json = entry(account, 1, false);

        EventPublisher.publish(
                LedgerProjection.TOPIC, eventId, "/other", LedgerService.RECORDED, account, json);
        EventPublisher.publish(
                LedgerProjection.TOPIC, eventId, "/other", LedgerService.RECORDED, account, json);
        String marker = account + "-marker";
        EventPublisher.publish(
                LedgerProjection.TOPIC,
                "/other",
                LedgerService.RECORDED,
                marker,
                entry(marker, 2, false));

        await().atMost(Duration.ofSeconds(30)).until(() -> projection.projected(marker) == 1);
        assertThat(projection.projected(account)).isOne();
    }

    @Test
    void failingRecordGoesToDeadLetterTopicAndLaterRecordsAreStillProcessed() {
        String account = "poison-" + UUID.randomUUID();
        EventPublisher.publish(
                LedgerProjection.TOPIC,
                "/other",
                LedgerService.RECORDED,
                account,
                entry(account, 1, true));
        String later = account + "-later";
        EventPublisher.publish(
                LedgerProjection.TOPIC,
                "/other",
                LedgerService.RECORDED,
                later,
                entry(later, 2, false));

        await().atMost(Duration.ofSeconds(30)).until(() -> projection.projected(later) == 1);
        assertThat(projection.projected(account)).isZero();
        ConsumerRecord<String, byte[]> letter =
                TopicReader.readMatching(
                                DLQ, 1, Duration.ofSeconds(30), r -> account.equals(r.key()))
                        .get(0);
        assertThat(TopicReader.header(letter, DeadLetters.REASON))
                .hasValueSatisfying(
                        reason -> assertThat(reason).contains("handler failed after 3 tries"));
        assertThat(TopicReader.header(letter, DeadLetters.CONSUMER))
                .contains(LedgerProjection.NAME);
        assertThat(TopicReader.header(letter, DeadLetters.ORIGINAL_TOPIC))
                .contains(LedgerProjection.TOPIC);
        assertThat(TopicReader.value(letter)).contains("\"poison\":true");
    }

    @Test
    void unreadableRecordIsDeadLetteredWithoutRetries() {
        String key = "garbage-" + UUID.randomUUID();
        EventPublisher.publishRaw(
                LedgerProjection.TOPIC, key, "not a cloud event".getBytes(StandardCharsets.UTF_8));
        String later = key + "-later";
        EventPublisher.publish(
                LedgerProjection.TOPIC,
                "/other",
                LedgerService.RECORDED,
                later,
                entry(later, 1, false));

        ConsumerRecord<String, byte[]> letter =
                TopicReader.readMatching(DLQ, 1, Duration.ofSeconds(30), r -> key.equals(r.key()))
                        .get(0);
        assertThat(TopicReader.header(letter, DeadLetters.REASON))
                .hasValueSatisfying(
                        reason ->
                                assertThat(reason).startsWith("unreadable: missing header ce_id"));
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.projected(later) == 1);
    }

    private static String entry(String account, long sequence, boolean poison) {
        return "{\"account\":\""
                + account
                + "\",\"sequence\":"
                + sequence
                + ",\"poison\":"
                + poison
                + "}";
    }
}
