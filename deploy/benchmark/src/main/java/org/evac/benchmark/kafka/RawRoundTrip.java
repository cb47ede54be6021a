package org.evac.benchmark.kafka;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.evac.benchmark.http.Samples;

/**
 * The event-latency baseline: a record produced (idempotent, {@code acks=all}) and consumed by a
 * plain consumer on the same broker, at the same rate as the registrations, on a topic of its own
 * with as many partitions as the registry's. Latency runs from send to receipt in this JVM.
 */
public final class RawRoundTrip {

    private static final String TOPIC = "benchmark.round-trip";
    private static final int PAYLOAD_BYTES = 600;

    private RawRoundTrip() {}

    public static Samples run(
            String bootstrapServers, double perSecond, Duration warmUp, Duration measured)
            throws InterruptedException {
        createTopic(bootstrapServers);
        Samples latencies = new Samples();
        try (KafkaProducer<String, byte[]> producer = Clients.producer(bootstrapServers);
                KafkaConsumer<String, byte[]> consumer = Clients.consumer(bootstrapServers)) {
            List<TopicPartition> partitions =
                    List.of(0, 1, 2).stream().map(p -> new TopicPartition(TOPIC, p)).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            long start = System.nanoTime();
            long measureFrom = start + warmUp.toNanos();
            long total = Math.round(perSecond * (warmUp.toNanos() + measured.toNanos()) / 1e9);
            Thread receiver =
                    new Thread(
                            () -> {
                                long received = 0;
                                while (received < total) {
                                    for (ConsumerRecord<String, byte[]> record :
                                            consumer.poll(Duration.ofMillis(100))) {
                                        long now = System.nanoTime();
                                        long sent = ByteBuffer.wrap(record.value()).getLong();
                                        if (sent >= measureFrom) {
                                            latencies.add(now - sent);
                                        }
                                        received++;
                                    }
                                }
                            },
                            "round-trip-consumer");
            receiver.setDaemon(true);
            receiver.start();
            for (long i = 0; i < total; i++) {
                long due = start + (long) (i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                byte[] value = new byte[PAYLOAD_BYTES];
                ByteBuffer.wrap(value).putLong(System.nanoTime());
                producer.send(new ProducerRecord<>(TOPIC, UUID.randomUUID().toString(), value));
            }
            producer.flush();
            receiver.join(TimeUnit.SECONDS.toMillis(30));
            if (receiver.isAlive()) {
                throw new IllegalStateException("Round-trip records were not all received");
            }
        }
        return latencies;
    }

    private static void createTopic(String bootstrapServers) {
        try (Admin admin =
                Admin.create(
                        Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1)))
                        .all()
                        .get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not create " + TOPIC, e);
        }
    }
}
