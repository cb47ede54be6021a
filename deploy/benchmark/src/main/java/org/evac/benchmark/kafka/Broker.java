package org.evac.benchmark.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the broker knows about a topic and the services' consumer groups (named in the services'
 * READMEs): end offsets, and the offsets each group committed, which a consumer commits only after
 * the database transaction that applied the records.
 */
public final class Broker implements AutoCloseable {

    public static final String REGISTRY_TOPIC = "evac.registry.events";
    public static final String COORDINATION_GROUP = "coordination-registry-read-model";
    public static final String MANIFEST_GROUP = "flight-manifest-registry";

    private final Admin admin;
    private final String bootstrapServers;

    public Broker(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin =
                Admin.create(
                        Map.of(
                                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                                bootstrapServers,
                                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                                10_000));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public List<TopicPartition> partitions(String topic) {
        try {
            return admin
                    .describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
                    .get(topic)
                    .partitions()
                    .stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw failed("describe " + topic, e);
        }
    }

    /** The offset the next record of each partition will get. */
    public Map<TopicPartition, Long> endOffsets(String topic) {
        Map<TopicPartition, OffsetSpec> latest =
                partitions(topic).stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
        try {
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest)
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw failed("list offsets of " + topic, e);
        }
    }

    /** Committed offsets per group (a partition the group never committed is absent). */
    public Map<String, Map<TopicPartition, Long>> committed(List<String> groups) {
        Map<String, ListConsumerGroupOffsetsSpec> specs =
                groups.stream()
                        .collect(Collectors.toMap(g -> g, g -> new ListConsumerGroupOffsetsSpec()));
        try {
            Map<String, Map<TopicPartition, OffsetAndMetadata>> all =
                    admin.listConsumerGroupOffsets(specs).all().get(30, TimeUnit.SECONDS);
            Map<String, Map<TopicPartition, Long>> result = new HashMap<>();
            all.forEach(
                    (group, offsets) -> {
                        Map<TopicPartition, Long> positions = new HashMap<>();
                        offsets.forEach(
                                (partition, offset) -> {
                                    if (offset != null) {
                                        positions.put(partition, offset.offset());
                                    }
                                });
                        result.put(group, positions);
                    });
            return result;
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw failed("list offsets of " + groups, e);
        }
    }

    /** Records of {@code topic} a group has still to apply. */
    public long lag(String group, String topic) {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        Map<TopicPartition, Long> committed = committed(List.of(group)).get(group);
        long lag = 0;
        for (var end : ends.entrySet()) {
            lag += Math.max(0, end.getValue() - committed.getOrDefault(end.getKey(), 0L));
        }
        return lag;
    }

    public static long total(Map<TopicPartition, Long> offsets) {
        return offsets.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Waits until the registry has published everything (its topic's end offsets unchanged for
     * {@code quiet}) and every group in {@code groups} has applied it; returns the time waited.
     */
    public Duration awaitCaughtUp(List<String> groups, Duration quiet, Duration timeout)
            throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        Map<TopicPartition, Long> ends = endOffsets(REGISTRY_TOPIC);
        long unchangedSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(200);
            Map<TopicPartition, Long> now = endOffsets(REGISTRY_TOPIC);
            if (!now.equals(ends)) {
                ends = now;
                unchangedSince = System.nanoTime();
                continue;
            }
            if (System.nanoTime() - unchangedSince < quiet.toNanos()) {
                continue;
            }
            Map<String, Map<TopicPartition, Long>> committed = committed(groups);
            Map<TopicPartition, Long> published = ends;
            boolean applied =
                    groups.stream().allMatch(group -> reached(committed.get(group), published));
            if (applied) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
        }
        throw new IllegalStateException(
                "The consumers " + groups + " did not catch up within " + timeout);
    }

    /** Whether {@code committed} is at or past {@code ends} on every partition. */
    public static boolean reached(
            Map<TopicPartition, Long> committed, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream()
                .allMatch(
                        end ->
                                end.getValue() == 0
                                        || committed != null
                                                && committed.getOrDefault(end.getKey(), 0L)
                                                        >= end.getValue());
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }

    private static IllegalStateException failed(String what, Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return new IllegalStateException("Kafka: could not " + what, e);
    }
}
