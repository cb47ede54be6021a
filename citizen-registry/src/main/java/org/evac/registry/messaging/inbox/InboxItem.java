package org.evac.registry.messaging.inbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.registry.messaging.MessageChannel;
import org.evac.registry.messaging.reply.InboundMessage;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "InboxMessage", description = "A message a person sent, as the inbox shows it")
public record InboxItem(
        UUID id,
        MessageChannel channel,
        @Schema(description = "The sender's number (E.164)") String from,
        @Schema(description = "The registered person the number was last written to") UUID personId,
        UUID offerId,
        @Schema(description = "Absent once the text retention has passed") String text,
        InboundMessage.Intent intent,
        InboundMessage.Status status,
        @Schema(description = "Why it could not be read as an answer") String note,
        Instant receivedAt,
        String resolvedBy,
        Instant resolvedAt,
        String resolution) {

    static InboxItem of(InboundMessage m) {
        return new InboxItem(
                m.id,
                m.channel,
                m.fromAddress,
                m.personId,
                m.offerId,
                m.text,
                m.intent,
                m.status,
                m.note,
                m.receivedAt,
                m.resolvedBy,
                m.resolvedAt,
                m.resolution);
    }
}
