package org.evac.coordination.events;

import java.util.List;
import java.util.UUID;

/** {@code org.evac.coordination.offer.expired.v1} and {@code ...offer.withdrawn.v1}. */
public record OfferClosed(UUID offerId, UUID householdId, List<UUID> personIds) {}
