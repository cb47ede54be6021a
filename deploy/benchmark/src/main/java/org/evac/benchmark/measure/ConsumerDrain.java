package org.evac.benchmark.measure;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.evac.benchmark.data.ImportFile;
import org.evac.benchmark.kafka.Broker;
import org.evac.benchmark.kafka.RawDrain;
import org.evac.benchmark.report.Figure;
import org.evac.benchmark.report.Target;
import org.evac.benchmark.system.RunningService;
import org.evac.benchmark.system.SystemUnderTest;

/**
 * Each downstream consumer draining a backlog alone: both downstream services stopped, one partner
 * list imported (its events pile up on the registry's topic), then each service started on its own
 * while the broker is asked every 20 ms how far its consumer group has committed. The rate is the
 * backlog divided by the time from the last sample before the group moved to the first sample at
 * the end. Baseline: a plain consumer reading the same records.
 */
final class ConsumerDrain {

    private static final long SAMPLE_MS = 20;

    private ConsumerDrain() {}

    static void run(Bench bench) throws Exception {
        bench.awaitDownstream();
        RunningService coordination = bench.service(SystemUnderTest.COORDINATION);
        RunningService manifest = bench.service(SystemUnderTest.MANIFEST);
        coordination.stop();
        manifest.stop();
        Map<TopicPartition, Long> before = bench.broker.endOffsets(Broker.REGISTRY_TOPIC);
        ImportFile file =
                ImportFile.of(
                        "partner-list-backlog.csv",
                        bench.persons.persons(bench.settings.fileRows()));
        Imports.Outcome outcome = Imports.post(bench, file);
        bench.loaded(file.sample());
        Map<TopicPartition, Long> after = awaitPublished(bench, before, outcome.persons());
        long backlog = Broker.total(after) - Broker.total(before);
        RawDrain.Result raw = RawDrain.run(bench.system.bootstrapServers(), before, after);
        System.out.printf(
                "  backlog of %,d events; a plain consumer read them at %,.0f events/s%n",
                backlog, raw.perSecond());
        drain(bench, coordination, Broker.COORDINATION_GROUP, before, after, backlog, raw);
        drain(bench, manifest, Broker.MANIFEST_GROUP, before, after, backlog, raw);
    }

    private static void drain(
            Bench bench,
            RunningService service,
            String group,
            Map<TopicPartition, Long> before,
            Map<TopicPartition, Long> after,
            long backlog,
            RawDrain.Result raw)
            throws InterruptedException {
        long launched = System.nanoTime();
        service.start();
        long lastUnmoved = launched;
        long reached = 0;
        long deadline = launched + bench.settings.catchUp().toNanos();
        while (reached == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        group + " did not drain within " + bench.settings.catchUp());
            }
            long sampled = System.nanoTime();
            Map<TopicPartition, Long> committed = bench.broker.committed(List.of(group)).get(group);
            if (Broker.reached(committed, after)) {
                reached = sampled;
            } else if (!movedPast(committed, before)) {
                lastUnmoved = sampled;
            }
            Thread.sleep(SAMPLE_MS);
        }
        double seconds = (reached - lastUnmoved) / 1e9;
        bench.results.add(
                new Figure(
                        "2 Consumer throughput",
                        String.format("%s drains a %,d-event backlog", service.name(), backlog),
                        "events/s",
                        backlog / seconds,
                        Target.atLeast(10_000),
                        raw.perSecond(),
                        "plain consumer, same records",
                        String.format(
                                "%s stopped while a %,d-row list was imported, then started alone;"
                                        + " its group %s polled every %d ms: from the last sample before"
                                        + " it committed anything new to the first at the topic's end,"
                                        + " %.2f s (%.1f s from process start to its first commit)."
                                        + " Baseline: a plain KafkaConsumer (defaults) reading the same"
                                        + " %,d records, %.2f s",
                                service.name(),
                                bench.settings.fileRows(),
                                group,
                                SAMPLE_MS,
                                seconds,
                                (lastUnmoved - launched) / 1e9,
                                raw.records(),
                                raw.took().toNanos() / 1e9)));
    }

    /** Waits until the registry published at least {@code events} more and then stopped. */
    private static Map<TopicPartition, Long> awaitPublished(
            Bench bench, Map<TopicPartition, Long> before, long events)
            throws InterruptedException {
        long deadline = System.nanoTime() + bench.settings.catchUp().toNanos();
        Map<TopicPartition, Long> last = before;
        long unchangedSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Thread.sleep(200);
            Map<TopicPartition, Long> now = bench.broker.endOffsets(Broker.REGISTRY_TOPIC);
            if (!now.equals(last)) {
                last = now;
                unchangedSince = System.nanoTime();
            } else if (Broker.total(now) - Broker.total(before) >= events
                    && System.nanoTime() - unchangedSince > 3_000_000_000L) {
                return now;
            }
        }
        throw new IllegalStateException("The registry did not publish the import's events");
    }

    private static boolean movedPast(
            Map<TopicPartition, Long> committed, Map<TopicPartition, Long> before) {
        return committed != null
                && before.entrySet().stream()
                        .anyMatch(e -> committed.getOrDefault(e.getKey(), 0L) > e.getValue());
    }
}
