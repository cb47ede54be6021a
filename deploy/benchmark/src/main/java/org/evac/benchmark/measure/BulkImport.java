package org.evac.benchmark.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.TopicPartition;
import org.evac.benchmark.data.GeneratedPerson;
import org.evac.benchmark.data.ImportFile;
import org.evac.benchmark.http.Api;
import org.evac.benchmark.kafka.Broker;
import org.evac.benchmark.kafka.RawDrain;
import org.evac.benchmark.report.Figure;
import org.evac.benchmark.report.Target;
import org.evac.benchmark.system.SystemUnderTest;

/**
 * One more partner list into the full registry with every service running: its rows per second
 * against a COPY of the same file into the same database, and how soon after the import's answer
 * coordination knows every imported person (a coordinator can offer them a seat).
 */
final class BulkImport {

    /** Imported persons polled in coordination: the last rows (committed last) and a spread. */
    private static final int LAST_ROWS = 100;

    private static final int SPREAD = 100;

    private BulkImport() {}

    static void run(Bench bench) throws Exception {
        bench.awaitDownstream();
        ImportFile file =
                ImportFile.of(
                        "partner-list-measured.csv",
                        bench.persons.persons(bench.settings.fileRows()));
        Map<TopicPartition, Long> before = bench.broker.endOffsets(Broker.REGISTRY_TOPIC);
        Imports.Outcome outcome = Imports.post(bench, file);
        bench.loaded(file.sample());
        long answered = outcome.answeredAtNanos();
        List<String> created = Imports.createdPersons(bench, outcome.id());
        long offerable = awaitKnownInCoordination(bench, probes(bench, created));
        double seconds = (offerable - answered) / 1e9;
        double copySeconds =
                JdbcBaseline.copy(
                        bench.system.jdbcUrl(SystemUnderTest.REGISTRY),
                        GeneratedPerson.CSV_HEADER,
                        file.csv());
        double copyRate = file.rows() / copySeconds;
        bench.results.add(
                new Figure(
                        "6 Bulk import",
                        String.format(
                                "%,d-row file into a registry of %,d+ persons",
                                file.rows(), (long) bench.results.details().get("personsLoaded")),
                        "rows/s",
                        outcome.rowsPerSecond(),
                        Target.atLeast(10_000),
                        copyRate,
                        "COPY of the same rows",
                        String.format(
                                "POST /api/v1/imports/csv of a new generated list (%,d created, %,d of them"
                                        + " flagged; %,d duplicates or likely duplicates, %,d invalid) with all"
                                        + " services running, rows divided by upload-to-answer time"
                                        + " (%.1f s). Baseline: the same file with COPY … FROM STDIN"
                                        + " (csv) into a table of its columns as text in the registry's"
                                        + " database: %.2f s",
                                outcome.created(),
                                outcome.flagged(),
                                outcome.duplicates(),
                                outcome.invalid(),
                                outcome.took().toNanos() / 1e9,
                                copySeconds)));
        bench.awaitDownstream();
        Map<TopicPartition, Long> after = bench.broker.endOffsets(Broker.REGISTRY_TOPIC);
        RawDrain.Result raw = RawDrain.run(bench.system.bootstrapServers(), before, after);
        bench.results.add(
                new Figure(
                        "2 Consumer throughput",
                        String.format(
                                "%,d-row import known to coordination, after the import's end",
                                file.rows()),
                        "s",
                        seconds,
                        Target.below(30),
                        raw.took().toNanos() / 1e9,
                        "plain consumer reads the import's events",
                        String.format(
                                "after the import above answered, its per-row report was fetched and"
                                        + " %d of its persons (the last %d created rows, committed"
                                        + " last, and %d spread over the file) polled with"
                                        + " coordination's GET /api/v1/journeys/{personId} until every"
                                        + " one answered 200 (404 while coordination does not know"
                                        + " the person). Baseline: a plain consumer reading the"
                                        + " %,d events the import published, %.2f s",
                                Math.min(created.size(), LAST_ROWS + SPREAD),
                                LAST_ROWS,
                                SPREAD,
                                raw.records(),
                                raw.took().toNanos() / 1e9)));
    }

    private static List<String> probes(Bench bench, List<String> created) {
        Set<String> probes =
                new LinkedHashSet<>(
                        created.subList(Math.max(0, created.size() - LAST_ROWS), created.size()));
        for (int i = 0; i < SPREAD && !created.isEmpty(); i++) {
            probes.add(created.get(bench.random.nextInt(created.size())));
        }
        List<String> shuffled = new ArrayList<>(probes);
        Collections.shuffle(shuffled);
        return shuffled;
    }

    /** Polls until coordination knows every person; returns when the last one answered. */
    private static long awaitKnownInCoordination(Bench bench, List<String> persons)
            throws InterruptedException {
        List<String> unknown = new ArrayList<>(persons);
        long deadline = System.nanoTime() + bench.settings.catchUp().toNanos();
        while (!unknown.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        unknown.size() + " imported persons still unknown to coordination");
            }
            for (var it = unknown.iterator(); it.hasNext(); ) {
                var response =
                        bench.api.send(
                                Api.request(
                                                bench.url(
                                                        SystemUnderTest.COORDINATION,
                                                        "/api/v1/journeys/" + it.next()),
                                                bench.coordinator)
                                        .GET()
                                        .build());
                if (response.statusCode() == 200) {
                    it.remove();
                } else {
                    break;
                }
            }
            if (!unknown.isEmpty()) {
                TimeUnit.MILLISECONDS.sleep(20);
            }
        }
        return System.nanoTime();
    }
}
