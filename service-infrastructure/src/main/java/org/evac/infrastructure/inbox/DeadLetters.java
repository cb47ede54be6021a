package org.evac.infrastructure.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.evac.infrastructure.events.KafkaSettings;
import org.evac.infrastructure.logging.Redacted;

/**
 * Moves a record that could not be parsed or handled to {@code <topic>.dlq}, unchanged, with
 * headers saying why, so consumption goes on and an operator can inspect and replay it.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "dlq-reason";
    public static final String EXCEPTION = "dlq-exception";
    public static final String CONSUMER = "dlq-consumer";
    public static final String ORIGINAL_TOPIC = "dlq-original-topic";
    public static final String ORIGINAL_PARTITION = "dlq-original-partition";
    public static final String ORIGINAL_OFFSET = "dlq-original-offset";

    private final KafkaSettings kafkaSettings;
    private final ConsumerConfig config;
    private final MeterRegistry registry;
    private Producer<String, byte[]> producer;
    private volatile boolean closed;

    public DeadLetters(KafkaSettings kafkaSettings, ConsumerConfig config, MeterRegistry registry) {
        this.kafkaSettings = kafkaSettings;
        this.config = config;
        this.registry = registry;
    }

    /**
     * Blocks until the dead letter is stored, so the original offset is committed only after that.
     *
     * @throws IllegalStateException when the service stops first (the offset stays uncommitted)
     */
    public void send(
            String consumer,
            ConsumerRecord<String, byte[]> original,
            String reason,
            Throwable cause)
            throws InterruptedException {
        ProducerRecord<String, byte[]> letter =
                new ProducerRecord<>(
                        original.topic() + config.deadLetterSuffix(),
                        null,
                        original.key(),
                        original.value(),
                        original.headers());
        header(letter, REASON, reason);
        header(letter, EXCEPTION, cause == null ? "" : cause.getClass().getName());
        header(letter, CONSUMER, consumer);
        header(letter, ORIGINAL_TOPIC, original.topic());
        header(letter, ORIGINAL_PARTITION, Integer.toString(original.partition()));
        header(letter, ORIGINAL_OFFSET, Long.toString(original.offset()));
        while (true) {
            try {
                producer().send(letter).get();
                break;
            } catch (ExecutionException | org.apache.kafka.common.KafkaException e) {
                if (closed) {
                    throw new IllegalStateException("Stopped before the dead letter was stored");
                }
                Log.warnf(
                        "Dead-letter topic unreachable for consumer %s, retrying: %s",
                        consumer, e.getMessage());
                Thread.sleep(1_000);
            }
        }
        counter(consumer).increment();
        // The reason stays on the letter: it may quote the record, which the log must not.
        Log.errorf(
                "Consumer %s dead-lettered %s-%d@%d: %s",
                consumer,
                original.topic(),
                original.partition(),
                original.offset(),
                cause == null ? "refused" : Redacted.describe(cause));
    }

    /** The dead-letter count of a consumer, registered at zero when the consumer starts. */
    Counter counter(String consumer) {
        return Counter.builder("evac.consumer.dead.letters")
                .tag("consumer", consumer)
                .description("Records moved to the dead-letter topic")
                .register(registry);
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().remove(name);
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized Producer<String, byte[]> producer() {
        if (closed) {
            throw new IllegalStateException("Stopped before the dead letter was stored");
        }
        if (producer == null) {
            producer = new KafkaProducer<>(kafkaSettings.producer("dead-letters"));
        }
        return producer;
    }

    /**
     * Fails the sends in flight at once: their offsets stay uncommitted, so the records are read
     * again after the restart. Called by the {@link ConsumerSupervisor} before it waits for its
     * threads, so none of them waits for a broker that is gone.
     */
    synchronized void close() {
        closed = true;
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }
}
