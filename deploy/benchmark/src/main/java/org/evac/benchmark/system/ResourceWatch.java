package org.evac.benchmark.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Samples the resident memory of every running service every 250 ms for the whole suite and keeps
 * each service's maximum (also its kernel-kept peak, {@code VmHWM}, read at every sample, so a peak
 * between two samples is not missed); and reads the CPU time each process used, so that a
 * measurement can say where the CPU went.
 */
public final class ResourceWatch implements AutoCloseable {

    private static final long INTERVAL_MS = 250;

    private final SystemUnderTest system;
    private final Map<String, Long> maxRss = new ConcurrentHashMap<>();

    /** CPU seconds of every process a service ran in, by service and pid, as last sampled. */
    private final Map<String, Map<Long, Double>> cpuByProcess = new ConcurrentHashMap<>();

    private final Thread sampler;
    private volatile boolean running = true;

    public ResourceWatch(SystemUnderTest system) {
        this.system = system;
        this.sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** The largest resident set seen so far per service, in bytes. */
    public Map<String, Long> maxRss() {
        sampleOnce();
        Map<String, Long> result = new LinkedHashMap<>();
        for (RunningService service : system.services()) {
            result.put(service.name(), maxRss.getOrDefault(service.name(), 0L));
        }
        return result;
    }

    /**
     * CPU seconds used so far: each service (over all its restarts, up to the last sample before
     * each exit), PostgreSQL (with its exited backends), the Kafka broker and this JVM (the load
     * generator).
     */
    public Map<String, Double> cpuSeconds() {
        sampleOnce();
        Map<String, Double> cpu = new LinkedHashMap<>();
        for (RunningService service : system.services()) {
            cpu.put(
                    service.name(),
                    cpuByProcess.getOrDefault(service.name(), Map.of()).values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum());
        }
        cpu.put(
                "postgresql",
                system.postgres()
                        .map(
                                server ->
                                        ProcFs.cpuSeconds(server, true)
                                                + server.descendants()
                                                        .mapToDouble(
                                                                p -> ProcFs.cpuSeconds(p, false))
                                                        .sum())
                        .orElse(0.0));
        cpu.put(
                "kafka",
                system.kafka().map(broker -> ProcFs.cpuSeconds(broker, false)).orElse(0.0));
        cpu.put(
                "benchmark JVM (load generator)",
                ProcFs.cpuSeconds(ProcessHandle.current(), false));
        return cpu;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    private void sample() {
        while (running) {
            sampleOnce();
            try {
                Thread.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sampleOnce() {
        for (RunningService service : system.services()) {
            service.process()
                    .ifPresent(
                            process -> {
                                long now =
                                        Math.max(
                                                ProcFs.rss(process).orElse(0),
                                                ProcFs.peakRss(process).orElse(0));
                                maxRss.merge(service.name(), now, Math::max);
                                cpuByProcess
                                        .computeIfAbsent(
                                                service.name(), name -> new ConcurrentHashMap<>())
                                        .merge(
                                                process.pid(),
                                                ProcFs.cpuSeconds(process, false),
                                                Math::max);
                            });
        }
    }
}
