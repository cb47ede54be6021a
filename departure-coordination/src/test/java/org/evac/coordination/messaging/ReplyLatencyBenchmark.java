package org.evac.coordination.messaging;

import static org.awaitility.Awaitility.await;
import static org.evac.coordination.support.Api.coordinator;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.evac.coordination.support.Upstream;
import org.evac.infrastructure.events.CloudEventHeaders;
import org.junit.jupiter.api.Test;

/**
 * Coordination's side of a 20,000-offer SMS campaign: how long the campaign takes with its 20,000
 * message requests, and the time from a reply event (as the registry publishes it) to the journey
 * step it causes. Prints, asserts nothing. Run with {@code -Dtest=ReplyLatencyBenchmark}.
 */
@QuarkusTest
class ReplyLatencyBenchmark {

    private static final int PERSONS = Integer.getInteger("benchmark.offers", 20_000);
    private static final int REPLIES = Integer.getInteger("benchmark.replies", 1_000);
    private static final int REPLIES_PER_SECOND = 20;

    @Inject EntityManager entityManager;

    @Test
    void campaignAndReplyToJourneyLatency() throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < PERSONS; i++) {
                UUID person = UUID.randomUUID();
                send(
                        producer,
                        Upstream.REGISTRY_TOPIC,
                        "org.evac.registry.person.verified.v1",
                        person.toString(),
                        """
                        {"personId":"%s","registryNumber":"EV-%d","householdId":null,"category":"US_CITIZEN",
                         "verification":"VERIFIED","departureWish":"WANTS_TO_LEAVE","province":"AF-KAB",
                         "vulnerabilities":[],"status":"ACTIVE","lastReachedAt":null,"version":1,
                         "fingerprints":{"familyName":"x","birthDate":"y","documents":[]}}"""
                                .formatted(person, i));
            }
        }
        await().atMost(Duration.ofMinutes(20))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> count("select count(*) from person_view") >= PERSONS);

        Instant start = Instant.now();
        String campaign =
                coordinator()
                        .body(
                                Map.of(
                                        "channel",
                                        "SMS",
                                        "respondBy",
                                        OffsetDateTime.now(ZoneOffset.UTC)
                                                .plusDays(1)
                                                .withNano(0)
                                                .toString()))
                        .post("/api/v1/campaigns")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("campaignId");
        long campaignMillis = Duration.between(start, Instant.now()).toMillis();
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () ->
                                count(
                                                "select count(*) from outbox_event where event_type = 'org.evac.coordination.message.requested.v1' and published_at is not null")
                                        >= PERSONS);
        System.out.printf(
                "[figure] campaign of %d offers (with %d message requests) committed in %d ms; all requests on Kafka after %d ms%n",
                PERSONS,
                PERSONS,
                campaignMillis,
                Duration.between(start, Instant.now()).toMillis());

        @SuppressWarnings("unchecked")
        List<Object[]> offers =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        entityManager
                                                .createNativeQuery(
                                                        "select o.offer_id, p.person_id from offer o join offer_person p on p.offer_id = o.offer_id"
                                                                + " where o.campaign_id = ?1 limit ?2")
                                                .setParameter(1, UUID.fromString(campaign))
                                                .setParameter(2, REPLIES)
                                                .getResultList());
        Map<UUID, Instant> published = new HashMap<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / REPLIES_PER_SECOND;
        long next = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (Object[] offer : offers) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                next += interval;
                UUID person = (UUID) offer[1];
                published.put(person, Instant.now());
                send(
                        producer,
                        Upstream.REGISTRY_TOPIC,
                        "org.evac.registry.reply.received.v1",
                        offer[0].toString(),
                        """
                        {"messageId":"%s","offerId":"%s","personId":"%s","intent":"ACCEPT","declineReason":null,
                         "channel":"SMS","receivedAt":"%s"}"""
                                .formatted(UUID.randomUUID(), offer[0], person, Instant.now()));
                producer.flush();
            }
        }
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () ->
                                count(
                                                "select count(*) from journey_transition where actor = 'reply' and to_state = 'ACCEPTED'")
                                        >= offers.size());
        @SuppressWarnings("unchecked")
        List<Object[]> steps =
                QuarkusTransaction.requiringNew()
                        .call(
                                () ->
                                        entityManager
                                                .createNativeQuery(
                                                        "select person_id, at from journey_transition where actor = 'reply' and to_state = 'ACCEPTED'")
                                                .getResultList());
        List<Long> latencies = new ArrayList<>();
        for (Object[] step : steps) {
            Instant at =
                    step[1] instanceof OffsetDateTime time ? time.toInstant() : (Instant) step[1];
            latencies.add(Duration.between(published.get((UUID) step[0]), at).toMillis());
        }
        Collections.sort(latencies);
        System.out.printf(
                "[figure] reply event published -> journey ACCEPTED committed, %d replies at %d/s: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                latencies.size(),
                REPLIES_PER_SECOND,
                percentile(latencies, 50),
                percentile(latencies, 95),
                percentile(latencies, 99),
                latencies.get(latencies.size() - 1));
    }

    /** Awaitility polls on a thread of its own, where only a transaction of its own reads. */
    private long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                ((Number) entityManager.createNativeQuery(sql).getSingleResult())
                                        .longValue());
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        ConfigProvider.getConfig()
                                .getValue("kafka.bootstrap.servers", String.class),
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                        StringSerializer.class.getName(),
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                        ByteArraySerializer.class.getName(),
                        ProducerConfig.LINGER_MS_CONFIG,
                        0));
    }

    private static void send(
            KafkaProducer<String, byte[]> producer,
            String topic,
            String type,
            String key,
            String json) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.write(
                record.headers(),
                UUID.randomUUID().toString(),
                "/citizen-registry",
                type,
                key,
                OffsetDateTime.now(ZoneOffset.UTC));
        producer.send(record);
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(
                Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
