package org.evac.coordination.journey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.evac.coordination.openapi.Patterns;

/**
 * A step recorded by hand when flight-manifest cannot report it (e.g. arrival confirmed by the Doha
 * team).
 */
@Schema(name = "JourneyTransitionRequest")
public record TransitionRequest(
        @NotNull JourneyState to,
        @NotBlank @Size(max = 500) @Schema(pattern = Patterns.NOT_BLANK) String reason,
        @Size(max = 20) @Schema(description = "Onward flight, for ONWARD") String onwardFlight) {}
