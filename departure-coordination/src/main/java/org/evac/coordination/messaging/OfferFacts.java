package org.evac.coordination.messaging;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What a message about an offer tells the persons it was made to. {@code written}: the offer was
 * made by SMS or email, the only offers the registry writes about; others went by voice or in
 * person.
 */
public record OfferFacts(
        UUID offerId,
        UUID householdId,
        List<UUID> personIds,
        String channel,
        boolean written,
        String replyCode,
        OffsetDateTime respondBy,
        UUID holdFlightId) {}
