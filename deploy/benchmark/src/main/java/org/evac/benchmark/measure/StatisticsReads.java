package org.evac.benchmark.measure;

import java.util.List;
import org.evac.benchmark.http.Api;
import org.evac.benchmark.http.Samples;
import org.evac.benchmark.report.Figure;
import org.evac.benchmark.report.Target;
import org.evac.benchmark.system.SystemUnderTest;

/**
 * {@code GET /api/v1/statistics} of the registry and of coordination at full size, by one viewer;
 * each next to a single-row read of the same service ({@code GET /persons/{id}}, {@code GET
 * /journeys/{personId}}) as the baseline.
 */
final class StatisticsReads {

    private StatisticsReads() {}

    /** Returns coordination's statistics samples (the dashboard measurement's baseline). */
    static Samples run(Bench bench, Samples personRead, List<String> knownPersons) {
        Samples registry = statistics(bench, SystemUnderTest.REGISTRY);
        bench.results.add(
                figure(
                        "registry GET /statistics, p99",
                        registry,
                        personRead,
                        "GET /persons/{id}",
                        Search.personBaseline(personRead)));
        Samples coordination = statistics(bench, SystemUnderTest.COORDINATION);
        Samples journey =
                Sequential.measure(
                                bench,
                                () ->
                                        Api.request(
                                                        bench.url(
                                                                SystemUnderTest.COORDINATION,
                                                                "/api/v1/journeys/"
                                                                        + knownPersons.get(
                                                                                bench.random
                                                                                        .nextInt(
                                                                                                knownPersons
                                                                                                        .size()))),
                                                        bench.coordinator)
                                                .GET()
                                                .build(),
                                Sequential.answers(200))
                        .samples();
        bench.results.add(
                figure(
                        "coordination GET /statistics, p99",
                        coordination,
                        journey,
                        "GET /journeys/{id}",
                        "GET /journeys/{personId} p99, " + Sequential.describe(journey)));
        return coordination;
    }

    private static Samples statistics(Bench bench, String service) {
        return Sequential.measure(
                        bench,
                        () ->
                                Api.request(bench.url(service, "/api/v1/statistics"), bench.viewer)
                                        .GET()
                                        .build(),
                        Sequential.answers(200))
                .samples();
    }

    private static Figure figure(
            String name, Samples samples, Samples baseline, String baselineName, String how) {
        return new Figure(
                "5 Statistics",
                name,
                "ms",
                samples.p99(),
                Target.below(10),
                baseline.p99(),
                baselineName,
                "one viewer, requests one after the other after a warm-up, nothing else"
                        + " running: "
                        + Sequential.describe(samples)
                        + ". Baseline: "
                        + how);
    }
}
