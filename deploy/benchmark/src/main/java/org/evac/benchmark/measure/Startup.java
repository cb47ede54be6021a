package org.evac.benchmark.measure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.evac.benchmark.report.Figure;
import org.evac.benchmark.report.Results;
import org.evac.benchmark.report.Target;
import org.evac.benchmark.system.BareJvmServer;
import org.evac.benchmark.system.ProcFs;
import org.evac.benchmark.system.RunningService;
import org.evac.benchmark.system.SystemUnderTest;

/**
 * Start-up as an operator sees it: from launching the process to the first 200 of {@code
 * /q/health/ready}, and the resident memory at that moment; for the whole stack, from starting
 * PostgreSQL to the last service ready.
 */
final class Startup {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    /** One start: seconds to ready and resident MB then. */
    record Start(double seconds, double rssMb) {}

    private Startup() {}

    /** A whole-stack start: PostgreSQL and Kafka, then the three services at once. */
    record StackStart(
            double infrastructureSeconds, double stackSeconds, Map<String, Start> services) {}

    /**
     * Starts the infrastructure, then all three services at once, as the local stack does, and adds
     * the figure named {@code which}.
     */
    static StackStart stack(Bench bench, String which) throws InterruptedException {
        return stack(bench.system, bench.results, which);
    }

    static StackStart stack(SystemUnderTest system, Results results, String which)
            throws InterruptedException {
        long began = System.nanoTime();
        system.startInfrastructure();
        long infrastructure = System.nanoTime();
        Map<String, Long> launched = new LinkedHashMap<>();
        for (RunningService service : system.services()) {
            launched.put(service.name(), System.nanoTime());
            service.start();
        }
        Map<String, Start> starts = new LinkedHashMap<>();
        long last = 0;
        for (RunningService service : system.services()) {
            long ready = Readiness.await(service, READY_TIMEOUT);
            last = Math.max(last, ready);
            starts.put(
                    service.name(),
                    new Start((ready - launched.get(service.name())) / 1e9, rssMb(service)));
        }
        StackStart start =
                new StackStart((infrastructure - began) / 1e9, (last - began) / 1e9, starts);
        results.add(
                new Figure(
                        "7 Start-up",
                        "whole stack ready, " + which,
                        "s",
                        start.stackSeconds(),
                        Target.below(20),
                        start.infrastructureSeconds(),
                        "PostgreSQL + Kafka ready",
                        String.format(
                                "from starting PostgreSQL and Kafka (each a process of its"
                                        + " own, as the local stack runs them) and creating the topics, then launching the three services at once, to the"
                                        + " last first 200 of /q/health/ready; each service, launch to"
                                        + " ready / resident memory then: %s. Baseline: the"
                                        + " infrastructure part alone",
                                starts.entrySet().stream()
                                        .map(
                                                e ->
                                                        String.format(
                                                                "%s %.1f s / %.0f MB",
                                                                e.getKey(),
                                                                e.getValue().seconds(),
                                                                e.getValue().rssMb()))
                                        .reduce((a, b) -> a + ", " + b)
                                        .orElse(""))));
        return start;
    }

    /**
     * Each service restarted alone {@code repeats} times, with the bare JVM as the baseline;
     * returns each service's median start.
     */
    static Map<String, Start> alone(Bench bench) throws Exception {
        Map<String, Start> medians = new LinkedHashMap<>();
        int repeats = bench.settings.repeats();
        List<Start> bare = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            bare.add(bareJvm());
        }
        Start bareMedian = median(bare);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("bareJvm", bare);
        for (RunningService service : bench.system.services()) {
            List<Start> starts = new ArrayList<>();
            for (int i = 0; i < repeats; i++) {
                service.stop();
                Thread.sleep(1000);
                long launched = System.nanoTime();
                service.start();
                long ready = Readiness.await(service, READY_TIMEOUT);
                starts.add(new Start((ready - launched) / 1e9, rssMb(service)));
            }
            detail.put(service.name(), starts);
            Start median = median(starts);
            medians.put(service.name(), median);
            String runs = describe(starts);
            bench.results.add(
                    new Figure(
                            "7 Start-up",
                            service.name() + " ready after process start",
                            "s",
                            median.seconds(),
                            Target.below(1.5),
                            bareMedian.seconds(),
                            "bare JVM answering HTTP",
                            String.format(
                                    "median of %d restarts of the service alone (the rest of the stack"
                                            + " running, the registry holding the loaded persons): from"
                                            + " launching java -Xmx512m -jar quarkus-run.jar to the first 200"
                                            + " of /q/health/ready, polled every 20 ms; runs %s. Baseline:"
                                            + " the same java launching a JDK HttpServer that answers that"
                                            + " path (%s)",
                                    repeats, runs, describe(bare))));
            bench.results.add(
                    new Figure(
                            "7 Start-up",
                            service.name() + " resident memory after start",
                            "MB",
                            median.rssMb(),
                            Target.below(200),
                            bareMedian.rssMb(),
                            "bare JVM answering HTTP",
                            "VmRSS of the process when it first answered ready, median of the same"
                                    + " restarts"));
        }
        bench.results.detail("startAlone", detail);
        return medians;
    }

    /** The resident memory of a service's process now, in MB. */
    static double rssMb(RunningService service) {
        return service.process().map(p -> ProcFs.rss(p).orElse(0)).orElse(0L) / 1048576.0;
    }

    private static Start bareJvm() throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String launcher = ProcessHandle.current().info().command().orElse("java");
        String classes =
                Path.of(
                                URI.create(
                                        BareJvmServer.class
                                                .getProtectionDomain()
                                                .getCodeSource()
                                                .getLocation()
                                                .toString()))
                        .toString();
        long launched = System.nanoTime();
        Process process =
                new ProcessBuilder(
                                launcher,
                                "-Xmx512m",
                                "-cp",
                                classes,
                                BareJvmServer.class.getName(),
                                Integer.toString(port))
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        try {
            long ready = Readiness.await("bare JVM", "http://localhost:" + port, READY_TIMEOUT);
            double rss = ProcFs.rss(process.toHandle()).orElse(0) / 1048576.0;
            return new Start((ready - launched) / 1e9, rss);
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Start median(List<Start> starts) {
        double[] seconds = starts.stream().mapToDouble(Start::seconds).sorted().toArray();
        double[] rss = starts.stream().mapToDouble(Start::rssMb).sorted().toArray();
        return new Start(seconds[seconds.length / 2], rss[rss.length / 2]);
    }

    private static String describe(List<Start> starts) {
        return Arrays.toString(
                starts.stream()
                        .map(s -> String.format("%.2f s / %.0f MB", s.seconds(), s.rssMb()))
                        .toArray());
    }
}
