package org.evac.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the suite runs, from {@code -Dbenchmark.*} system properties. Below 100,000 persons it runs
 * at smoke scale (CI): short measurements, one start-up per service, few load steps; each default
 * can still be overridden.
 *
 * @param persons persons loaded before the measurements (at least this many are created)
 * @param fileRows rows per import file, and the size of the measured import and consumer backlog
 * @param seconds length of each measurement window (warm-ups are half as long)
 * @param offeredLoads registration rates (per second) of the load steps, in increasing order
 * @param repeats start-ups measured per service
 * @param eventRate registrations per second while event latency is measured
 * @param catchUp longest wait for the downstream consumers to catch up between measurements
 * @param jfr whether each service records a JFR profile of the whole suite
 */
public record Settings(
        Path root,
        Path output,
        int persons,
        int fileRows,
        int seconds,
        List<Integer> offeredLoads,
        int repeats,
        int eventRate,
        Duration catchUp,
        boolean jfr) {

    static final int FULL_SCALE = 100_000;

    static Settings fromSystemProperties() {
        int persons = integer("benchmark.persons", 1_000_000);
        boolean smoke = persons < FULL_SCALE;
        Path root = Path.of(System.getProperty("evac.root", ".")).toAbsolutePath().normalize();
        return new Settings(
                root,
                Path.of(
                                property(
                                        "benchmark.output",
                                        root.resolve("deploy/benchmark/target/benchmark")
                                                .toString()))
                        .toAbsolutePath()
                        .normalize(),
                persons,
                integer("benchmark.file-rows", Math.min(100_000, Math.max(500, persons / 5))),
                integer("benchmark.seconds", smoke ? 2 : 20),
                Arrays.stream(
                                property(
                                                "benchmark.loads",
                                                smoke
                                                        ? "50,100"
                                                        : "100,200,400,600,800,1000,1200,1500")
                                        .split(","))
                        .map(String::strip)
                        .map(Integer::parseInt)
                        .toList(),
                integer("benchmark.repeats", smoke ? 1 : 3),
                integer("benchmark.event-rate", smoke ? 50 : 200),
                Duration.ofMinutes(integer("benchmark.catch-up-minutes", 45)),
                Boolean.parseBoolean(property("benchmark.jfr", "false")));
    }

    /** The settings as plain values, for the JSON results. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("persons", persons);
        map.put("fileRows", fileRows);
        map.put("seconds", seconds);
        map.put("offeredLoads", offeredLoads);
        map.put("repeats", repeats);
        map.put("eventRate", eventRate);
        map.put("catchUpMinutes", catchUp.toMinutes());
        map.put("jfr", jfr);
        return map;
    }

    public boolean smoke() {
        return persons < FULL_SCALE;
    }

    public Duration window() {
        return Duration.ofSeconds(seconds);
    }

    public Duration warmUp() {
        return Duration.ofMillis(seconds * 500L);
    }

    /** An unset or empty property (Maven passes empty ones) means the default. */
    private static String property(String name, String defaultValue) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }

    private static int integer(String name, int defaultValue) {
        return Integer.parseInt(property(name, Integer.toString(defaultValue)).replace("_", ""));
    }
}
