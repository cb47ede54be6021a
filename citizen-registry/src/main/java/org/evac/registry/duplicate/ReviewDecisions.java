package org.evac.registry.duplicate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.infrastructure.problem.Problem.FieldError;
import org.evac.infrastructure.problem.ProblemException;

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

    /**
     * changedSince is text, parsed by {@link #since()}: Jackson would read a number as epoch
     * seconds, and a request with a number where a date-time belongs is a mistake, not a sweep.
     */
    @Schema(name = "SweepRequest")
    public record Sweep(
            @Schema(
                            type = SchemaType.STRING,
                            format = "date-time",
                            examples = "2021-08-27T00:00:00Z",
                            description =
                                    "Check the persons changed since then; by default those changed since the periodic sweep's last pass")
                    String changedSince) {

        Instant since() {
            if (changedSince == null) {
                return null;
            }
            try {
                return Instant.parse(changedSince);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid(
                        "Invalid sweep",
                        List.of(
                                new FieldError(
                                        "changedSince",
                                        "must be an ISO 8601 instant such as 2021-08-27T00:00:00Z")));
            }
        }
    }

    @Schema(name = "SweepResult")
    public record SweepResult(
            @Schema(description = "Persons checked") int persons,
            @Schema(description = "Pairs queued or refreshed") int queued) {}
}
