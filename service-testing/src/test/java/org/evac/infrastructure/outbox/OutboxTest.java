package org.evac.infrastructure.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.evac.infrastructure.events.CloudEventHeaders;
import org.evac.infrastructure.testapp.LedgerService;
import org.evac.testing.ServerControl;
import org.evac.testing.TopicReader;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {

    @Inject LedgerService ledger;

    @Inject OutboxRelay relay;

    @Inject EntityManager entityManager;

    @Inject ObjectMapper mapper;

    @Test
    void publishesCommittedEventAsCloudEventKeyedByAggregate() throws Exception {
        String account = "acct-" + UUID.randomUUID();
        UUID eventId = ledger.record(account, 7);

        ConsumerRecord<String, byte[]> record =
                TopicReader.readMatching(
                                LedgerService.TOPIC,
                                1,
                                Duration.ofSeconds(30),
                                r -> account.equals(r.key()))
                        .get(0);

        assertThat(TopicReader.header(record, CloudEventHeaders.ID)).contains(eventId.toString());
        assertThat(TopicReader.header(record, CloudEventHeaders.TYPE))
                .contains(LedgerService.RECORDED);
        assertThat(TopicReader.header(record, CloudEventHeaders.SOURCE)).contains("/backbone-test");
        assertThat(TopicReader.header(record, CloudEventHeaders.SPECVERSION)).contains("1.0");
        assertThat(TopicReader.header(record, CloudEventHeaders.SUBJECT)).contains(account);
        assertThat(TopicReader.header(record, CloudEventHeaders.TIME)).isPresent();
        assertThat(TopicReader.header(record, CloudEventHeaders.CONTENT_TYPE))
                .contains("application/json");
        assertThat(mapper.readTree(record.value()).get("sequence").asLong()).isEqualTo(7);
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        String account = "rollback-" + UUID.randomUUID();

        assertThatThrownBy(() -> ledger.recordThenFail(account))
                .isInstanceOf(IllegalStateException.class);
        String marker = "after-" + account;
        ledger.record(marker, 1);

        // Once a later event of the same relay has arrived, the rolled-back one would have arrived
        // too.
        List<ConsumerRecord<String, byte[]>> records =
                TopicReader.readUntil(
                        LedgerService.TOPIC,
                        Duration.ofSeconds(30),
                        read -> read.stream().anyMatch(r -> marker.equals(r.key())));
        assertThat(records).noneMatch(r -> account.equals(r.key()));
        assertThat(ledger.entries(account)).isZero();
        assertThat(pendingRowsOf(account)).isZero();
    }

    @Test
    void bulkBatchPublishesEveryEventWithItsIdAndKey() throws Exception {
        String run = "bulk-" + UUID.randomUUID();
        List<String> accounts = List.of(run + "-a", run + "-b", run + "-c");

        List<UUID> eventIds = ledger.openInBulk(accounts);

        List<ConsumerRecord<String, byte[]>> records =
                TopicReader.readMatching(
                        LedgerService.TOPIC,
                        3,
                        Duration.ofSeconds(30),
                        r -> r.key() != null && r.key().startsWith(run));
        Map<String, String> idByKey =
                records.stream()
                        .collect(
                                Collectors.toMap(
                                        ConsumerRecord::key,
                                        r ->
                                                TopicReader.header(r, CloudEventHeaders.ID)
                                                        .orElseThrow()));
        assertThat(idByKey)
                .containsEntry(accounts.get(0), eventIds.get(0).toString())
                .containsEntry(accounts.get(1), eventIds.get(1).toString())
                .containsEntry(accounts.get(2), eventIds.get(2).toString());
        assertThat(mapper.readTree(records.get(0).value()).get("account").asText()).startsWith(run);
    }

    @Test
    void brokerOutageKeepsTheServiceReadyAndShowsInTheEventsHealthGroup() {
        String account = "health-" + UUID.randomUUID();
        ServerControl.stopBroker();
        try {
            ledger.record(account, 1);
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(
                            () ->
                                    given().get("/q/health/group/events")
                                            .then()
                                            .statusCode(503)
                                            .body(
                                                    "checks.find { it.name == 'outbox-relay' }.status",
                                                    equalTo("DOWN")));
            given().get("/q/health/ready").then().statusCode(200);
            given().get("/q/health/live").then().statusCode(200);
        } finally {
            ServerControl.startBroker();
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/q/health/group/events").then().statusCode(200));
        assertThat(pendingRowsOf(account)).isZero();
    }

    @Test
    void eventsWrittenWhileBrokerIsDownArriveInOrderPerKeyAfterRestart() throws Exception {
        String run = UUID.randomUUID().toString();
        List<String> accounts = List.of(run + "-a", run + "-b", run + "-c", run + "-d");
        ServerControl.stopBroker();
        try {
            for (int sequence = 1; sequence <= 15; sequence++) {
                for (String account : accounts) {
                    // The service keeps answering: writes commit while Kafka is gone.
                    ledger.record(account, sequence);
                }
            }
            assertThat(accounts.stream().mapToLong(this::pendingRowsOf).sum()).isEqualTo(60);
        } finally {
            ServerControl.startBroker();
        }

        List<ConsumerRecord<String, byte[]>> records =
                TopicReader.readMatching(
                        LedgerService.TOPIC,
                        60,
                        Duration.ofSeconds(90),
                        r -> r.key() != null && r.key().startsWith(run));

        Map<String, List<Long>> sequencesByAccount = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            JsonNode payload = mapper.readTree(record.value());
            sequencesByAccount
                    .computeIfAbsent(record.key(), k -> new ArrayList<>())
                    .add(payload.get("sequence").asLong());
        }
        List<Long> expected = java.util.stream.LongStream.rangeClosed(1, 15).boxed().toList();
        accounts.forEach(
                account ->
                        assertThat(sequencesByAccount.get(account))
                                .as(account)
                                .containsExactlyElementsOf(expected));
    }

    @Test
    void concurrentRelaysNeverPublishTheSameRowTwice() throws Exception {
        String run = "relays-" + UUID.randomUUID();
        for (int i = 1; i <= 200; i++) {
            ledger.record(run + "-" + (i % 10), i);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> relays = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                relays.add(() -> QuarkusTransaction.requiringNew().call(relay::publishBatch));
            }
            for (Future<Integer> done : pool.invokeAll(relays)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<ConsumerRecord<String, byte[]>> records =
                TopicReader.readMatching(
                        LedgerService.TOPIC,
                        200,
                        Duration.ofSeconds(60),
                        r -> r.key() != null && r.key().startsWith(run));
        Map<String, Long> copiesPerEventId =
                records.stream()
                        .collect(
                                Collectors.groupingBy(
                                        r ->
                                                TopicReader.header(r, CloudEventHeaders.ID)
                                                        .orElseThrow(),
                                        Collectors.counting()));
        assertThat(copiesPerEventId)
                .hasSize(200)
                .allSatisfy((id, copies) -> assertThat(copies).isOne());
    }

    private long pendingRowsOf(String account) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                ((Number)
                                                entityManager
                                                        .createNativeQuery(
                                                                "select count(*) from outbox_event where aggregate_id = ?1 and published_at is null")
                                                        .setParameter(1, account)
                                                        .getSingleResult())
                                        .longValue());
    }
}
