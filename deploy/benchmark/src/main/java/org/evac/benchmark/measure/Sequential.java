package org.evac.benchmark.measure;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;
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

    private Sequential() {}

    static Samples measure(
            Bench bench, Supplier<HttpRequest> requests, Consumer<HttpResponse<String>> check) {
        run(bench.api, requests, check, bench.settings.warmUp(), 3, null);
        Samples samples = new Samples();
        run(bench.api, requests, check, bench.settings.window(), MIN_SAMPLES, samples);
        return samples;
    }

    private static void run(
            Api api,
            Supplier<HttpRequest> requests,
            Consumer<HttpResponse<String>> check,
            Duration window,
            int minimum,
            Samples samples) {
        long end = System.nanoTime() + window.toNanos();
        for (int n = 0; n < MAX_SAMPLES && (n < minimum || System.nanoTime() < end); n++) {
            HttpRequest request = requests.get();
            long started = System.nanoTime();
            HttpResponse<String> response = api.send(request);
            long took = System.nanoTime() - started;
            check.accept(response);
            if (samples != null) {
                samples.add(took);
            }
        }
    }

    static String describe(Samples samples) {
        return String.format(
                "n=%d, p50 %.1f ms, p99 %.1f ms, max %.1f ms",
                samples.count(), samples.p50(), samples.p99(), samples.maxMillis());
    }
}
