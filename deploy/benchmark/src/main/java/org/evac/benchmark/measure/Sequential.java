package org.evac.benchmark.measure;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.evac.benchmark.http.Api;
import org.evac.benchmark.http.Samples;

/**
 * One client sending requests one after the other, as a coordinator at a desk does: a warm-up, then
 * as many requests as fit the measurement window (at least {@link #MIN_SAMPLES}, at most {@link
 * #MAX_SAMPLES}).
 */
final class Sequential {

    static final int MIN_SAMPLES = 5;
    static final int MAX_SAMPLES = 2000;

    /** The measured latencies, and how many measured answers {@code hit} accepted. */
    record Measured(Samples samples, int hits) {

        String describe() {
            return Sequential.describe(samples);
        }
    }

    private Sequential() {}

    /**
     * Sends {@code requests} back to back; {@code hit} checks each answer (throwing if it is wrong)
     * and says whether it found what was asked for.
     */
    static Measured measure(
            Bench bench, Supplier<HttpRequest> requests, Predicate<HttpResponse<String>> hit) {
        run(bench.api, requests, hit, bench.settings.warmUp(), 3, new Samples());
        Samples samples = new Samples();
        int hits = run(bench.api, requests, hit, bench.settings.window(), MIN_SAMPLES, samples);
        return new Measured(samples, hits);
    }

    private static int run(
            Api api,
            Supplier<HttpRequest> requests,
            Predicate<HttpResponse<String>> hit,
            Duration window,
            int minimum,
            Samples samples) {
        int hits = 0;
        long end = System.nanoTime() + window.toNanos();
        for (int n = 0; n < MAX_SAMPLES && (n < minimum || System.nanoTime() < end); n++) {
            HttpRequest request = requests.get();
            long started = System.nanoTime();
            HttpResponse<String> response = api.send(request);
            samples.add(System.nanoTime() - started);
            if (hit.test(response)) {
                hits++;
            }
        }
        return hits;
    }

    /** A check that only requires the status (and fails the measurement on any other). */
    static Predicate<HttpResponse<String>> answers(int status) {
        return response -> {
            Api.expect(response, status);
            return true;
        };
    }

    static String describe(Samples samples) {
        return String.format(
                "n=%d, p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                samples.count(), samples.p50(), samples.p99(), samples.maxMillis());
    }
}
