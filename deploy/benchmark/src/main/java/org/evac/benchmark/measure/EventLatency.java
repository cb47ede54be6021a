package org.evac.benchmark.measure;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.TopicPartition;
import org.evac.benchmark.http.Api;
import org.evac.benchmark.http.OpenLoop;
import org.evac.benchmark.http.Samples;
import org.evac.benchmark.kafka.Broker;
import org.evac.benchmark.kafka.RawRoundTrip;
import org.evac.benchmark.kafka.TopicWatch;
import org.evac.benchmark.report.Figure;
import org.evac.benchmark.report.Target;
import org.evac.benchmark.system.SystemUnderTest;

/**
 * Registry commit → both downstream read models, at a steady rate of registrations. Each
 * registration's 201 stands for its commit (the registry answers after committing). A watcher reads
 * the registry's topic and notes the partition and offset of each person's event; a poller asks the
 * broker, as fast as it answers, which offsets the two read-model consumer groups have committed
 * (each commits after the database transaction that applied the records). A person counts as
 * applied by a group once the group's committed offset passes the person's event; latency is the
 * later of the two groups. Flight-manifest's read model has no API of its own to poll, so both
 * groups are observed the same way; coordination's {@code GET /journeys/{personId}} is polled for a
 * sample as a cross-check of what a user sees.
 */
final class EventLatency {

    /** Every 50th measured registration is also polled through coordination's API. */
    private static final int API_SAMPLE_EVERY = 50;

    /** One registration followed through the system. */
    private static final class Probe {
        final String personId;
        final long answeredAt;
        volatile TopicWatch.Landing landing;
        volatile long coordinationAt;
        volatile long manifestAt;

        Probe(String personId, long answeredAt) {
            this.personId = personId;
            this.answeredAt = answeredAt;
        }

        boolean done() {
            return coordinationAt != 0 && manifestAt != 0;
        }
    }

    private EventLatency() {}

