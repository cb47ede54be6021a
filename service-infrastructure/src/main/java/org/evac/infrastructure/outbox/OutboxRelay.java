package org.evac.infrastructure.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.evac.infrastructure.events.CloudEventHeaders;
import org.evac.infrastructure.events.KafkaSettings;
import org.evac.infrastructure.locks.AdvisoryLocks;
import org.evac.infrastructure.logging.Redacted;

/**
 * Publishes pending outbox rows to Kafka in position order with an idempotent producer, then marks
 * them published. Only one relay per service database works at a time (a transaction-scoped
 * advisory lock), so several instances never publish one row twice or out of order. If Kafka is
 * unreachable the transaction rolls back and the rows wait.
 *
 * <p>The relay runs on a thread of its own that sleeps until a commit raises the {@link
 * OutboxSignal}, or until {@code evac.outbox.fallback-interval} passes (for rows written by
 * anything else, and for passes that failed). A pass that finds another instance's relay holding
 * the lock tries again shortly instead of going back to sleep: that relay may have read the pending
 * rows just before this instance's commit, so the signal would otherwise wait for the fallback.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The advisory lock held by the active relay. */
    private static final String RELAY_LOCK = "outbox relay";

    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(5);

    /** What {@link #publishBatch} answers when another relay holds the lock. */
    static final int LOCKED = -2;

    /** What {@link #publishBatch} answers when some rows could not be delivered. */
    static final int INCOMPLETE = -1;

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final KafkaSettings kafkaSettings;
    private final OutboxSignal signal;
    private final Timer delay;
    private final Clock clock;
    private final AdvisoryLocks locks;
    private Producer<String, byte[]> producer;
    private volatile boolean running;
    private volatile Instant failingSince;
    private Thread thread;

    public OutboxRelay(
            EntityManager entityManager,
            OutboxConfig config,
            KafkaSettings kafkaSettings,
            OutboxSignal signal,
            MeterRegistry registry,
            Clock clock,
            AdvisoryLocks locks) {
        this.entityManager = entityManager;
        this.locks = locks;
        this.config = config;
        this.kafkaSettings = kafkaSettings;
        this.signal = signal;
        this.clock = clock;
        this.delay =
                Timer.builder("evac.outbox.delay")
                        .description("Time from an event's commit to its acknowledgement by Kafka")
                        .publishPercentiles(0.5, 0.99)
                        .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        Duration backoff = config.retryBackoff();
        boolean retry = false;
        try {
            while (running) {
                if (!retry) {
                    signal.await(config.fallbackInterval());
                }
                if (!running) {
                    return;
                }
                if (drain()) {
                    retry = false;
                    backoff = config.retryBackoff();
                } else {
                    // Kafka or the database failed: try again after a pause that grows, whether or
                    // not commits raise the signal, instead of hammering a broker that is gone.
                    retry = true;
                    Thread.sleep(backoff.toMillis());
                    backoff = min(backoff.multipliedBy(2), LONGEST_BACKOFF);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Publishes until nothing is pending.
     *
     * @return false when a pass failed and rows are still waiting
     */
    boolean drain() throws InterruptedException {
        int published;
        do {
            try {
                published = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } catch (RuntimeException e) {
                if (running && failingSince == null) {
                    Log.warnf(
                            "Outbox relay pass failed, pending events stay queued: %s",
                            Redacted.describe(e));
                }
                failing();
                return false;
            }
            if (published == LOCKED) {
                Thread.sleep(config.lockRetry().toMillis());
            }
        } while (running && (published == LOCKED || published == config.batchSize()));
        if (published == INCOMPLETE) {
            failing();
            return false;
        }
        if (failingSince != null) {
            Log.infof("Outbox relay publishes again after failing since %s", failingSince);
            failingSince = null;
        }
        return true;
    }

    private void failing() {
        if (failingSince == null) {
            failingSince = clock.instant();
        }
    }

    /** Since when the relay's passes fail (Kafka or the database unreachable), if they do. */
    public java.util.Optional<Instant> failingSince() {
        return java.util.Optional.ofNullable(failingSince);
    }

    /**
     * @return the number of rows published, {@link #LOCKED} when another relay holds the lock, or
     *     {@link #INCOMPLETE} when some rows could not be delivered
     */
    int publishBatch() {
        if (!locks.tryExclusive(RELAY_LOCK)) {
            return LOCKED;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entityManager
                        .createNativeQuery(
                                """
                select position, event_id, topic, aggregate_id, event_type, occurred_at, payload
                from outbox_event where published_at is null order by position limit ?1""")
                        .setParameter(1, config.batchSize())
                        .getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        Producer<String, byte[]> producer = producer();
        for (Object[] row : rows) {
            Future<RecordMetadata> send = producer.send(toRecord(row));
            sends.add(send);
            if (send.isDone() && !delivered(send)) {
                // Failed before leaving the producer (no metadata: broker gone). Sending later rows
                // now could
                // overtake this one once the broker is back, so the rest wait for the next pass.
                break;
            }
        }
        // The rows are all there is to send: do not wait for linger.ms to fill a batch.
        producer.flush();
        // The idempotent producer never lets a later record of a partition succeed after an earlier
        // one failed,
        // so every delivered row can be marked, and the failed ones keep their turn.
        List<Long> published = new ArrayList<>(sends.size());
        Instant acknowledged = clock.instant();
        for (int i = 0; i < sends.size(); i++) {
            if (delivered(sends.get(i))) {
                published.add(((Number) rows.get(i)[0]).longValue());
                delay.record(Duration.between(occurredAt(rows.get(i)), acknowledged));
            }
        }
        if (!published.isEmpty()) {
            entityManager
                    .createNativeQuery(
                            "update outbox_event set published_at = ?1 where position in (?2)")
                    .setParameter(1, acknowledged.atOffset(ZoneOffset.UTC))
                    .setParameter(2, published)
                    .executeUpdate();
        }
        return published.size() == rows.size() ? published.size() : INCOMPLETE;
    }

    private ProducerRecord<String, byte[]> toRecord(Object[] row) {
        String topic = (String) row[2];
        String aggregateId = (String) row[3];
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(
                        topic, aggregateId, ((String) row[6]).getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.write(
                record.headers(),
                row[1].toString(),
                config.source(),
                (String) row[4],
                aggregateId,
                occurredAt(row).atOffset(ZoneOffset.UTC));
        return record;
    }

    private static Instant occurredAt(Object[] row) {
        return row[5] instanceof OffsetDateTime time ? time.toInstant() : (Instant) row[5];
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private boolean delivered(Future<RecordMetadata> send) {
        try {
            send.get();
            return true;
        } catch (ExecutionException e) {
            Log.warnf("Outbox delivery failed: %s", Redacted.describe(e.getCause()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized Producer<String, byte[]> producer() {
        if (!running) {
            throw new IllegalStateException("The relay is stopping");
        }
        if (producer == null) {
            producer = new KafkaProducer<>(kafkaSettings.producer("outbox-relay"));
        }
        return producer;
    }

    /**
     * Stops within about a second even with Kafka unreachable: closing the producer without a grace
     * period fails the sends in flight, so the pass rolls back and its rows wait for the next
     * start.
     */
    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        signal.raise();
        closeProducer();
        if (thread != null) {
            thread.join(config.stopTimeout().toMillis());
        }
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }
}
