package org.evac.coordination.offer;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.evac.infrastructure.logging.Redacted;

/** Expires unanswered offers at their respond-by time, one transaction per offer. */
@ApplicationScoped
public class OfferExpiryJob {

    private final OfferService offers;
    private final Clock clock;

    public OfferExpiryJob(OfferService offers, Clock clock) {
        this.offers = offers;
        this.clock = clock;
    }

    @Scheduled(
            every = "${evac.offers.expiry-check:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireDueOffers() {
        for (UUID offerId : Offer.dueForExpiry(OffsetDateTime.now(clock))) {
            try {
                offers.expire(offerId);
            } catch (RuntimeException e) {
                // Typically answered or withdrawn at the same moment by a coordinator: that answer
                // stands.
                Log.warnf("Offer %s was not expired: %s", offerId, Redacted.describe(e));
            }
        }
    }
}
