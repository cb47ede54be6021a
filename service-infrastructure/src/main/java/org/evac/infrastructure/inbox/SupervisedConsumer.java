package org.evac.infrastructure.inbox;

import io.quarkus.logging.Log;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.evac.infrastructure.logging.Redacted;

/**
 * Keeps one consumer running: when its thread dies, a new runner (with a new Kafka consumer) starts
 * after a pause that doubles up to 30 s, and the state says so meanwhile.
 */
final class SupervisedConsumer implements Runnable {

    enum State {
        STARTING,
        RUNNING,
        RESTARTING,
        STOPPED
    }

    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    /** A runner that lived this long is taken as healthy: the next failure pauses briefly again. */
    private static final Duration HEALTHY_RUN = Duration.ofMinutes(1);

    private final String name;
    private final Supplier<ConsumerRunner> runners;
    private final ConsumerConfig config;
    private final AtomicInteger restarts = new AtomicInteger();
    private volatile ConsumerRunner current;
    private volatile State state = State.STARTING;
    private volatile String lastFailure;
    private volatile boolean stopped;

    SupervisedConsumer(String name, Supplier<ConsumerRunner> runners, ConsumerConfig config) {
        this.name = name;
        this.runners = runners;
        this.config = config;
    }

    @Override
    public void run() {
        Duration pause = config.restartBackoff();
        while (!stopped) {
            long started = System.nanoTime();
            try {
                current = runners.get();
                if (stopped) {
                    // stop() ran before this runner existed: let it end at once
                    current.stop();
                }
                state = State.RUNNING;
                current.run();
                if (stopped) {
                    break;
                }
                lastFailure = "the consumer loop ended";
            } catch (Throwable failure) {
                if (stopped) {
                    break;
                }
                // The class only: the health endpoint is public, and a message may quote data.
                lastFailure = failure.getClass().getName();
                Log.errorf(
                        Redacted.of(failure),
                        "Consumer %s died; it starts again in %s",
                        name,
                        pause);
            }
            state = State.RESTARTING;
            restarts.incrementAndGet();
            if (Duration.ofNanos(System.nanoTime() - started).compareTo(HEALTHY_RUN) > 0) {
                pause = config.restartBackoff();
            }
            sleep(pause);
            pause =
                    pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0
                            ? LONGEST_PAUSE
                            : pause.multipliedBy(2);
        }
        state = State.STOPPED;
    }

    void stop() {
        stopped = true;
        ConsumerRunner runner = current;
        if (runner != null) {
            runner.stop();
        }
    }

    String name() {
        return name;
    }

    /** RUNNING but stalled counts as not running: the loop must go round. */
    boolean healthy() {
        ConsumerRunner runner = current;
        return state == State.RUNNING
                && runner != null
                && Duration.ofNanos(System.nanoTime() - runner.heartbeat())
                                .compareTo(config.stallTimeout())
                        < 0;
    }

    State state() {
        return state;
    }

    int restarts() {
        return restarts.get();
    }

    String lastFailure() {
        return lastFailure;
    }

    long lag() {
        ConsumerRunner runner = current;
        return runner == null ? 0 : runner.lag();
    }

    CompletableFuture<Void> submit(
            java.util.function.Consumer<KafkaConsumer<String, byte[]>> command) {
        ConsumerRunner runner = current;
        if (runner == null || state != State.RUNNING) {
            return CompletableFuture.failedFuture(
                    new IllegalStateException("Consumer " + name + " is not running"));
        }
        return runner.submit(command);
    }

    void discardUncommitted() {
        ConsumerRunner runner = current;
        if (runner != null) {
            runner.discardUncommitted();
        }
    }

    private void sleep(Duration pause) {
        long until = System.nanoTime() + pause.toNanos();
        try {
            while (!stopped && System.nanoTime() < until) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }
}
