package org.evac.coordination.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code org.evac.coordination.message.requested.v1} on {@link CoordinationEvents#MESSAGE_TOPIC}:
 * asks the registry to write to the persons concerned. Ids and facts only: the registry finds the
 * recipients, their language and addresses. Key offerId, else householdId, else the person's id.
 *
 * @param channel the offer's channel (SMS or EMAIL), the registry's default for the first try
 * @param inReplyTo the registry's inbound message this answers; the answer goes to its sender
 */
public record MessageRequested(
        UUID requestId,
        String kind,
        UUID offerId,
        UUID householdId,
        List<UUID> personIds,
        String channel,
        UUID inReplyTo,
        Facts facts) {

    /** What the message says; which facts are set depends on the kind. */
    public record Facts(
            String replyCode,
            OffsetDateTime respondBy,
            UUID flightId,
            String flightNumber,
            OffsetDateTime departureAt,
            String meetingPoint,
            OffsetDateTime meetBy,
            String answer) {}

    public String key() {
        if (offerId != null) {
            return offerId.toString();
        }
        return householdId != null ? householdId.toString() : personIds.get(0).toString();
    }
}
