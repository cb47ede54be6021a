package org.evac.coordination.offer;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.evac.coordination.messaging.MessageRequests;
import org.evac.coordination.messaging.MessagingConfig;
import org.evac.infrastructure.logging.Redacted;

/**
 * Reminds the persons of an open SMS or email offer {@code evac.messaging.reminder-before} ahead of
 * its respond-by, once. An offer made later than that point gets no reminder: it was just sent.
 */
@ApplicationScoped
public class OfferReminderJob {

    private final EntityManager entityManager;
    private final MessageRequests messages;
    private final MessagingConfig config;
    private final Clock clock;

    public OfferReminderJob(
            EntityManager entityManager,
            MessageRequests messages,
            MessagingConfig config,
            Clock clock) {
        this.entityManager = entityManager;
        this.messages = messages;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            every = "${evac.messaging.reminder-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void remindDueOffers() {
        for (UUID offerId : QuarkusTransaction.requiringNew().call(this::due)) {
            try {
                QuarkusTransaction.requiringNew().run(() -> remind(offerId));
            } catch (RuntimeException e) {
                Log.warnf(
                        "Reminder of offer %s not asked for yet: %s",
                        offerId, Redacted.describe(e));
            }
        }
    }

    private List<UUID> due() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> due =
                entityManager
                        .createNativeQuery(
                                """
                select o.offer_id from offer o
                where o.status = 'OFFERED' and o.channel in ('SMS', 'EMAIL')
                  and o.respond_by > ?1 and o.respond_by <= ?2
                  and o.created_at <= o.respond_by - make_interval(secs => ?3)
                  and not exists (select 1 from offer_reminder r where r.offer_id = o.offer_id)
                order by o.respond_by""",
                                UUID.class)
                        .setParameter(1, now)
                        .setParameter(2, now.plus(config.reminderBefore()))
                        .setParameter(3, (double) config.reminderBefore().toSeconds())
                        .getResultList();
        return due;
    }

    private void remind(UUID offerId) {
        Offer offer = Offer.findById(offerId);
        if (offer == null
                || offer.status != OfferStatus.OFFERED
                || OfferReminder.findById(offerId) != null) {
            return;
        }
        OfferReminder reminder = new OfferReminder();
        reminder.offerId = offerId;
        reminder.requestedAt = OffsetDateTime.now(clock);
        reminder.persist();
        messages.reminder(offer.facts());
    }
}