    static void run(Bench bench) throws Exception {
        int rate = bench.settings.eventRate();
        Samples raw =
                RawRoundTrip.run(
                        bench.system.bootstrapServers(),
                        rate,
                        bench.settings.warmUp(),
                        bench.settings.window());
        bench.awaitDownstream();
        List<TopicPartition> partitions = bench.broker.partitions(Broker.REGISTRY_TOPIC);
        Queue<Probe> pending = new ConcurrentLinkedQueue<>();
        Queue<Probe> measured = new ConcurrentLinkedQueue<>();
        Samples viaApi = new Samples();
        AtomicInteger counter = new AtomicInteger();
        AtomicInteger polls = new AtomicInteger();
        long pollingFrom = System.nanoTime();
        try (TopicWatch watch = new TopicWatch(bench.system.bootstrapServers(), partitions)) {
            Thread poller =
                    new Thread(() -> pollGroups(bench, watch, pending, polls), "group-poller");
            poller.setDaemon(true);
            poller.start();
            OpenLoop.Result load =
                    OpenLoop.run(
                            bench.api.client(),
                            rate,
                            bench.settings.warmUp(),
                            bench.settings.window(),
                            256,
                            () ->
                                    Api.postJson(
                                            bench.url(SystemUnderTest.REGISTRY, "/api/v1/persons"),
                                            bench.coordinator,
                                            bench.persons.citizen().request()),
                            (response, at, counted) -> {
                                if (response.statusCode() != 201) {
                                    return;
                                }
                                String id = personId(response);
                                Probe probe = new Probe(id, at);
                                pending.add(probe);
                                if (counted) {
                                    measured.add(probe);
                                    if (counter.incrementAndGet() % API_SAMPLE_EVERY == 0) {
                                        Thread journey =
                                                new Thread(
                                                        () -> pollJourney(bench, probe, viaApi),
                                                        "journey-poll");
                                        journey.setDaemon(true);
                                        journey.start();
                                    }
                                }
                            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            poller.interrupt();
            double pollingMillis = (System.nanoTime() - pollingFrom) / 1e6;
            Samples both = new Samples();
            Samples coordination = new Samples();
            Samples manifest = new Samples();
            Samples published = new Samples();
            int missing = 0;
            for (Probe probe : measured) {
                if (!probe.done()) {
                    missing++;
                    continue;
                }
                both.add(Math.max(probe.coordinationAt, probe.manifestAt) - probe.answeredAt);
                coordination.add(probe.coordinationAt - probe.answeredAt);
                manifest.add(probe.manifestAt - probe.answeredAt);
                published.add(Math.max(0, probe.landing.receivedAtNanos() - probe.answeredAt));
            }
            Thread.sleep(200);
            String how =
                    String.format(
                            "POST /api/v1/persons open loop at %d/s (%s warm-up, %s measured;"
                                    + " achieved %.0f/s, %d non-201); from each 201 until both"
                                    + " read-model consumer groups (%s, %s) had committed past the"
                                    + " person's event, read from the broker in a tight loop (%d"
                                    + " polls, about %.1f ms apart): n=%d, p50 %.1f, p99 %.1f, max"
                                    + " %.1f ms, %d not applied within 60 s. Parts: event on Kafka"
                                    + " (read by a plain consumer) p50 %.1f / p99 %.1f ms;"
                                    + " coordination p50 %.1f / p99 %.1f ms; flight-manifest p50 %.1f"
                                    + " / p99 %.1f ms; coordination's GET /journeys/{id} polled"
                                    + " (2 ms apart, growing to 25 ms) for every %dth person: n=%d, p50 %.1f / p99 %.1f ms."
                                    + " Baseline: %d records/s produced (idempotent, acks=all) and"
                                    + " consumed by plain clients on the same broker, send to"
                                    + " receipt, n=%d",
                            rate,
                            seconds(bench.settings.warmUp()),
                            seconds(bench.settings.window()),
                            load.achievedPerSecond(),
                            load.failed(),
                            Broker.COORDINATION_GROUP,
                            Broker.MANIFEST_GROUP,
                            polls.get(),
                            pollingMillis / Math.max(1, polls.get()),
                            both.count(),
                            both.p50(),
                            both.p99(),
                            both.maxMillis(),
                            missing,
                            published.p50(),
                            published.p99(),
                            coordination.p50(),
                            coordination.p99(),
                            manifest.p50(),
                            manifest.p99(),
                            API_SAMPLE_EVERY,
                            viaApi.count(),
                            viaApi.p50(),
                            viaApi.p99(),
                            rate,
                            raw.count());
            bench.results.detail(
                    "eventLatency",
                    Map.of(
                            "rate", rate,
                            "p50", both.p50(),
                            "p99", both.p99(),
                            "coordinationP99", coordination.p99(),
                            "manifestP99", manifest.p99(),
                            "publishedP99", published.p99(),
                            "rawP50", raw.p50(),
                            "rawP99", raw.p99()));
            String name = String.format("registry commit → both read models at %d/s", rate);
            bench.results.add(
                    new Figure(
                            "1 Event latency",
                            name + ", p50",
                            "ms",
                            both.p50(),
                            Target.none(),
                            raw.p50(),
                            "raw produce → consume p50",
                            how));
            bench.results.add(
                    new Figure(
                            "1 Event latency",
                            name + ", p99",
                            "ms",
                            both.p99(),
                            Target.below(50),
                            raw.p99(),
                            "raw produce → consume p99",
                            "as above"));
        }
    }

    /** Asks the broker for both groups' committed offsets until interrupted. */
    private static void pollGroups(
            Bench bench, TopicWatch watch, Queue<Probe> pending, AtomicInteger polls) {
        List<String> groups = List.of(Broker.COORDINATION_GROUP, Broker.MANIFEST_GROUP);
        while (!Thread.currentThread().isInterrupted()) {
            Map<String, Map<TopicPartition, Long>> committed;
            try {
                committed = bench.broker.committed(groups);
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                throw e;
            }
            long now = System.nanoTime();
            polls.incrementAndGet();
            for (Probe probe : pending) {
                if (probe.landing == null) {
                    probe.landing = watch.landing(probe.personId).orElse(null);
                    if (probe.landing == null) {
                        continue;
                    }
                }
                if (probe.coordinationAt == 0 && passed(committed, groups.get(0), probe.landing)) {
                    probe.coordinationAt = now;
                }
                if (probe.manifestAt == 0 && passed(committed, groups.get(1), probe.landing)) {
                    probe.manifestAt = now;
                }
                if (probe.done()) {
                    pending.remove(probe);
                }
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static boolean passed(
            Map<String, Map<TopicPartition, Long>> committed,
            String group,
            TopicWatch.Landing landing) {
        Long offset = committed.getOrDefault(group, Map.of()).get(landing.partition());
        return offset != null && offset > landing.offset();
    }

    /** What a user sees: coordination's journey of the person, 404 until it knows them. */
    private static void pollJourney(Bench bench, Probe probe, Samples samples) {
        var request =
                Api.request(
                                bench.url(
                                        SystemUnderTest.COORDINATION,
                                        "/api/v1/journeys/" + probe.personId),
                                bench.coordinator)
                        .GET()
                        .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // From 2 ms, a fifth longer after each miss up to 25 ms: the error stays within a fifth.
        double pause = 2;
        try {
            while (System.nanoTime() < deadline) {
                if (bench.api.send(request).statusCode() == 200) {
                    samples.add(System.nanoTime() - probe.answeredAt);
                    return;
                }
                Thread.sleep((long) pause);
                pause = Math.min(25, pause * 1.2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String personId(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() / 1000.0 + " s";
    }
}
