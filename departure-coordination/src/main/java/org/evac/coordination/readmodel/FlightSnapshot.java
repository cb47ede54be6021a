package org.evac.coordination.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.UUID;

@JsonIgnoreProperties(ignoreUnknown = true)
public record FlightSnapshot(
        UUID flightId,
        String operatorCode,
        String flightNumber,
        String origin,
        String destination,
        OffsetDateTime scheduledDeparture,
        OffsetDateTime scheduledArrival,
        int seatCapacity,
        int reservedSeats,
        String status) {}
