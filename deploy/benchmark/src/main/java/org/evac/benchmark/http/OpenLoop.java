package org.evac.benchmark.http;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * An open-loop load generator: requests leave at a fixed rate whatever the answers do, and each
 * latency runs from the moment the request was due to leave, so a slow server is charged for the
 * requests it held back (no coordinated omission). At most {@code maxInFlight} requests are
 * outstanding; beyond that the generator waits, and the wait counts in the latencies.
 */
public final class OpenLoop {

    /**
     * What one run offered and what the server did with it; {@code statuses} counts answers by HTTP
     * status (0: no answer, -1: not sent because the server held every permitted request).
     */
    public record Result(
            double offeredPerSecond,
            double achievedPerSecond,
            Samples latencies,
            int succeeded,
            int failed,
            Map<Integer, Integer> statuses) {}

    /**
     * Hears every answer: {@code measured} says whether it arrived within the measurement window.
     */
    @FunctionalInterface
    public interface Listener {
        void answered(HttpResponse<String> response, long answeredAtNanos, boolean measured);
    }

    private OpenLoop() {}

    public static Result run(
            HttpClient client,
            double perSecond,
            Duration warmUp,
            Duration measured,
            int maxInFlight,
            Supplier<HttpRequest> requests,
            Listener listener) {
        Samples latencies = new Samples();
        Map<Integer, Integer> statuses = new TreeMap<>();
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger servedInWindow = new AtomicInteger();
        Semaphore inFlight = new Semaphore(maxInFlight);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        long measureFrom = start + warmUp.toNanos();
        long measureEnd = measureFrom + measured.toNanos();
        long total = Math.round(perSecond * (warmUp.toNanos() + measured.toNanos()) / 1e9);
        // A server that holds every permitted request until a second after the window gets no
        // more: each request not sent by then counts as failed, with the time it waited as its
        // latency (a lower bound).
        long giveUp = measureEnd + TimeUnit.SECONDS.toNanos(1);
        int dropped = 0;
        for (long i = 0; i < total; i++) {
            long due = start + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!acquire(inFlight, giveUp)) {
                long now = System.nanoTime();
                for (long j = i; j < total; j++) {
                    long unsent = start + (long) (j * 1e9 / perSecond);
                    if (unsent >= measureFrom) {
                        latencies.add(Math.max(0, now - unsent));
                        dropped++;
                    }
                }
                break;
            }
            boolean dueInWindow = due >= measureFrom;
            client.sendAsync(requests.get(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete(
                            (response, error) -> {
                                // The permit goes back only once the answer is counted:
                                // the final wait for every permit is what makes the counts
                                // complete.
                                try {
                                    long now = System.nanoTime();
                                    int status = response == null ? 0 : response.statusCode();
                                    boolean ok = status >= 200 && status < 300;
                                    boolean inWindow = now >= measureFrom && now <= measureEnd;
                                    if (ok && inWindow) {
                                        servedInWindow.incrementAndGet();
                                    }
                                    if (response != null) {
                                        listener.answered(response, now, inWindow);
                                    }
                                    if (!dueInWindow) {
                                        return;
                                    }
                                    synchronized (statuses) {
                                        statuses.merge(status, 1, Integer::sum);
                                    }
                                    latencies.add(now - due);
                                    (ok ? succeeded : failed).incrementAndGet();
                                } finally {
                                    inFlight.release();
                                }
                            });
        }
        try {
            if (!inFlight.tryAcquire(maxInFlight, 60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Requests still unanswered 60 s after the last");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        if (dropped > 0) {
            statuses.put(-1, dropped);
        }
        return new Result(
                perSecond,
                servedInWindow.get() / (measured.toNanos() / 1e9),
                latencies,
                succeeded.get(),
                failed.get() + dropped,
                statuses);
    }

    private static boolean acquire(Semaphore inFlight, long giveUpNanos) {
        try {
            return inFlight.tryAcquire(
                    Math.max(0, giveUpNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
