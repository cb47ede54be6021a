package org.evac.coordination.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** {@code org.evac.coordination.offer.made.v1}; key offerId. */
public record OfferMade(
        UUID offerId,
        UUID householdId,
        List<UUID> personIds,
        UUID flightId,
        OffsetDateTime respondBy,
        String channel) {}
