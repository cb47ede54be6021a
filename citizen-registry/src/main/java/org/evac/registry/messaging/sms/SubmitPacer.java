package org.evac.registry.messaging.sms;

import java.util.concurrent.TimeUnit;

/**
 * Spaces submit_sm at most {@code rate} a second, across all sender threads. Slots are handed out
 * in order at fixed intervals; an idle pacer does not save up a burst.
 */
final class SubmitPacer {

    private final long intervalNanos;
    private long next = Long.MIN_VALUE;

    SubmitPacer(int rate) {
        if (rate < 1) {
            throw new IllegalArgumentException("submit rate must be at least 1 a second");
        }
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
    }

    /** Reserves the next slot at or after {@code now} (nanoTime) and returns it. */
    synchronized long reserve(long now) {
        long slot = next == Long.MIN_VALUE || next - now < 0 ? now : next;
        next = slot + intervalNanos;
        return slot;
    }

    /** Waits for a slot of its own. */
    void acquire() throws InterruptedException {
        long slot = reserve(System.nanoTime());
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
