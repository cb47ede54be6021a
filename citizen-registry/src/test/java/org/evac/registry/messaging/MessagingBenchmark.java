package org.evac.registry.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.evac.infrastructure.events.CloudEventHeaders;
import org.evac.registry.events.EventTypes;
import org.evac.registry.person.Persons;
import org.evac.testing.SmscControl;
import org.junit.jupiter.api.Test;

/**
 * The registry's side of a 20,000-offer SMS campaign against the SMSC simulator: submit_sm per
 * second against the configured gateway rate (evac.messaging.smpp.submit-rate, 100/s), and the time
 * from a reply's deliver_sm to the reply event on Kafka. Prints, asserts nothing. Run with {@code
 * -Dtest=MessagingBenchmark} ({@code -Dbenchmark.offers=N} for another size).
 */
@QuarkusTest
@TestSecurity(user = "benchmark", roles = "coordinator")
class MessagingBenchmark {

    private static final int OFFERS = Integer.getInteger("benchmark.offers", 20_000);
    private static final int REPLIES = Integer.getInteger("benchmark.replies", 1_000);
    private static final int REPLIES_PER_SECOND = 20;

    @Inject EntityManager entityManager;

    record Offered(String personId, String phone, UUID offerId, String code) {}

    @Test
    void smsCampaignAndReplies() throws Exception {
        List<Offered> offered = register();
        Instant start = Instant.now();
        int submitsBefore = SmscControl.submitTimes().size();
        publishRequests(offered);
        System.out.printf(
                "[figure] %d message requests published in %d ms%n",
                offered.size(), Duration.between(start, Instant.now()).toMillis());

        await().atMost(Duration.ofHours(2))
                .pollInterval(Duration.ofSeconds(5))
                .until(() -> submitted(start) >= offered.size());
        Instant allSubmitted = Instant.now();
        List<Instant> submits = SmscControl.submitTimes();
        submits = submits.subList(submitsBefore, submits.size());
        printRate(submits, offered.size(), start, allSubmitted);

        measureReplies(offered.subList(0, Math.min(REPLIES, offered.size())));
    }

