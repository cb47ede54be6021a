package org.evac.manifest.flight;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Flight")
public record FlightResponse(
        UUID id,
        String operatorCode,
        String flightNumber,
        String originIata,
        String originIcao,
        String destinationIata,
        String destinationIcao,
        Instant scheduledDeparture,
        Instant scheduledArrival,
        @Schema(nullable = true) Instant actualDeparture,
        @Schema(nullable = true) Instant actualArrival,
        @Schema(nullable = true) String aircraftType,
        int seatCapacity,
        int reservedSeats,
        FlightStatus status,
        int currentRevision) {

    public static FlightResponse of(Flight f) {
        return new FlightResponse(
                f.id,
                f.operatorCode,
                f.flightNumber,
                f.originIata,
                f.originIcao,
                f.destinationIata,
                f.destinationIcao,
                f.scheduledDeparture,
                f.scheduledArrival,
                f.actualDeparture,
                f.actualArrival,
                f.aircraftType,
                f.seatCapacity,
                f.reservedSeats,
                f.status,
                f.currentRevision);
    }
}
