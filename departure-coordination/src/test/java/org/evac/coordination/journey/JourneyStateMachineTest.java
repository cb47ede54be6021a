package org.evac.coordination.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evac.coordination.journey.JourneyState.ACCEPTED;
import static org.evac.coordination.journey.JourneyState.ARRIVED_DOHA;
import static org.evac.coordination.journey.JourneyState.BOARDED;
import static org.evac.coordination.journey.JourneyState.DECLINED;
import static org.evac.coordination.journey.JourneyState.DEPARTED;
import static org.evac.coordination.journey.JourneyState.MANIFESTED;
import static org.evac.coordination.journey.JourneyState.NOT_OFFERED;
import static org.evac.coordination.journey.JourneyState.NO_SHOW;
import static org.evac.coordination.journey.JourneyState.OFFERED;
import static org.evac.coordination.journey.JourneyState.ONWARD;
import static org.evac.coordination.journey.JourneyState.SEAT_ASSIGNED;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The complete transition table: every pair of states is either one of the listed legal steps or
 * refused.
 */
class JourneyStateMachineTest {

    static final Set<List<JourneyState>> LEGAL =
            Set.of(
                    List.of(NOT_OFFERED, OFFERED),
                    List.of(OFFERED, ACCEPTED),
                    List.of(OFFERED, DECLINED),
                    List.of(OFFERED, NOT_OFFERED),
                    List.of(DECLINED, OFFERED),
                    List.of(ACCEPTED, SEAT_ASSIGNED),
                    List.of(SEAT_ASSIGNED, MANIFESTED),
                    List.of(SEAT_ASSIGNED, ACCEPTED),
                    List.of(MANIFESTED, BOARDED),
                    List.of(MANIFESTED, NO_SHOW),
                    List.of(MANIFESTED, SEAT_ASSIGNED),
                    List.of(MANIFESTED, ACCEPTED),
                    List.of(BOARDED, DEPARTED),
                    List.of(DEPARTED, ARRIVED_DOHA),
                    List.of(ARRIVED_DOHA, ONWARD),
                    List.of(NO_SHOW, SEAT_ASSIGNED));

    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (JourneyState from : JourneyState.values()) {
            for (JourneyState to : JourneyState.values()) {
                pairs.add(Arguments.of(from, to, LEGAL.contains(List.of(from, to))));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} legal: {2}")
    @MethodSource("everyPair")
    void allowsExactlyTheListedSteps(JourneyState from, JourneyState to, boolean legal) {
        assertThat(JourneyStateMachine.allowed(from, to)).isEqualTo(legal);
    }
}
