package org.evac.coordination.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code org.evac.coordination.journey.state-changed.v1}; key personId. */
public record JourneyStateChanged(
        UUID personId, String from, String to, UUID flightId, OffsetDateTime at, String reason) {}
