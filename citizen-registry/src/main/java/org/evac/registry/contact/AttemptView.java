package org.evac.registry.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ContactAttempt")
public record AttemptView(
        UUID id,
        UUID personId,
        ContactKind channel,
        Outcome outcome,
        String note,
        String attemptedBy,
        Instant attemptedAt) {

    static AttemptView of(ContactAttempt a) {
        return new AttemptView(
                a.id, a.personId, a.channel, a.outcome, a.note, a.attemptedBy, a.attemptedAt);
    }
}
