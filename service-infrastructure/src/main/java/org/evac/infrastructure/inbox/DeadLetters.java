package org.evac.infrastructure.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.evac.infrastructure.events.KafkaSettings;

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

    public DeadLetters(KafkaSettings kafkaSettings, ConsumerConfig config, MeterRegistry registry) {
        this.kafkaSettings = kafkaSettings;
        this.config = config;
        this.registry = registry;
    }

    /**
     * Blocks until the dead letter is stored, so the original offset is committed only after that.
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
            } catch (ExecutionException e) {
                Log.warnf(
                        "Dead-letter topic unreachable for consumer %s, retrying: %s",
                        consumer, e.getCause().getMessage());
                Thread.sleep(1_000);
            }
        }
        counter(consumer).increment();
        Log.errorf(
                "Consumer %s dead-lettered %s-%d@%d: %s",
                consumer, original.topic(), original.partition(), original.offset(), reason);
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
        if (producer == null) {
            producer = new KafkaProducer<>(kafkaSettings.producer("dead-letters"));
        }
        return producer;
    }

    synchronized void onStop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
