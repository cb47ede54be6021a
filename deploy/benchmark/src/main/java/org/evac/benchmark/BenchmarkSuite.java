package org.evac.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evac.benchmark.measure.Measurements;
import org.evac.benchmark.report.Figure;
import org.evac.benchmark.report.LatencyChart;
import org.evac.benchmark.report.ResultTable;
import org.evac.benchmark.report.Results;
import org.evac.benchmark.report.ResultsJson;
import org.evac.benchmark.system.ProcFs;
import org.evac.benchmark.system.ResourceWatch;
import org.evac.stack.LocalStackSystem;

/**
 * The performance suite of issue 9: starts the packaged stack in a data directory of its own, loads
 * the registry, runs every measurement with its baseline, and prints one table; writes the results
 * as JSON and the registration latency chart. Exits 1 if a measurement could not be made (a missed
 * target is a result, not a failure).
 */
public final class BenchmarkSuite {

    private final Settings settings;

    private BenchmarkSuite(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        System.exit(new BenchmarkSuite(Settings.fromSystemProperties()).run());
    }

    private int run() throws Exception {
        Instant started = Instant.now();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("startedAt", started.toString());
        run.put("settings", settings.asMap());
        run.put("machine", machine());
        System.out.println("=== evac benchmark suite (issue 9) ===");
        System.out.println("Settings: " + settings.asMap());
        System.out.println("Machine: " + run.get("machine"));
        Path data = settings.output().resolve("data");
        deleteRecursively(data);
        Files.createDirectories(data);
        Results results = new Results();
        LocalStackSystem system = new LocalStackSystem(settings.root(), data, this::environment);
        Thread cleanUp = new Thread(system::close, "stop-benchmark-stack");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        List<LatencyChart.Point> points;
        try (ResourceWatch resources = new ResourceWatch(system)) {
            points = new Measurements(settings, system, resources, results).runAll();
        } finally {
            system.close();
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        }
        run.put("finishedAt", Instant.now().toString());
        run.put("minutes", Duration.between(started, Instant.now()).toSeconds() / 60.0);
        run.put("loadAverageAtEnd", ProcFs.loadAverage());
        List<Figure> figures = new ArrayList<>(results.figures());
        figures.sort(Comparator.comparingInt(f -> Integer.parseInt(f.measurement().split(" ")[0])));
        String table = ResultTable.markdown(figures);
        Files.writeString(settings.output().resolve("results.md"), header(run) + "\n" + table);
        ResultsJson.write(settings.output().resolve("results.json"), run, results);
        if (!points.isEmpty()) {
            LatencyChart.write(settings.output(), "registration-latency", points, 50);
        }
        System.out.println();
        System.out.println(header(run));
        System.out.println(table);
        System.out.println(
                "Written: "
                        + settings.output().resolve("results.md")
                        + ", results.json"
                        + (points.isEmpty() ? "" : ", registration-latency.svg and .png"));
        return results.anyFailed() ? 1 : 0;
    }

    private String header(Map<String, Object> run) {
        @SuppressWarnings("unchecked")
        Map<String, Object> machine = (Map<String, Object>) run.get("machine");
        return String.format(
                "evac benchmark, started %s, %.0f minutes, %,d persons. Machine: %s cores (%s), %s GB,"
                        + " %s, %s; load average (1, 5, 15 min) %s at the start, %s at the end",
                run.get("startedAt"),
                (double) run.get("minutes"),
                settings.persons(),
                machine.get("cores"),
                machine.get("cpu"),
                machine.get("memoryGb"),
                machine.get("os"),
                machine.get("java"),
                machine.get("loadAverageAtStart"),
                run.get("loadAverageAtEnd"));
    }

    private Map<String, String> environment(String service) {
        if (!settings.jfr()) {
            return Map.of();
        }
        Path recording =
                settings.output()
                        .resolve("jfr")
                        .resolve(service + "-" + System.currentTimeMillis() + ".jfr");
        try {
            Files.createDirectories(recording.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "JAVA_TOOL_OPTIONS",
                "-XX:StartFlightRecording=filename="
                        + recording
                        + ",settings=profile,dumponexit=true");
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", ProcFs.cpuModel());
        machine.put("memoryGb", Math.round(ProcFs.memoryTotal() / 1e9));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put(
                "java",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("loadAverageAtStart", ProcFs.loadAverage());
        return machine;
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
