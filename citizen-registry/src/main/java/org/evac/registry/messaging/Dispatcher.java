package org.evac.registry.messaging;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.evac.infrastructure.logging.Redacted;

/**
 * One thread per channel that empties the send queue: while the channel's gateway is up it claims a
 * round of due messages, sends them through {@link ChannelSender#concurrency()} workers (the SMS
 * sender paces them to the gateway's rate) and writes the results of the round in one transaction.
 * While the gateway is down nothing is claimed, so an outage costs no tries.
 */
@ApplicationScoped
public class Dispatcher {

    private final Instance<ChannelSender> senders;
    private final SendQueue queue;
    private final MessagingConfig config;
    private final Clock clock;
    private final List<Thread> threads = new ArrayList<>();
    private final List<ExecutorService> workers = new ArrayList<>();
    private final List<ExecutorService> bookkeepers = new ArrayList<>();
    private volatile boolean running;

    public Dispatcher(
            Instance<ChannelSender> senders, SendQueue queue, MessagingConfig config, Clock clock) {
        this.senders = senders;
        this.queue = queue;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        running = true;
        for (ChannelSender sender : senders) {
            AtomicInteger workerNumber = new AtomicInteger();
            ExecutorService pool =
                    Executors.newFixedThreadPool(
                            sender.concurrency(),
                            task ->
                                    new Thread(
                                            task,
                                            "send-"
                                                    + sender.channel()
                                                    + "-"
                                                    + workerNumber.incrementAndGet()));
            workers.add(pool);
            ExecutorService bookkeeper =
                    new ThreadPoolExecutor(
                            1,
                            1,
                            0,
                            TimeUnit.SECONDS,
                            new ArrayBlockingQueue<>(2),
                            new ThreadPoolExecutor.CallerRunsPolicy());
            bookkeepers.add(bookkeeper);
            Thread thread =
                    new Thread(
                            () -> dispatch(sender, pool, bookkeeper),
                            "dispatch-" + sender.channel());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        try {
            for (Thread thread : threads) {
                // The round in progress is finished and handed over; the next is not started.
                thread.join(20_000);
            }
            for (ExecutorService bookkeeper : bookkeepers) {
                bookkeeper.shutdown();
                bookkeeper.awaitTermination(20, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.forEach(ExecutorService::shutdownNow);
    }

    private void dispatch(ChannelSender sender, ExecutorService pool, ExecutorService bookkeeper) {
        while (running) {
            try {
                if (!sender.ready() || round(sender, pool, bookkeeper) == 0) {
                    Thread.sleep(config.dispatch().pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // Typically the database; claimed messages are taken again once their lease ends.
                Log.warnf(
                        "Dispatch round of %s failed: %s", sender.channel(), Redacted.describe(e));
                try {
                    Thread.sleep(config.dispatch().pollInterval().toMillis() * 10);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private int round(ChannelSender sender, ExecutorService pool, ExecutorService bookkeeper)
            throws InterruptedException {
        List<QueuedMessage> claimed = queue.claim(sender.channel(), config.dispatch().batchSize());
        List<Future<SendQueue.Sent>> sending = new ArrayList<>(claimed.size());
        for (QueuedMessage message : claimed) {
            if (message.notAfter() != null && clock.instant().isAfter(message.notAfter())) {
                queue.tooLate(message);
                continue;
            }
            sending.add(pool.submit(() -> new SendQueue.Sent(message, sender.send(message))));
        }
        List<SendQueue.Sent> results = new ArrayList<>(sending.size());
        for (Future<SendQueue.Sent> send : sending) {
            try {
                results.add(send.get(10, TimeUnit.MINUTES));
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                // Left SUBMITTING: its lease runs out and it is sent again under the same id.
                Log.warnf("A %s send did not finish: %s", sender.channel(), Redacted.describe(e));
            }
        }
        if (!results.isEmpty()) {
            bookkeeper.execute(() -> book(sender, results));
        }
        return claimed.size();
    }

    private void book(ChannelSender sender, List<SendQueue.Sent> results) {
        try {
            queue.record(results);
        } catch (RuntimeException e) {
            // Left SUBMITTING: claimed again once the lease runs out, and resubmitted under the
            // same ids, which the gateway recognises.
            Log.warnf(
                    "Results of a %s round not written: %s",
                    sender.channel(), Redacted.describe(e));
        }
    }
}
