package org.evac.coordination.flight;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FlightSeats")
public record FlightSeatsResponse(
        UUID flightId,
        String flightNumber,
        OffsetDateTime scheduledDeparture,
        String status,
        int reserved,
        int held,
        int occupied,
        int available) {}
