package org.evac.scenario.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * One service as one user reaches it through its generated client, the way a client behind a load
 * balancer does: requests go to the instances in turn, and a request that meets a dead instance, a
 * restarting one or an outage of its database is sent again (at once to the next instance, after a
 * pause once every instance has failed it, always with the same Idempotency-Key, which the caller
 * chose once) until the service answers. Any other answer, a refusal included, goes back to the
 * caller.
 *
 * @param <C> the generated {@code ApiClient} of the service
 */
public final class Endpoint<C> {

    /** How long a service may stay unreachable before the scenario gives up on it. */
    private static final Duration PATIENCE = Duration.ofMinutes(6);

    private static final Duration QUIET_LOG = Duration.ofSeconds(10);

    private final String service;
    private final List<C> instances;
    private final AtomicInteger next = new AtomicInteger();
    private final LongAdder retries;
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.EPOCH);

    Endpoint(String service, List<C> instances, LongAdder retries) {
        this.service = service;
        this.instances = List.copyOf(instances);
        this.retries = retries;
    }

    /** A call through the client of one instance. */
    @FunctionalInterface
    public interface Call<C, T> {
        T on(C client) throws Exception;
    }

    /** Calls the service; transient failures are retried, everything else is thrown. */
    public <T> T call(Call<C, T> call) {
        Instant deadline = Instant.now().plus(PATIENCE);
        for (int attempt = 1; ; attempt++) {
            C client = instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
            try {
                return call.on(client);
            } catch (Exception e) {
                if (!Transient.is(e) || Instant.now().isAfter(deadline)) {
                    throw new ServiceFailure(service, e);
                }
                retries.increment();
                note(e);
                if (attempt % instances.size() == 0) {
                    pause();
                }
            }
        }
    }

    /** Says now and then why requests are being sent again. */
    private void note(Exception e) {
        Instant last = lastLogged.get();
        Instant now = Instant.now();
        if (Duration.between(last, now).compareTo(QUIET_LOG) >= 0
                && lastLogged.compareAndSet(last, now)) {
            System.out.println(
                    "[scenario] sending again to "
                            + service
                            + " after: "
                            + new ServiceFailure(service, e).getMessage());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying", e);
        }
    }
}
