package org.evac.infrastructure.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deletes old published rows and exposes the backlog (size and age of the oldest pending event) as
 * gauges.
 */
@ApplicationScoped
public class OutboxMaintenance {

    private final EntityManager entityManager;
    private final OutboxConfig config;
    private final Clock clock;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPendingAgeSeconds = new AtomicLong();

    public OutboxMaintenance(
            EntityManager entityManager, OutboxConfig config, MeterRegistry registry, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
        Gauge.builder("evac.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet published to Kafka")
                .register(registry);
        Gauge.builder("evac.outbox.oldest.pending.age", oldestPendingAgeSeconds, AtomicLong::get)
                .baseUnit("seconds")
                .description("Age of the oldest unpublished outbox event")
                .register(registry);
    }

    @Scheduled(
            every = "${evac.outbox.metrics-interval}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void measureBacklog() {
        Object[] row =
                (Object[])
                        entityManager
                                .createNativeQuery(
                                        """
                select count(*), coalesce(extract(epoch from now() - min(occurred_at)), 0)
                from outbox_event where published_at is null""")
                                .getSingleResult();
        backlog.set(((Number) row[0]).longValue());
        oldestPendingAgeSeconds.set(((Number) row[1]).longValue());
    }

    @Scheduled(
            every = "${evac.outbox.cleanup-interval}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void deleteOldPublished() {
        entityManager
                .createNativeQuery("delete from outbox_event where published_at < ?1")
                .setParameter(1, OffsetDateTime.now(clock).minus(config.retention()))
                .executeUpdate();
    }
}
