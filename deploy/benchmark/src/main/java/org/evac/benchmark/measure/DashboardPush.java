package org.evac.benchmark.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.evac.benchmark.http.Api;
import org.evac.benchmark.http.Samples;
import org.evac.benchmark.report.Figure;
import org.evac.benchmark.report.Target;
import org.evac.benchmark.system.SystemUnderTest;

/**
 * A change reaching an open dashboard: a viewer holds {@code GET /api/v1/statistics/stream} open
 * while a coordinator makes offers to verified persons one at a time; each latency runs from the
 * offer's 201 to the first server-sent frame whose funnel counts it as offered.
 */
final class DashboardPush {

    /** A frame's offered count and when it arrived. */
    private record Frame(long offered, long atNanos) {}

    private DashboardPush() {}

    static void run(Bench bench, Samples statistics) throws Exception {
        int warmUp = bench.settings.smoke() ? 1 : 3;
        int measured = bench.settings.smoke() ? 3 : 25;
        List<String> persons = verifiedPersons(bench, warmUp + measured);
        bench.awaitDownstream();
        BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> stream =
                bench.api
                        .client()
                        .sendAsync(
                                Api.request(
                                                bench.url(
                                                        SystemUnderTest.COORDINATION,
                                                        "/api/v1/statistics/stream"),
                                                bench.viewer)
                                        .timeout(Duration.ofHours(1))
                                        .header("Accept", "text/event-stream")
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofLines());
        Thread reader =
                new Thread(
                        () -> {
                            try {
                                stream.get(30, TimeUnit.SECONDS)
                                        .body()
                                        .filter(line -> line.startsWith("data:"))
                                        .forEach(
                                                line ->
                                                        frames.add(
                                                                new Frame(
                                                                        offered(line.substring(5)),
                                                                        System.nanoTime())));
                            } catch (Exception closed) {
                                // the measurement ended and cancelled the stream
                            }
                        },
                        "dashboard-stream");
        reader.setDaemon(true);
        reader.start();
        try {
            Frame first = frames.poll(30, TimeUnit.SECONDS);
            if (first == null) {
                throw new IllegalStateException("The statistics stream sent no first frame");
            }
            long offered = first.offered();
            Samples latencies = new Samples();
            for (int i = 0; i < persons.size(); i++) {
                long answered = offer(bench, persons.get(i));
                Frame counted = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                while (counted == null && System.nanoTime() < deadline) {
                    Frame frame = frames.poll(100, TimeUnit.MILLISECONDS);
                    if (frame != null && frame.offered() > offered) {
                        counted = frame;
                    }
                }
                if (counted == null) {
                    throw new IllegalStateException("No frame counted an offer within 20 s");
                }
                offered = counted.offered();
                if (i >= warmUp) {
                    latencies.add(Math.max(0, counted.atNanos() - answered));
                }
                // Offers further apart than any debounce window, so each is seen alone.
                Thread.sleep(400 + bench.random.nextInt(200));
                frames.clear();
            }
            bench.results.add(
                    new Figure(
                            "5 Statistics",
                            "change → open dashboard (server-sent event), p99",
                            "ms",
                            latencies.p99(),
                            Target.below(100),
                            statistics.p50(),
                            "coordination GET /statistics p50",
                            String.format(
                                    "a viewer's GET /api/v1/statistics/stream held open; a"
                                            + " coordinator makes an offer to one verified person,"
                                            + " every 0.4-0.6 s; latency from the 201 of POST"
                                            + " /api/v1/offers to the first frame whose funnel.offered"
                                            + " counts it (%d warm-up offers first): n=%d, p50 %.1f ms,"
                                            + " p99 %.1f ms. Baseline: one computation of the same"
                                            + " figures, GET /statistics p50 %.1f ms",
                                    warmUp,
                                    latencies.count(),
                                    latencies.p50(),
                                    latencies.p99(),
                                    statistics.p50())));
        } finally {
            stream.cancel(true);
            reader.interrupt();
        }
    }

    /** Registers and verifies US citizens; returns their ids. */
    private static List<String> verifiedPersons(Bench bench, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JsonNode person =
                    Api.expect(
                            bench.api.send(
                                    Api.postJson(
                                            bench.url(SystemUnderTest.REGISTRY, "/api/v1/persons"),
                                            bench.coordinator,
                                            bench.persons.citizen().request())),
                            201);
            String id = person.path("id").asText();
            Api.expect(
                    bench.api.send(
                            Api.postJson(
                                    bench.url(
                                            SystemUnderTest.REGISTRY,
                                            "/api/v1/persons/" + id + "/verify"),
                                    bench.coordinator,
                                    Map.of(
                                            "reason",
                                            "US passport inspected",
                                            "evidenceDocumentId",
                                            person.path("documents").path(0).path("id").asText()))),
                    200);
            ids.add(id);
        }
        return ids;
    }

    /** Makes an offer to one person; returns when its 201 arrived. */
    private static long offer(Bench bench, String personId) {
        var response =
                bench.api.send(
                        Api.postJson(
                                bench.url(SystemUnderTest.COORDINATION, "/api/v1/offers"),
                                bench.coordinator,
                                Map.of(
                                        "personId",
                                        personId,
                                        "channel",
                                        "PHONE",
                                        "respondBy",
                                        OffsetDateTime.now(ZoneOffset.UTC)
                                                .plusDays(7)
                                                .toString())));
        long answered = System.nanoTime();
        Api.expect(response, 201);
        return answered;
    }

    private static long offered(String json) {
        try {
            return Api.JSON.readTree(json).path("funnel").path("offered").asLong();
        } catch (IOException e) {
            return -1;
        }
    }
}
