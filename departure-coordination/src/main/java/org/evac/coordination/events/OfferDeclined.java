package org.evac.coordination.events;

import java.util.List;
import java.util.UUID;

/** {@code org.evac.coordination.offer.declined.v1}. */
public record OfferDeclined(UUID offerId, UUID householdId, List<UUID> personIds, String reason) {}
