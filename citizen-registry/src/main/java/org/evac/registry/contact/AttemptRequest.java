package org.evac.registry.contact;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactAttemptRequest")
public record AttemptRequest(
        @NotNull ContactKind channel,
        @NotNull Outcome outcome,
        @Size(max = 1000) String note,
        @Schema(description = "When the attempt was made; now if absent") Instant attemptedAt) {}
