package org.evac.registry.duplicate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the review queue's operations. */
public final class ReviewDecisions {

    private ReviewDecisions() {}

    @Schema(name = "SameDecision")
    public record Same(
            @NotNull
                    @Schema(
                            description =
                                    "The one of the pair that survives; the other merges into it")
                    UUID survivorId,
            @NotBlank @Size(max = 500) String reason) {}

    @Schema(name = "DifferentDecision")
    public record Different(@NotBlank @Size(max = 500) String reason) {}

    @Schema(name = "SweepRequest")
    public record Sweep(
            @Schema(
                            description =
                                    "Check the persons changed since then; by default those changed since the periodic sweep's last pass")
                    Instant changedSince) {}

    @Schema(name = "SweepResult")
    public record SweepResult(
            @Schema(description = "Persons checked") int persons,
            @Schema(description = "Pairs queued or refreshed") int queued) {}
}
