package org.evac.registry.messaging;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A message before it has a recipient: what asked for it, what it says, and until when it is worth
 * sending.
 *
 * @param facts values of {@link MessageRenderer#FACTS}, times as ISO instants
 */
public record Draft(
        UUID requestId,
        MessageKind kind,
        UUID householdId,
        UUID offerId,
        Map<String, String> facts,
        Instant notAfter,
        UUID inReplyTo) {

    public String replyCode() {
        String code = facts.get("replyCode");
        return code == null || code.isEmpty() ? null : code;
    }
}
