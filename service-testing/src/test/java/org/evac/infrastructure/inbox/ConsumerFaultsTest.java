package org.evac.infrastructure.inbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.evac.infrastructure.testapp.LedgerProjection;
import org.evac.infrastructure.testapp.LedgerService;
import org.evac.testing.EventPublisher;
import org.evac.testing.ServerControl;
import org.evac.testing.TopicReader;
import org.junit.jupiter.api.Test;

/** The consumer runtime under faults: a thread that dies, a database that goes away. */
@QuarkusTest
class ConsumerFaultsTest {

    private static final String DLQ = LedgerProjection.TOPIC + ".dlq";

    @Inject LedgerProjection projection;

    @Test
    void consumerWhoseThreadDiesIsReportedDownThenRestartedAndAppliesTheEventOnce() {
        String account = "crash-" + UUID.randomUUID();
        publish(account, 1, "\"poison\":false,\"crash\":true");

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(
                        () ->
                                given().get("/q/health/live")
                                        .then()
                                        .statusCode(503)
                                        .body(
                                                "checks.find { it.name == 'event-consumers' }.data."
                                                        + LedgerProjection.NAME,
                                                equalTo("RESTARTING")));

        await().atMost(Duration.ofSeconds(60)).until(() -> projection.projected(account) == 1);
        given().get("/q/health/live")
                .then()
                .statusCode(200)
                .body(
                        "checks.find { it.name == 'event-consumers' }.data."
                                + LedgerProjection.NAME,
                        equalTo("RUNNING"));
        String later = account + "-later";
        publish(later, 2, "\"poison\":false");
        await().atMost(Duration.ofSeconds(30)).until(() -> projection.projected(later) == 1);
        assertThat(projection.projected(account)).isOne();
    }

    @Test
    void eventsArrivingWhileTheDatabaseIsDownAreAppliedWhenItReturnsAndNoneIsDeadLettered()
            throws InterruptedException {
        String run = "outage-" + UUID.randomUUID();
        List<String> accounts = IntStream.range(0, 20).mapToObj(i -> run + "-" + i).toList();
        ServerControl.stopPostgres();
        try {
            accounts.forEach(account -> publish(account, 1, "\"poison\":false"));
            // The outage lasts longer than every retry of a handler together (3 tries, 20 ms
            // apart in this test's configuration): a runtime that counted them would dead-letter.
            Thread.sleep(3_000);
        } finally {
            ServerControl.startPostgres();
        }

        await().atMost(Duration.ofSeconds(90))
                .until(() -> accounts.stream().allMatch(a -> projection.projected(a) == 1));
        String poison = run + "-poison";
        publish(poison, 1, "\"poison\":true");
        List<ConsumerRecord<String, byte[]>> letters =
                TopicReader.readUntil(
                        DLQ,
                        Duration.ofSeconds(60),
                        read -> read.stream().anyMatch(r -> poison.equals(r.key())));
        assertThat(letters)
                .extracting(ConsumerRecord::key)
                .noneMatch(key -> key != null && accounts.contains(key));
    }

    private static void publish(String account, long sequence, String flag) {
        EventPublisher.publish(
                LedgerProjection.TOPIC,
                "/other",
                LedgerService.RECORDED,
                account,
                "{\"account\":\"" + account + "\",\"sequence\":" + sequence + "," + flag + "}");
    }
}
