package org.evac.coordination.journey;

import java.util.UUID;

/**
 * A requested journey step: the target state, the flight it concerns (if any), who asks and why,
 * and the id and type of the event that caused it when it was not a person.
 */
public record Step(
        JourneyState to,
        UUID flightId,
        String actor,
        String reason,
        String sourceEvent,
        String onwardFlight) {

    public static Step by(String actor, JourneyState to, String reason) {
        return new Step(to, null, actor, reason, null, null);
    }

    public Step onFlight(UUID flight) {
        return new Step(to, flight, actor, reason, sourceEvent, onwardFlight);
    }

    public Step causedBy(String event) {
        return new Step(to, flightId, actor, reason, event, onwardFlight);
    }

    public Step onward(String flight) {
        return new Step(to, flightId, actor, reason, sourceEvent, flight);
    }
}
