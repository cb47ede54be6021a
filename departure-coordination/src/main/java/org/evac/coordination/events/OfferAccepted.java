package org.evac.coordination.events;

import java.util.List;
import java.util.UUID;

/**
 * {@code org.evac.coordination.offer.accepted.v1}: {@code personIds} travel, {@code
 * stayingBehindIds} do not.
 */
public record OfferAccepted(
        UUID offerId, UUID householdId, List<UUID> personIds, List<UUID> stayingBehindIds) {}
