package org.evac.coordination.readmodel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/**
 * {@code passenger.boarded.v1} and {@code passenger.no-show.v1}; personId is null for an unmatched
 * line.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PassengerFact(UUID flightId, UUID personId, int lineNumber) {}
