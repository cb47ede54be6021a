package org.evac.coordination.journey;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Journey")
public record JourneyResponse(
        UUID personId,
        JourneyState state,
        UUID flightId,
        OffsetDateTime acceptedAt,
        String onwardFlight,
        Set<JourneyState> next,
        List<TransitionLine> history) {

    @Schema(name = "JourneyTransition")
    public record TransitionLine(
            JourneyState from,
            JourneyState to,
            UUID flightId,
            OffsetDateTime at,
            String actor,
            String reason,
            String sourceEvent) {}

    static JourneyResponse of(UUID personId, Journey journey, List<JourneyTransition> history) {
        JourneyState state = journey == null ? JourneyState.NOT_OFFERED : journey.state;
        return new JourneyResponse(
                personId,
                state,
                journey == null ? null : journey.flightId,
                journey == null ? null : journey.acceptedAt,
                journey == null ? null : journey.onwardFlight,
                JourneyStateMachine.next(state),
                history.stream()
                        .map(
                                t ->
                                        new TransitionLine(
                                                t.fromState,
                                                t.toState,
                                                t.flightId,
                                                t.at,
                                                t.actor,
                                                t.reason,
                                                t.sourceEvent))
                        .toList());
    }
}
