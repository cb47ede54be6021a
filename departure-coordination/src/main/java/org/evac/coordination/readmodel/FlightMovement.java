package org.evac.coordination.readmodel;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * {@code flight.departed.v1} ({@code departedAt}) and {@code flight.arrived.v1} ({@code
 * arrivedAt}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FlightMovement(
        UUID flightId,
        @JsonAlias({"departedAt", "arrivedAt"}) OffsetDateTime at,
        List<UUID> personIds) {}
