package org.evac.benchmark.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evac.benchmark.Settings;
import org.evac.benchmark.http.Samples;
import org.evac.benchmark.report.Figure;
import org.evac.benchmark.report.LatencyChart;
import org.evac.benchmark.report.Results;
import org.evac.benchmark.report.Target;
import org.evac.benchmark.system.ResourceWatch;
import org.evac.benchmark.system.SystemUnderTest;

/**
 * The suite's measurements in the order they run: reads while the system is quiet first, then the
 * loads that leave backlogs, then the restarts. A measurement that fails is reported as not
 * measured and the suite goes on, unless what follows depends on it (start-up, loading).
 */
public final class Measurements {

    /** A step of the suite. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    private final Settings settings;
    private final SystemUnderTest system;
    private final ResourceWatch resources;
    private final Results results;
    private final List<Map<String, Object>> phases = new ArrayList<>();

    public Measurements(
            Settings settings, SystemUnderTest system, ResourceWatch resources, Results results) {
        this.settings = settings;
        this.system = system;
        this.resources = resources;
        this.results = results;
    }

    /** Runs everything; returns the registration load steps for the chart. */
    public List<LatencyChart.Point> runAll() {
        List<LatencyChart.Point> points = new ArrayList<>();
        Map<String, Startup.Start> afterStart = new LinkedHashMap<>();
        try {
            if (!phase(
                    "7 Start-up",
                    "stack start",
                    () ->
                            afterStart.putAll(
                                    Startup.stack(
                                                    system,
                                                    results,
                                                    "first start (empty data directory: initdb,"
                                                            + " migrations)")
                                            .services()))) {
                return points;
            }
            Bench bench = new Bench(settings, system, resources, results);
            if (!phase("6 Bulk import", "loading", () -> Loading.run(bench))) {
                return points;
            }
            Search.Found[] found = new Search.Found[1];
            Samples[] statistics = new Samples[1];
            phase("4 Search", "search", () -> found[0] = Search.run(bench));
            phase(
                    "5 Statistics",
                    "statistics",
                    () ->
                            statistics[0] =
                                    StatisticsReads.run(
                                            bench,
                                            required(found[0], "search").personRead(),
                                            found[0].personIds()));
            phase(
                    "5 Statistics",
                    "dashboard",
                    () -> DashboardPush.run(bench, required(statistics[0], "statistics")));
            phase("1 Event latency", "event latency", () -> EventLatency.run(bench));
            phase(
                    "3 Registration API",
                    "registration load",
                    () -> points.addAll(RegistrationLoad.run(bench)));
            phase("6 Bulk import", "bulk import", () -> BulkImport.run(bench));
            phase("2 Consumer throughput", "consumer drain", () -> ConsumerDrain.run(bench));
            phase("7 Start-up", "start-up alone", () -> afterStart.putAll(Startup.alone(bench)));
            memory(afterStart);
            phase(
                    "7 Start-up",
                    "stack restart",
                    () -> {
                        system.stop();
                        Startup.stack(system, results, "restart with the loaded data");
                    });
        } finally {
            results.detail("phases", phases);
        }
        return points;
    }

    private void memory(Map<String, Startup.Start> afterStart) {
        Map<String, Long> max = resources.maxRss();
        max.forEach(
                (service, bytes) -> {
                    Startup.Start start = afterStart.get(service);
                    results.add(
                            new Figure(
                                    "8 Memory",
                                    service + " maximum resident memory during the suite",
                                    "MB",
                                    bytes / 1048576.0,
                                    Target.below(512),
                                    start == null ? Double.NaN : start.rssMb(),
                                    "resident memory after start",
                                    "the largest VmRSS (and VmHWM, the kernel's peak) of the service's"
                                            + " process, sampled every 250 ms through the whole suite"
                                            + " and over every restart; the JVM runs with -Xmx512m."
                                            + " Baseline: its resident memory when it first answered"
                                            + " ready"));
                });
    }

    /** Runs one step, recording its time and where the CPU went; false if it failed. */
    private boolean phase(String measurement, String name, Step step) {
        System.out.println();
        System.out.println("--- " + name + " ---");
        Map<String, Double> cpuBefore = resources.cpuSeconds();
        long started = System.nanoTime();
        boolean succeeded = true;
        try {
            step.run();
        } catch (Exception | AssertionError e) {
            succeeded = false;
            e.printStackTrace(System.out);
            results.add(
                    Figure.failed(
                            measurement,
                            name,
                            "",
                            Target.none(),
                            e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Double> cpu = new LinkedHashMap<>();
        resources
                .cpuSeconds()
                .forEach(
                        (process, total) ->
                                cpu.put(
                                        process,
                                        Math.max(0, total - cpuBefore.getOrDefault(process, 0.0))));
        Map<String, Object> phase = new LinkedHashMap<>();
        phase.put("phase", name);
        phase.put("seconds", seconds);
        phase.put("cpuSeconds", cpu);
        phases.add(phase);
        System.out.printf("  (%s: %.0f s; CPU seconds %s)%n", name, seconds, rounded(cpu));
        return succeeded;
    }

    private static Map<String, Long> rounded(Map<String, Double> cpu) {
        Map<String, Long> rounded = new LinkedHashMap<>();
        cpu.forEach((process, seconds) -> rounded.put(process, Math.round(seconds)));
        return rounded;
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new IllegalStateException("skipped: " + what + " was not measured");
        }
        return value;
    }
}
