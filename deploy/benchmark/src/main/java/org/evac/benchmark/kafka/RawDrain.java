package org.evac.benchmark.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The consumer-throughput baseline: a plain consumer with the library's defaults reading the same
 * records of the same topic a service's consumer has to apply, doing nothing with them.
 */
public final class RawDrain {

    /** Records read and the time it took. */
    public record Result(long records, long bytes, Duration took) {
        public double perSecond() {
            return records / (took.toNanos() / 1e9);
        }
    }

    private RawDrain() {}

    public static Result run(
            String bootstrapServers, Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        try (KafkaConsumer<String, byte[]> consumer = Clients.consumer(bootstrapServers)) {
            consumer.assign(new ArrayList<>(from.keySet()));
            from.forEach(consumer::seek);
            long records = 0;
            long bytes = 0;
            long started = System.nanoTime();
            while (!from.keySet().stream()
                    .allMatch(p -> consumer.position(p) >= to.getOrDefault(p, 0L))) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    records++;
                    bytes += record.serializedValueSize();
                }
            }
            return new Result(records, bytes, Duration.ofNanos(System.nanoTime() - started));
        }
    }
}
