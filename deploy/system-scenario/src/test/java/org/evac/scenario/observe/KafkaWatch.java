package org.evac.scenario.observe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the scenario sees of Kafka from outside the services: how many records each topic holds, how
 * far each consumer group has committed, which instance owns which partitions, the dead letters; it
 * also writes the poison records. It never reads the services' events for the scenario's own steps,
 * which go through the public APIs only.
 */
public final class KafkaWatch implements AutoCloseable {

    public static final List<String> EVENT_TOPICS =
            List.of("evac.registry.events", "evac.coordination.events", "evac.manifest.events");

    private final String bootstrap;
    private final Admin admin;
    private final Map<String, Long> maxLag = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler =
            Executors.newSingleThreadScheduledExecutor(
                    runnable -> {
                        Thread thread = new Thread(runnable, "lag-sampler");
                        thread.setDaemon(true);
                        return thread;
                    });

    public KafkaWatch(String bootstrap) {
        this.bootstrap = bootstrap;
        this.admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrap,
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                                3_000,
                                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                                5_000));
        sampler.scheduleWithFixedDelay(this::sampleLag, 1, 1, TimeUnit.SECONDS);
    }

    /** One consumer group's position on one topic. */
    public record GroupPosition(String group, String topic, long committed, long end) {
        public long lag() {
            return end - committed;
        }
    }

    /** A record of a dead-letter topic, with the headers the services put on it. */
    public record DeadLetter(
            String topic, int partition, long offset, String consumer, String reason, String key) {}

    /** Records each topic holds (the sum of its partitions' end offsets). */
    public Map<String, Long> produced(Collection<String> topics) {
        Map<String, Long> produced = new TreeMap<>();
        endOffsets(topics)
                .forEach((partition, end) -> produced.merge(partition.topic(), end, Long::sum));
        topics.forEach(topic -> produced.putIfAbsent(topic, 0L));
        return produced;
    }

    /** Every consumer group's committed position on each event topic it consumes. */
    public List<GroupPosition> positions() {
        Map<TopicPartition, Long> ends = endOffsets(EVENT_TOPICS);
        List<GroupPosition> positions = new ArrayList<>();
        for (String group : groups()) {
            Map<TopicPartition, Long> committed = committed(group);
            // A partition the group never committed counts from its start: nothing of it applied.
            Set<String> consumed =
                    committed.keySet().stream()
                            .map(TopicPartition::topic)
                            .collect(Collectors.toSet());
            Map<String, long[]> byTopic = new TreeMap<>();
            ends.forEach(
                    (partition, end) -> {
                        if (consumed.contains(partition.topic())) {
                            long[] sums =
                                    byTopic.computeIfAbsent(partition.topic(), t -> new long[2]);
                            sums[0] += committed.getOrDefault(partition, 0L);
                            sums[1] += end;
                        }
                    });
            byTopic.forEach(
                    (topic, sums) ->
                            positions.add(new GroupPosition(group, topic, sums[0], sums[1])));
        }
        return positions;
    }

    /** The largest lag each group was seen with by the sampler (once a second). */
    public Map<String, Long> maxLag() {
        return new TreeMap<>(maxLag);
    }

    /**
     * The partitions of the event topics each member of {@code group} owns, by the client id of the
     * member (the services name their clients {@code <group>-<pid>}).
     */
    public Map<String, Set<TopicPartition>> assignment(String group) {
        try {
            ConsumerGroupDescription description =
                    admin.describeConsumerGroups(List.of(group))
                            .all()
                            .get(10, TimeUnit.SECONDS)
                            .get(group);
            Map<String, Set<TopicPartition>> owners = new TreeMap<>();
            for (MemberDescription member : description.members()) {
                owners.put(member.clientId(), member.assignment().topicPartitions());
            }
            return owners;
        } catch (Exception e) {
            throw new IllegalStateException("Could not describe group " + group, e);
        }
    }

    /**
     * Waits until the system is quiet: every consumer group has committed the end of every event
     * topic and no topic has grown for three seconds (the outbox relays poll every second, so a
     * pending event would have shown). Returns how long it took.
     */
    public Duration awaitQuiet(Duration timeout) throws InterruptedException {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        Map<String, Long> last = Map.of();
        Instant stableSince = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            try {
                Map<String, Long> now = produced(EVENT_TOPICS);
                boolean caughtUp = positions().stream().allMatch(p -> p.lag() == 0);
                if (!now.equals(last)) {
                    last = now;
                    stableSince = Instant.now();
                } else if (caughtUp
                        && Duration.between(stableSince, Instant.now()).toSeconds() >= 3) {
                    return Duration.between(start, Instant.now());
                }
            } catch (RuntimeException brokerBusy) {
                stableSince = Instant.now();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "The system did not become quiet within "
                        + timeout.toSeconds()
                        + " s: "
                        + positions());
    }

    /**
     * A record no service can read on {@code topic}: no CloudEvents headers, a value that is not
     * JSON.
     */
    public void poison(String topic) {
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrap,
                                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                                StringSerializer.class.getName(),
                                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                                ByteArraySerializer.class.getName(),
                                ProducerConfig.ACKS_CONFIG,
                                "all"))) {
            producer.send(
                            new ProducerRecord<>(
                                    topic,
                                    "poison-" + topic,
                                    "{not json at all".getBytes(StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write a poison record to " + topic, e);
        }
    }

    /** Every record of the dead-letter topics. */
    public List<DeadLetter> deadLetters() {
        List<String> topics = EVENT_TOPICS.stream().map(t -> t + ".dlq").toList();
        Map<TopicPartition, Long> ends = endOffsets(topics);
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(
                        Map.of(
                                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrap,
                                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                                StringDeserializer.class.getName(),
                                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                                ByteArrayDeserializer.class.getName(),
                                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                                false))) {
            consumer.assign(ends.keySet());
            consumer.seekToBeginning(ends.keySet());
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)
                    && ends.entrySet().stream()
                            .anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, byte[]> record :
                        consumer.poll(Duration.ofMillis(500))) {
                    letters.add(
                            new DeadLetter(
                                    record.topic(),
                                    record.partition(),
                                    record.offset(),
                                    header(record, "dlq-consumer"),
                                    header(record, "dlq-reason"),
                                    record.key()));
                }
            }
        }
        return letters;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }

    private void sampleLag() {
        try {
            Map<String, Long> lagByGroup =
                    positions().stream()
                            .collect(
                                    Collectors.groupingBy(
                                            GroupPosition::group,
                                            Collectors.summingLong(GroupPosition::lag)));
            lagByGroup.forEach((group, lag) -> maxLag.merge(group, lag, Math::max));
        } catch (RuntimeException brokerDown) {
            // Kafka stopped on purpose: nothing to sample
        }
    }

    private List<String> groups() {
        try {
            return admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId)
                    .sorted()
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("Could not list consumer groups", e);
        }
    }

    private Map<TopicPartition, Long> committed(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets =
                    admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata()
                            .get(10, TimeUnit.SECONDS);
            Map<TopicPartition, Long> committed = new HashMap<>();
            offsets.forEach(
                    (partition, offset) -> {
                        if (offset != null) {
                            committed.put(partition, offset.offset());
                        }
                    });
            return committed;
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the offsets of " + group, e);
        }
    }

    private Map<TopicPartition, Long> endOffsets(Collection<String> topics) {
        try {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(topics)
                    .allTopicNames()
                    .get(10, TimeUnit.SECONDS)
                    .forEach(
                            (topic, description) ->
                                    description
                                            .partitions()
                                            .forEach(
                                                    p ->
                                                            request.put(
                                                                    new TopicPartition(
                                                                            topic, p.partition()),
                                                                    OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(request)
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the end offsets of " + topics, e);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
