package org.evac.coordination.offer;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.evac.infrastructure.logging.Redacted;

/** Expires unanswered offers at their respond-by time, one transaction per offer. */
@ApplicationScoped
public class OfferExpiryJob {

    private final OfferService offers;

    public OfferExpiryJob(OfferService offers) {
        this.offers = offers;
    }

    @Scheduled(
            every = "${evac.offers.expiry-check:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void expireDueOffers() {
        for (UUID offerId : Offer.dueForExpiry(OffsetDateTime.now(ZoneOffset.UTC))) {
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
