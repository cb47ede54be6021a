package org.evac.registry.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Message", description = "A message sent (or to be sent) to a person")
public record MessageView(
        UUID id,
        UUID personId,
        MessageKind kind,
        MessageChannel channel,
        @Schema(description = "E.164 phone or email; absent when the person had none that works")
                String address,
        @Schema(enumeration = {"en", "fa-AF", "ps"}) String language,
        UUID offerId,
        MessageStatus status,
        @Schema(description = "Absent once the text retention has passed") String subject,
        @Schema(description = "Absent once the text retention has passed") String text,
        int attempts,
        String error,
        @Schema(description = "The message this one replaces on another channel after it failed")
                UUID fallbackOf,
        Instant createdAt,
        Instant submittedAt,
        Instant finishedAt) {

    public static MessageView of(OutboundMessage m) {
        return new MessageView(
                m.id,
                m.personId,
                m.kind,
                m.channel,
                m.address,
                m.language,
                m.offerId,
                m.status,
                m.subject,
                m.bodyText,
                m.attempts,
                m.error,
                m.fallbackOf,
                m.createdAt,
                m.submittedAt,
                m.finishedAt);
    }
}
