package org.evac.registry.messaging;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * Removes message texts once they are older than {@code evac.messaging.text-retention}: subjects,
 * bodies and facts of sent messages, and the text of received ones unless a coordinator has yet to
 * read it in the inbox. Kinds, states, times and addresses stay, so the history still says who was
 * written to, when, and with what result.
 */
@ApplicationScoped
public class RetentionJob {

    private final EntityManager entityManager;
    private final MessagingConfig config;
    private final Clock clock;

    public RetentionJob(EntityManager entityManager, MessagingConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            every = "${evac.messaging.retention-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void removeOldTexts() {
        Instant now = clock.instant();
        Instant before = now.minus(config.textRetention());
        entityManager
                .createNativeQuery(
                        """
                update message set subject = null, body_text = null, body_html = null, facts = '{}',
                       text_removed_at = ?1
                where text_removed_at is null and created_at < ?2
                  and status not in ('QUEUED', 'SUBMITTING')""")
                .setParameter(1, now)
                .setParameter(2, before)
                .executeUpdate();
        entityManager
                .createNativeQuery(
                        """
                update inbound_message set text = null, text_removed_at = ?1
                where text_removed_at is null and received_at < ?2 and status <> 'OPEN'""")
                .setParameter(1, now)
                .setParameter(2, before)
                .executeUpdate();
    }
}
