package org.evac.coordination.dashboard;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.evac.coordination.events.StatisticsChanged;
import org.evac.infrastructure.logging.Redacted;

/**
 * Pushes fresh statistics to every stream subscriber shortly after a change commits. Changes within
 * one debounce window share one recomputation, so a burst of events costs a few queries, not one
 * per event.
 */
@ApplicationScoped
public class StatisticsBroadcaster {

    private final StatisticsService statistics;
    private final DashboardConfig config;
    private final BroadcastProcessor<Statistics> processor = BroadcastProcessor.create();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicReference<Statistics> latest = new AtomicReference<>();
    private final ScheduledExecutorService executor =
            Executors.newSingleThreadScheduledExecutor(
                    runnable -> {
                        Thread thread = new Thread(runnable, "statistics-broadcaster");
                        thread.setDaemon(true);
                        return thread;
                    });

    public StatisticsBroadcaster(StatisticsService statistics, DashboardConfig config) {
        this.statistics = statistics;
        this.config = config;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatisticsChanged change) {
        if (pending.compareAndSet(false, true)) {
            executor.schedule(this::publish, config.debounce().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
        processor.onComplete();
    }

    /**
     * The current figures first, then every change, and the latest figures again as a keep-alive.
     */
    public Multi<Statistics> stream() {
        Multi<Statistics> keepAlive =
                Multi.createFrom()
                        .ticks()
                        .every(config.keepAlive())
                        .map(tick -> latest.get() != null ? latest.get() : compute());
        return Multi.createBy()
                .merging()
                .streams(
                        Multi.createFrom().item(this::compute).runSubscriptionOn(executor),
                        processor,
                        keepAlive);
    }

    private void publish() {
        pending.set(false);
        try {
            processor.onNext(compute());
        } catch (RuntimeException e) {
            Log.warnf("Statistics could not be recomputed: %s", Redacted.describe(e));
        }
    }

    private Statistics compute() {
        Statistics current = QuarkusTransaction.requiringNew().call(statistics::current);
        latest.set(current);
        return current;
    }
}
