package org.evac.infrastructure.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.evac.infrastructure.events.IncomingEvent;
import org.evac.infrastructure.events.MalformedEventException;
import org.evac.infrastructure.logging.Redacted;

/**
 * One consumer's thread: poll, apply the records of a poll in one transaction with their inbox
 * entries, commit offsets only after the database commit (and before partitions are revoked). If
 * the batch fails, each record is applied on its own, so a poison record is retried and
 * dead-lettered alone. If the database is unreachable, nothing is dead-lettered: the consumer
 * rewinds to the start of the poll and tries again after a pause.
 *
 * <p>Poll, handle and commit never leave this thread, because a KafkaConsumer is not thread-safe;
 * other threads talk to it through {@link #submit}. An exception that escapes {@link #run} ends the
 * thread; the {@link ConsumerSupervisor} starts a new runner.
 */
final class ConsumerRunner implements Runnable {

    private static final Duration POLL = Duration.ofMillis(250);

    /**
     * Bounds every blocking call on the broker, so a stop never waits for a broker that is gone.
     */
    private static final Duration BROKER_TIMEOUT = Duration.ofSeconds(1);

    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final EventConsumer handler;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Inbox inbox;
    private final DeadLetters deadLetters;
    private final ConsumerConfig config;
    private final ObjectMapper mapper;
    private final Map<TopicPartition, OffsetAndMetadata> uncommitted = new HashMap<>();
    private final ConcurrentLinkedQueue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final AtomicLong lag = new AtomicLong();
    private final AtomicLong heartbeat = new AtomicLong(System.nanoTime());
    private volatile boolean running = true;
    private Duration pause;

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
        this.pause = config.retryBackoff();
    }

    @Override
    public void run() {
        consumer.subscribe(handler.topics(), new CommitBeforeRevoke());
        try {
            while (running) {
                heartbeat.set(System.nanoTime());
                runCommands();
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    apply(records);
                }
                commit();
                measureLag();
            }
        } catch (WakeupException e) {
            // stop() woke the poll up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            commitQuietly();
            consumer.close(BROKER_TIMEOUT);
        }
    }

    void stop() {
        running = false;
        consumer.wakeup();
    }

    long lag() {
        return lag.get();
    }

    /** When the loop last went round, on {@link System#nanoTime()}'s scale. */
    long heartbeat() {
        return heartbeat.get();
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

    private void apply(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        List<ConsumerRecord<String, byte[]>> accepted = new ArrayList<>(records.count());
        List<IncomingEvent> events = new ArrayList<>(records.count());
        List<ConsumerRecord<String, byte[]>> unreadable = new ArrayList<>();
        List<MalformedEventException> reasons = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                IncomingEvent event = IncomingEvent.from(record, mapper);
                if (handler.accepts(event.type())) {
                    accepted.add(record);
                    events.add(event);
                }
            } catch (MalformedEventException e) {
                unreadable.add(record);
                reasons.add(e);
            }
        }
        try {
            applyEach(accepted, events);
            for (int i = 0; i < unreadable.size(); i++) {
                deadLetters.send(
                        handler.name(),
                        unreadable.get(i),
                        "unreadable: " + reasons.get(i).getMessage(),
                        reasons.get(i));
            }
        } catch (DatabaseUnavailable e) {
            rewind(records);
            waitOutPause(e.getCause());
            return;
        }
        pause = config.retryBackoff();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> ofPartition = records.records(partition);
            uncommitted.put(
                    partition,
                    new OffsetAndMetadata(ofPartition.get(ofPartition.size() - 1).offset() + 1));
        }
    }

    /** The whole batch in one transaction, or, if that fails, record by record. */
    private void applyEach(List<ConsumerRecord<String, byte[]>> records, List<IncomingEvent> events)
            throws InterruptedException {
        if (events.isEmpty()) {
            return;
        }
        try {
            inRequestContext(() -> applyBatch(events));
            return;
        } catch (RuntimeException e) {
            InfrastructureFailures.rethrowError(e);
            if (InfrastructureFailures.isInfrastructure(e)) {
                throw new DatabaseUnavailable(e);
            }
            Log.debugf(
                    "Consumer %s applies a failed batch of %d record by record: %s",
                    handler.name(), events.size(), e);
        }
        for (int i = 0; i < events.size(); i++) {
            applyAlone(records.get(i), events.get(i));
        }
    }

    private void applyBatch(List<IncomingEvent> events) {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            Set<String> fresh = inbox.markAllProcessed(handler.name(), events);
                            List<IncomingEvent> toApply = new ArrayList<>(fresh.size());
                            for (IncomingEvent event : events) {
                                // remove: an id delivered twice in one poll is applied once
                                if (fresh.remove(event.id())) {
                                    toApply.add(event);
                                }
                            }
                            if (!toApply.isEmpty()) {
                                // First, so that the handler (checks that say what they were
                                // evaluated against) reads a position that includes this batch.
                                inbox.advance(handler.name(), newest(toApply));
                                handler.handleAll(toApply);
                            }
                        });
    }

    private void applyAlone(ConsumerRecord<String, byte[]> record, IncomingEvent event)
            throws InterruptedException {
        RuntimeException failure = null;
        long backoff = config.retryBackoff().toMillis();
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                inRequestContext(() -> applyOne(event));
                return;
            } catch (MalformedEventException e) {
                deadLetters.send(handler.name(), record, "unreadable: " + e.getMessage(), e);
                return;
            } catch (RuntimeException e) {
                InfrastructureFailures.rethrowError(e);
                if (InfrastructureFailures.isInfrastructure(e)) {
                    throw new DatabaseUnavailable(e);
                }
                failure = e;
                Log.warnf(
                        "Consumer %s failed on event %s (try %d of %d): %s",
                        handler.name(),
                        event.id(),
                        attempt,
                        config.maxAttempts(),
                        Redacted.describe(e));
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

    private void applyOne(IncomingEvent event) {
        QuarkusTransaction.requiringNew()
                .run(
                        () -> {
                            if (inbox.markProcessed(handler.name(), event.id(), event.type())) {
                                inbox.advance(handler.name(), event);
                                handler.handle(event);
                            }
                        });
    }

    private static IncomingEvent newest(List<IncomingEvent> events) {
        IncomingEvent newest = events.get(0);
        for (IncomingEvent event : events) {
            if (event.time().isAfter(newest.time())) {
                newest = event;
            }
        }
        return newest;
    }

    private static void inRequestContext(Runnable work) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            work.run();
        } finally {
            requestContext.terminate();
        }
    }

    /** Reads the poll again next time; the inbox absorbs what was already applied. */
    private void rewind(ConsumerRecords<String, byte[]> records) {
        for (TopicPartition partition : records.partitions()) {
            consumer.seek(partition, records.records(partition).get(0).offset());
        }
    }

    private void waitOutPause(Throwable cause) throws InterruptedException {
        Log.warnf(
                "Consumer %s pauses %d ms: the database is unreachable (%s)",
                handler.name(), pause.toMillis(), cause.toString());
        long until = System.nanoTime() + pause.toNanos();
        while (running && System.nanoTime() < until) {
            heartbeat.set(System.nanoTime());
            Thread.sleep(50);
        }
        pause =
                pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0
                        ? LONGEST_PAUSE
                        : pause.multipliedBy(2);
    }

    private void commit() {
        if (uncommitted.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(uncommitted, BROKER_TIMEOUT);
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
            Log.debugf("Final commit of %s failed: %s", handler.name(), Redacted.describe(e));
        }
    }

    private void measureLag() {
        long total = 0;
        for (TopicPartition partition : consumer.assignment()) {
            total += consumer.currentLag(partition).orElse(0);
        }
        lag.set(total);
    }

    /** The database failed, not the event: the poll is read again after a pause. */
    private static final class DatabaseUnavailable extends RuntimeException {
        DatabaseUnavailable(Throwable cause) {
            super(cause);
        }
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
