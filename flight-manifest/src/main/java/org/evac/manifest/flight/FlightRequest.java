package org.evac.manifest.flight;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FlightRequest",
        description = "A charter flight; origin and destination default to KBL/OAKB and DOH/OTHH")
public record FlightRequest(
        @NotBlank @Pattern(regexp = "^[A-Z0-9]{2,8}$", message = "operator code")
                String operatorCode,
        @NotBlank
                @Pattern(
                        regexp = "^[A-Z0-9]{2,3}[0-9]{1,4}[A-Z]?$",
                        message = "designator and number, e.g. QR8001")
                String flightNumber,
        @Pattern(regexp = "^[A-Z]{3}$", message = "IATA airport code") String originIata,
        @Pattern(regexp = "^[A-Z]{4}$", message = "ICAO airport code") String originIcao,
        @Pattern(regexp = "^[A-Z]{3}$", message = "IATA airport code") String destinationIata,
        @Pattern(regexp = "^[A-Z]{4}$", message = "ICAO airport code") String destinationIcao,
        @NotNull Instant scheduledDeparture,
        @NotNull Instant scheduledArrival,
        @Pattern(
                        regexp = "^[A-Z0-9]{2,4}$",
                        message = "ICAO aircraft type designator, e.g. C17 or B77W")
                String aircraftType,
        @Min(1) @Max(1000) int seatCapacity,
        @Min(0) @Max(1000) int reservedSeats) {

    @Schema(hidden = true)
    @AssertTrue(message = "scheduled arrival must follow scheduled departure")
    public boolean isArrivalAfterDeparture() {
        return scheduledDeparture == null
                || scheduledArrival == null
                || scheduledArrival.isAfter(scheduledDeparture);
    }

    @Schema(hidden = true)
    @AssertTrue(message = "reserved seats cannot exceed seat capacity")
    public boolean isReservationWithinCapacity() {
        return reservedSeats <= seatCapacity;
    }
}
