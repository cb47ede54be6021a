package org.evac.manifest.flight;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "StatusChange",
        description =
                "Moves a flight along its life; 'at' is the actual time of DEPARTED or "
                        + "ARRIVED (default now); a DELAYED or re-SCHEDULED flight may carry new scheduled times")
public record StatusChange(
        @NotNull FlightStatus status,
        Instant at,
        Instant scheduledDeparture,
        Instant scheduledArrival) {}
