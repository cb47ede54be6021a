package org.evac.benchmark.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evac.benchmark.data.ImportFile;
import org.evac.benchmark.report.Figure;
import org.evac.benchmark.report.Target;

/**
 * Fills the registry: partner lists of {@code fileRows} rows imported one after the other through
 * the import API, with every service running, until the registry holds the configured number of
 * persons; then waits for both downstream read models to hold them too.
 */
final class Loading {

    private Loading() {}

    static void run(Bench bench) throws InterruptedException {
        int target = bench.settings.persons();
        long persons = 0;
        long rows = 0;
        Duration importing = Duration.ZERO;
        double slowest = Double.MAX_VALUE;
        double fastest = 0;
        int duplicates = 0;
        List<Map<String, Object>> imports = new ArrayList<>();
        for (int n = 1; persons < target; n++) {
            int size = (int) Math.min(bench.settings.fileRows(), Math.max(100, target - persons));
            ImportFile file =
                    ImportFile.of(
                            String.format("partner-list-%03d.csv", n), bench.persons.persons(size));
            Imports.Outcome outcome = Imports.post(bench, file);
            bench.loaded(file.sample());
            persons += outcome.persons();
            rows += outcome.rows();
            importing = importing.plus(outcome.took());
            slowest = Math.min(slowest, outcome.rowsPerSecond());
            fastest = Math.max(fastest, outcome.rowsPerSecond());
            duplicates += outcome.duplicates();
            imports.add(outcome.asMap(file.name()));
            System.out.printf(
                    "  import %d: %,d rows in %.1f s (%,.0f rows/s), registry holds %,d persons%n",
                    n,
                    outcome.rows(),
                    outcome.took().toMillis() / 1000.0,
                    outcome.rowsPerSecond(),
                    persons);
        }
        bench.results.detail("loadImports", imports);
        bench.results.detail("personsLoaded", persons);
        double rate = rows / (importing.toNanos() / 1e9);
        bench.results.add(
                new Figure(
                        "6 Bulk import",
                        String.format(
                                "loading %,d persons, mean of %d imports", persons, imports.size()),
                        "rows/s",
                        rate,
                        Target.none(),
                        Double.NaN,
                        "",
                        String.format(
                                "%d CSV files of up to %,d rows (generated households with Afghan names,"
                                        + " Dari spellings and unique documents) posted one after the other"
                                        + " to POST /api/v1/imports/csv with all three services running;"
                                        + " rows divided by upload-to-answer time: slowest file %,.0f,"
                                        + " fastest %,.0f rows/s; %,d rows not created as duplicates or likely"
                                        + " duplicates",
                                imports.size(),
                                bench.settings.fileRows(),
                                slowest,
                                fastest,
                                duplicates)));
        long started = System.nanoTime();
        bench.awaitDownstream();
        double caughtUp = (System.nanoTime() - started) / 1e9;
        bench.results.add(
                new Figure(
                        "2 Consumer throughput",
                        String.format(
                                "both read models hold all %,d persons, after the last import",
                                persons),
                        "s",
                        caughtUp,
                        Target.none(),
                        Double.NaN,
                        "",
                        "time from the last import's answer until the registry's topic stopped growing"
                                + " for 3 s and both downstream consumer groups had committed its end"
                                + " offsets (the consumers commit after their database transaction)"));
    }
}
