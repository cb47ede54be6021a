package org.evac.registry.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The part of departure-coordination's {@code message.requested.v1} this service reads: who is
 * concerned (ids only) and the facts to write; the registry finds the addresses and the language.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageRequested(
        UUID requestId,
        String kind,
        UUID offerId,
        UUID householdId,
        List<UUID> personIds,
        String channel,
        UUID inReplyTo,
        Facts facts) {

    /** Facts of the message; which ones are set depends on the kind. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Facts(
            String replyCode,
            OffsetDateTime respondBy,
            UUID flightId,
            String flightNumber,
            OffsetDateTime departureAt,
            String meetingPoint,
            OffsetDateTime meetBy,
            String answer) {}
}
