package org.evac.infrastructure.outbox;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
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

/**
 * Publishes pending outbox rows to Kafka in position order with an idempotent producer, then marks
 * them published. Only one relay per service database works at a time (a transaction-scoped
 * advisory lock), so several instances never publish one row twice or out of order. If Kafka is
 * unreachable the transaction rolls back and the rows wait.
 */
@ApplicationScoped
public class OutboxRelay {

    /**
     * Advisory lock key (two-int space, apart from the per-aggregate bigint keys) held by the
     * active relay.
     */
    private static final int LOCK_CLASS = 0x0e7ac;

    private static final int LOCK_RELAY = 1;

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final KafkaSettings kafkaSettings;
    private Producer<String, byte[]> producer;

    public OutboxRelay(
            EntityManager entityManager, OutboxConfig config, KafkaSettings kafkaSettings) {
        this.entityManager = entityManager;
        this.config = config;
        this.kafkaSettings = kafkaSettings;
    }

    @Scheduled(
            every = "${evac.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void relayPending() {
        try {
            int published;
            do {
                published = QuarkusTransaction.requiringNew().call(this::publishBatch);
            } while (published == config.batchSize());
        } catch (RuntimeException e) {
            Log.warnf("Outbox relay pass failed, pending events stay queued: %s", e.getMessage());
        }
    }

    /**
     * @return the number of rows published, or 0 when another relay holds the lock
     */
    int publishBatch() {
        if (!tryRelayLock()) {
            return 0;
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
        for (Object[] row : rows) {
            Future<RecordMetadata> send = producer().send(toRecord(row));
            sends.add(send);
            if (send.isDone() && !delivered(send)) {
                // Failed before leaving the producer (no metadata: broker gone). Sending later rows
                // now could
                // overtake this one once the broker is back, so the rest wait for the next pass.
                break;
            }
        }
        // The idempotent producer never lets a later record of a partition succeed after an earlier
        // one failed,
        // so every delivered row can be marked, and the failed ones keep their turn.
        List<Long> published = new ArrayList<>(sends.size());
        for (int i = 0; i < sends.size(); i++) {
            if (delivered(sends.get(i))) {
                published.add(((Number) rows.get(i)[0]).longValue());
            }
        }
        if (!published.isEmpty()) {
            entityManager
                    .createNativeQuery(
                            "update outbox_event set published_at = ?1 where position in (?2)")
                    .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                    .setParameter(2, published)
                    .executeUpdate();
        }
        return published.size() == rows.size() ? published.size() : -1;
    }

    private boolean tryRelayLock() {
        Object locked =
                entityManager
                        .createNativeQuery("select pg_try_advisory_xact_lock(?1, ?2)")
                        .setParameter(1, LOCK_CLASS)
                        .setParameter(2, LOCK_RELAY)
                        .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    private ProducerRecord<String, byte[]> toRecord(Object[] row) {
        String topic = (String) row[2];
        String aggregateId = (String) row[3];
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(
                        topic, aggregateId, ((String) row[6]).getBytes(StandardCharsets.UTF_8));
        OffsetDateTime occurredAt =
                row[5] instanceof OffsetDateTime time
                        ? time
                        : ((java.time.Instant) row[5]).atOffset(ZoneOffset.UTC);
        CloudEventHeaders.write(
                record.headers(),
                row[1].toString(),
                config.source(),
                (String) row[4],
                aggregateId,
                occurredAt);
        return record;
    }

    private boolean delivered(Future<RecordMetadata> send) {
        try {
            send.get();
            return true;
        } catch (ExecutionException e) {
            Log.warnf("Outbox delivery failed: %s", e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(kafkaSettings.producer("outbox-relay"));
        }
        return producer;
    }

    synchronized void onStop(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }
}
