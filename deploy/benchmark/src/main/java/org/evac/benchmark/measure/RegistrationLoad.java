package org.evac.benchmark.measure;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.evac.benchmark.http.Api;
import org.evac.benchmark.http.OpenLoop;
import org.evac.benchmark.report.Figure;
import org.evac.benchmark.report.LatencyChart;
import org.evac.benchmark.report.Target;
import org.evac.benchmark.system.SystemUnderTest;

/**
 * {@code POST /api/v1/persons} at increasing offered load, open loop, with every consumer running;
 * each step starts once the downstream read models have caught up with the one before. Baseline:
 * the same database committing a person row and an outbox row per transaction.
 */
final class RegistrationLoad {

    private static final int MAX_IN_FLIGHT = 512;
    private static final int BASELINE_CONNECTIONS = 16;
    private static final double TARGET_RATE = 1000;
    private static final double TARGET_P99 = 50;

    private RegistrationLoad() {}

    static List<LatencyChart.Point> run(Bench bench) throws Exception {
        List<LatencyChart.Point> points = new ArrayList<>();
        List<Map<String, Object>> steps = new ArrayList<>();
        AtomicReference<String> lastPerson = new AtomicReference<>();
        double sustained = 0;
        double p99AtTarget = Double.NaN;
        double offeredAtTarget = Double.NaN;
        for (int offered : bench.settings.offeredLoads()) {
            bench.awaitDownstream();
            OpenLoop.Result step =
                    OpenLoop.run(
                            bench.api.client(),
                            offered,
                            bench.settings.warmUp(),
                            bench.settings.window(),
                            MAX_IN_FLIGHT,
                            () ->
                                    Api.postJson(
                                            bench.url(SystemUnderTest.REGISTRY, "/api/v1/persons"),
                                            bench.coordinator,
                                            bench.persons.citizen().request()),
                            (response, at, counted) -> remember(response, lastPerson));
            double p50 = step.latencies().p50();
            double p99 = step.latencies().p99();
            System.out.printf(
                    "  %,d req/s offered: achieved %,.0f/s, p50 %.1f ms, p99 %.1f ms, statuses %s%n",
                    offered, step.achievedPerSecond(), p50, p99, step.statuses());
            points.add(new LatencyChart.Point(offered, step.achievedPerSecond(), p50, p99));
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("offered", offered);
            detail.put("achieved", step.achievedPerSecond());
            detail.put("p50", p50);
            detail.put("p99", p99);
            detail.put("max", step.latencies().maxMillis());
            detail.put("statuses", step.statuses());
            steps.add(detail);
            boolean kept = step.achievedPerSecond() >= 0.95 * offered;
            if (kept && p99 < TARGET_P99) {
                sustained = Math.max(sustained, offered);
            }
            if (Double.isNaN(offeredAtTarget)
                    && offered >= Math.min(TARGET_RATE, maxOffered(bench))) {
                p99AtTarget = p99;
                offeredAtTarget = offered;
            }
        }
        bench.results.detail("registrationSteps", steps);
        bench.awaitDownstream();
        JdbcBaseline.Result baseline =
                JdbcBaseline.personAndOutbox(
                        bench.system.jdbcUrl(SystemUnderTest.REGISTRY),
                        lastPerson.get(),
                        BASELINE_CONNECTIONS,
                        bench.settings.warmUp().toNanos(),
                        bench.settings.window().toNanos());
        String summary =
                points.stream()
                        .map(
                                p ->
                                        String.format(
                                                "%,.0f→%,.0f/s p99 %.0f ms",
                                                p.offered(), p.achieved(), p.p99()))
                        .reduce((a, b) -> a + "; " + b)
                        .orElse("");
        String how =
                String.format(
                        "open-loop POST /api/v1/persons (a new US citizen with passport, phone and"
                                + " source each; no Idempotency-Key), steps of %s warm-up + %s"
                                + " measured, at most %d in flight; latency from each request's"
                                + " scheduled send to its answer, whatever the answer (a request"
                                + " never sent counts with its wait); throughput counts the 201s"
                                + " answered within the window; the consumers of both downstream services"
                                + " running, each step after they caught up: %s. Baseline: %d JDBC"
                                + " connections committing a person row and an outbox row per"
                                + " transaction into copies of those tables in the registry's database:"
                                + " %,.0f tx/s, p50 %.1f ms, p99 %.1f ms",
                        bench.settings.warmUp().toMillis() / 1000.0 + " s",
                        bench.settings.window().toMillis() / 1000.0 + " s",
                        MAX_IN_FLIGHT,
                        summary,
                        baseline.connections(),
                        baseline.perSecond(),
                        baseline.latencies().p50(),
                        baseline.latencies().p99());
        bench.results.add(
                new Figure(
                        "3 Registration API",
                        "highest offered load sustained (≥ 95 % served, p99 < 50 ms)",
                        "req/s",
                        sustained,
                        Target.atLeast(TARGET_RATE),
                        baseline.perSecond(),
                        "JDBC person + outbox insert, tx/s",
                        how));
        double peak = points.stream().mapToDouble(LatencyChart.Point::achieved).max().orElse(0);
        bench.results.add(
                new Figure(
                        "3 Registration API",
                        "peak achieved throughput",
                        "req/s",
                        peak,
                        Target.none(),
                        baseline.perSecond(),
                        "JDBC person + outbox insert, tx/s",
                        "as above: the most registrations answered 201 per second in any step"));
        bench.results.add(
                new Figure(
                        "3 Registration API",
                        String.format("p99 at %,.0f req/s offered", offeredAtTarget),
                        "ms",
                        p99AtTarget,
                        Target.below(TARGET_P99),
                        baseline.latencies().p99(),
                        "JDBC person + outbox transaction p99",
                        "as above"));
        return points;
    }

    private static double maxOffered(Bench bench) {
        return bench.settings.offeredLoads().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static void remember(HttpResponse<String> response, AtomicReference<String> person) {
        if (response.statusCode() == 201) {
            String location = response.headers().firstValue("Location").orElse("");
            person.set(location.substring(location.lastIndexOf('/') + 1));
        }
    }
}
