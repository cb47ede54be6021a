package org.evac.benchmark.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Reads a topic from its end as records arrive and remembers where each key's first new record
 * landed: the partition and offset a consumer group has to pass, and when the broker received it.
 */
public final class TopicWatch implements AutoCloseable {

    /** Where a record landed; {@code receivedAtNanos} is this JVM's clock when it was read. */
    public record Landing(TopicPartition partition, long offset, long receivedAtNanos) {}

    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<String, Landing> landings = new ConcurrentHashMap<>();
    private final Thread reader;
    private volatile boolean running = true;

    public TopicWatch(String bootstrapServers, List<TopicPartition> partitions) {
        consumer = Clients.consumer(bootstrapServers);
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        reader = new Thread(this::read, "topic-watch");
        reader.setDaemon(true);
        reader.start();
    }

    public Optional<Landing> landing(String key) {
        return Optional.ofNullable(landings.get(key));
    }

    private void read() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record :
                        consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    if (record.key() != null) {
                        landings.putIfAbsent(
                                record.key(),
                                new Landing(
                                        new TopicPartition(record.topic(), record.partition()),
                                        record.offset(),
                                        now));
                    }
                }
            }
        } catch (WakeupException stopped) {
            // close() woke the poll
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            reader.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
