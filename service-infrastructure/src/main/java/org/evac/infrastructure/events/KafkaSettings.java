package org.evac.infrastructure.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Client settings for the outbox relay, dead-letter publisher and consumers, starting from the
 * {@code kafka.*} configuration that Quarkus collects (bootstrap servers, security) and adding what
 * delivery guarantees need.
 */
@ApplicationScoped
public class KafkaSettings {

    private final Map<String, Object> common;

    @Inject
    public KafkaSettings(@Identifier("default-kafka-broker") Map<String, Object> common) {
        this.common = common;
    }

    public Map<String, Object> producer(String clientId) {
        Map<String, Object> config = base(clientId);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // A relay pass sends up to a few hundred events at once: 64 KB batches carry them in a few
        // produce requests instead of one per 16 KB (the default), sparing the broker's CPU.
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        // A relay pass must fail fast when the broker is gone; rows stay pending and the next pass
        // retries.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        return config;
    }

    public Map<String, Object> consumer(String groupId) {
        Map<String, Object> config = base(groupId);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        config.put(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return config;
    }

    private Map<String, Object> base(String clientId) {
        Map<String, Object> config = new HashMap<>();
        common.forEach(
                (key, value) -> {
                    // Quarkus also collects non-client keys (health, devservices) under kafka.*;
                    // clients warn on those.
                    if (!key.startsWith("health")
                            && !key.startsWith("devservices")
                            && !key.startsWith("snappy")) {
                        config.put(key, value);
                    }
                });
        config.put("client.id", clientId + "-" + ProcessHandle.current().pid());
        return config;
    }
}
