package org.evac.coordination.offer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The part of the registry's {@code reply.received.v1} this service reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReplyReceived(
        UUID messageId,
        UUID offerId,
        UUID personId,
        String intent,
        String declineReason,
        String channel,
        OffsetDateTime receivedAt) {}
