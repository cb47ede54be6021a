package org.evac.manifest.flight;

import java.util.UUID;

/**
 * Fired (synchronously, in the changing transaction) when an open flight's schedule, capacity or
 * status changed, so the checks of its manifest can be evaluated again.
 */
public record FlightChanged(UUID flightId) {}
