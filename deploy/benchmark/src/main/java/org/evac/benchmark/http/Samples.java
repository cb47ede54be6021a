package org.evac.benchmark.http;

import java.util.Arrays;

/** Latencies (or any durations) in nanoseconds, with nearest-rank percentiles. Thread-safe. */
public final class Samples {

    private long[] values = new long[1024];
    private int count;

    public synchronized void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    public synchronized int count() {
        return count;
    }

    /**
     * The nearest-rank percentile in milliseconds: the smallest sample with at least {@code
     * percent} % of the samples at or below it; NaN without samples.
     */
    public synchronized double percentileMillis(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    public double p50() {
        return percentileMillis(50);
    }

    public double p99() {
        return percentileMillis(99);
    }

    public synchronized double maxMillis() {
        return count == 0 ? Double.NaN : Arrays.stream(values, 0, count).max().orElse(0) / 1e6;
    }
}
