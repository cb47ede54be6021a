package org.evac.infrastructure.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.evac.infrastructure.events.IncomingEvent;
import org.evac.infrastructure.events.MalformedEventException;

/**
 * One consumer's thread: poll, handle each record in its own transaction with the inbox, commit
 * offsets only after the database commit (and before partitions are revoked). Poll, handle and
 * commit never leave this thread, because a KafkaConsumer is not thread-safe; other threads talk to
 * it through {@link #submit}.
 */
final class ConsumerRunner implements Runnable {

    private final EventConsumer handler;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final ConsumerConfig config;
    private final ObjectMapper mapper;
    private final Map<TopicPartition, OffsetAndMetadata> uncommitted = new HashMap<>();
    private final ConcurrentLinkedQueue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final AtomicLong lag = new AtomicLong();
    private volatile boolean running = true;

    ConsumerRunner(
            EventConsumer handler,
            KafkaConsumer<String, byte[]> consumer,
            Inbox inbox,
            DeadLetters deadLetters,
            ConsumerConfig config,
            ObjectMapper mapper) {
        this.handler = handler;
        this.consumer = consumer;
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.config = config;
        this.mapper = mapper;
    }

    @Override
    public void run() {
        consumer.subscribe(handler.topics(), new CommitBeforeRevoke());
        try {
            while (running) {
                runCommands();
                var records = consumer.poll(Duration.ofMillis(250));
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (!running) {
                        break;
                    }
                    process(record);
                    uncommitted.put(
                            new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
                commit();
                measureLag();
            }
        } catch (WakeupException e) {
            // stop() woke the poll up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            Log.errorf(e, "Consumer %s stopped unexpectedly", handler.name());
        } finally {
            commitQuietly();
            consumer.close(Duration.ofSeconds(5));
        }
    }

    void stop() {
        running = false;
        consumer.wakeup();
    }

    long lag() {
        return lag.get();
    }

    /** Runs {@code command} on the consumer thread between two polls. */
    CompletableFuture<Void> submit(
            java.util.function.Consumer<KafkaConsumer<String, byte[]>> command) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        commands.add(
                () -> {
                    try {
                        command.accept(consumer);
                        done.complete(null);
                    } catch (RuntimeException e) {
                        done.completeExceptionally(e);
                    }
                });
        return done;
    }

    /**
     * Drops what this thread has not committed yet; a replay starts from the first offset instead.
     */
    void discardUncommitted() {
        uncommitted.clear();
    }

    private void runCommands() {
        Runnable command;
        while ((command = commands.poll()) != null) {
            command.run();
        }
    }

    private void process(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record, mapper);
        } catch (MalformedEventException e) {
            deadLetters.send(handler.name(), record, "unreadable: " + e.getMessage(), e);
            return;
        }
        if (!handler.accepts(event.type())) {
            return;
        }
        RuntimeException failure = null;
        long backoff = config.retryBackoff().toMillis();
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                applyOnce(event);
                return;
            } catch (MalformedEventException e) {
                deadLetters.send(handler.name(), record, "unreadable: " + e.getMessage(), e);
                return;
            } catch (RuntimeException e) {
                failure = e;
                Log.warnf(
                        "Consumer %s failed on event %s (try %d of %d): %s",
                        handler.name(), event.id(), attempt, config.maxAttempts(), e.toString());
                if (attempt < config.maxAttempts()) {
                    Thread.sleep(backoff);
                    backoff *= 2;
                }
            }
        }
        deadLetters.send(
                handler.name(),
                record,
                "handler failed after " + config.maxAttempts() + " tries: " + failure,
                failure);
    }

    private void applyOnce(IncomingEvent event) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            QuarkusTransaction.requiringNew()
                    .run(
                            () -> {
                                if (inbox.markProcessed(handler.name(), event.id(), event.type())) {
                                    handler.handle(event);
                                }
                            });
        } finally {
            requestContext.terminate();
        }
    }

    private void commit() {
        if (uncommitted.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(uncommitted);
            uncommitted.clear();
        } catch (RuntimeException e) {
            // The inbox absorbs the redelivery this may cause; keep the offsets and try again after
            // the next poll.
            Log.warnf(
                    "Consumer %s could not commit offsets yet: %s", handler.name(), e.getMessage());
        }
    }

    private void commitQuietly() {
        try {
            commit();
        } catch (RuntimeException e) {
            Log.debugf("Final commit of %s failed: %s", handler.name(), e.getMessage());
        }
    }

    private void measureLag() {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            total += consumer.currentLag(partition).orElse(0);
        }
        lag.set(total);
    }

    private final class CommitBeforeRevoke implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            commit();
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Log.debugf("Consumer %s assigned %s", handler.name(), partitions);
        }
    }
}