    private List<Offered> register() {
        StringBuilder csv =
                new StringBuilder("familyName,givenNames,category,preferredLanguage,phone\r\n");
        List<String> phones = new ArrayList<>();
        long base =
                700_000_000L
                        + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000);
        for (int i = 0; i < OFFERS; i++) {
            String phone = "+93" + (base + i);
            phones.add(phone);
            csv.append(Persons.uniqueFamilyName())
                    .append(",Zahra,US_CITIZEN,en,")
                    .append(phone)
                    .append("\r\n");
        }
        Instant start = Instant.now();
        String importId =
                given().contentType("text/csv")
                        .queryParam("source", "STEP_ENROLMENT")
                        .queryParam("fileName", "benchmark.csv")
                        .body(csv.toString().getBytes(StandardCharsets.UTF_8))
                        .post("/api/v1/imports/csv")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String report =
                given().get("/api/v1/imports/" + importId + "/report")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        List<Offered> offered = new ArrayList<>();
        for (String line : report.split("\r?\n")) {
            String[] cells = line.split(",", -1);
            if (cells.length > 2 && (cells[1].equals("CREATED") || cells[1].equals("FLAGGED"))) {
                int row = Integer.parseInt(cells[0]);
                offered.add(
                        new Offered(
                                cells[2],
                                phones.get(row - 1),
                                UUID.randomUUID(),
                                MessageRequests.replyCode()));
            }
        }
        System.out.printf(
                "[figure] %d persons with a phone imported in %d ms%n",
                offered.size(), Duration.between(start, Instant.now()).toMillis());
        return offered;
    }

    private void publishRequests(List<Offered> offered) throws Exception {
        String respondBy = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).withNano(0).toString();
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                        StringSerializer.class.getName(),
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                        ByteArraySerializer.class.getName(),
                                ProducerConfig.LINGER_MS_CONFIG, 5))) {
            for (Offered o : offered) {
                String json =
                        MessageRequests.offer(o.offerId(), o.code(), o.personId())
                                .fact("respondBy", respondBy)
                                .json();
                ProducerRecord<String, byte[]> record =
                        new ProducerRecord<>(
                                MessageRequestConsumer.TOPIC,
                                o.offerId().toString(),
                                json.getBytes(StandardCharsets.UTF_8));
                CloudEventHeaders.write(
                        record.headers(),
                        UUID.randomUUID().toString(),
                        "/departure-coordination",
                        MessageRequestConsumer.MESSAGE_REQUESTED,
                        o.offerId().toString(),
                        OffsetDateTime.now(ZoneOffset.UTC));
                producer.send(record);
            }
            producer.flush();
        }
    }

    private long submitted(Instant since) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> countSubmitted(since));
    }

    private long countSubmitted(Instant since) {
        return ((Number)
                        entityManager
                                .createNativeQuery(
                                        "select count(*) from message where kind = 'OFFER_MADE' and created_at >= ?1"
                                                + " and status in ('SUBMITTED', 'DELIVERED')")
                                .setParameter(1, since)
                                .getSingleResult())
                .longValue();
    }

    private static void printRate(List<Instant> submits, int messages, Instant start, Instant end) {
        Instant first = submits.get(0);
        Instant last = submits.get(submits.size() - 1);
        double seconds = Duration.between(first, last).toMillis() / 1000.0;
        System.out.printf(
                "[figure] %d texts = %d submit_sm in %.1f s: %.1f submit_sm/s, %.1f texts/s (configured 100 submit_sm/s)%n",
                messages, submits.size(), seconds, submits.size() / seconds, messages / seconds);
        List<Integer> perTenSeconds = new ArrayList<>();
        Instant window = first;
        int count = 0;
        for (Instant submit : submits) {
            while (!submit.isBefore(window.plusSeconds(10))) {
                perTenSeconds.add(count);
                count = 0;
                window = window.plusSeconds(10);
            }
            count++;
        }
        System.out.printf(
                "[figure] submit_sm/s in full 10 s windows: min %.1f, max %.1f over %d windows%n",
                Collections.min(perTenSeconds) / 10.0,
                Collections.max(perTenSeconds) / 10.0,
                perTenSeconds.size());
        System.out.printf(
                "[figure] first request to last text submitted: %.1f s%n",
                Duration.between(start, end).toMillis() / 1000.0);
    }

    private void measureReplies(List<Offered> sample) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        Map<String, Long> seenAt = new ConcurrentHashMap<>();
        Thread reader =
                new Thread(() -> readReplies(sentAt, seenAt, sample.size()), "reply-reader");
        reader.start();
        Thread.sleep(2_000);
        long interval = TimeUnit.SECONDS.toNanos(1) / REPLIES_PER_SECOND;
        long next = System.nanoTime();
        for (Offered o : sample) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            next += interval;
            sentAt.put(o.offerId().toString(), System.nanoTime());
            SmscControl.reply(o.phone(), Handsets.SERVICE_NUMBER, "1 " + o.code());
        }
        reader.join(120_000);
        List<Long> latencies = new ArrayList<>();
        seenAt.forEach(
                (offer, seen) ->
                        latencies.add(TimeUnit.NANOSECONDS.toMillis(seen - sentAt.get(offer))));
        Collections.sort(latencies);
        System.out.printf(
                "[figure] reply deliver_sm -> reply.received on Kafka, %d replies at %d/s: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                latencies.size(),
                REPLIES_PER_SECOND,
                percentile(latencies, 50),
                percentile(latencies, 95),
                percentile(latencies, 99),
                latencies.get(latencies.size() - 1));
    }

    private static void readReplies(
            Map<String, Long> sentAt, Map<String, Long> seenAt, int expected) {
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
                                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                                        StringDeserializer.class.getName(),
                                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                                        ByteArrayDeserializer.class.getName()))) {
            consumer.subscribe(List.of(EventTypes.TOPIC));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (seenAt.size() < expected && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE)
                            .filter(EventTypes.REPLY_RECEIVED::equals)
                            .filter(type -> sentAt.containsKey(record.key()))
                            .ifPresent(type -> seenAt.putIfAbsent(record.key(), now));
                }
            }
        }
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(
                Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }
}
