package org.evac.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.evac.infrastructure.events.CloudEventHeaders;

/**
 * Publishes CloudEvents (or deliberately broken records) the way another service's outbox relay
 * would.
 */
public final class EventPublisher {

    private EventPublisher() {}

    /** Publishes a binary-mode CloudEvent with a new id; returns the id. */
    public static String publish(
            String topic, String source, String type, String subject, String json) {
        String id = UUID.randomUUID().toString();
        publish(topic, id, source, type, subject, json);
        return id;
    }

    /** Publishes with the given id, e.g. twice to simulate a redelivery. */
    public static void publish(
            String topic, String id, String source, String type, String subject, String json) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic, subject, json.getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.write(
                record.headers(), id, source, type, subject, OffsetDateTime.now(ZoneOffset.UTC));
        send(record);
    }

    /** Publishes bytes with no CloudEvents headers at all. */
    public static void publishRaw(String topic, String key, byte[] value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    private static void send(ProducerRecord<String, byte[]> record) {
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                        TopicReader.bootstrapServers(),
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                        StringSerializer.class.getName(),
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                        ByteArraySerializer.class.getName()))) {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish test event", e.getCause());
        }
    }
}
