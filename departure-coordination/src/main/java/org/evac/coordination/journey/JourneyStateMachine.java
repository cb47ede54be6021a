package org.evac.coordination.journey;

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

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The legal steps of a departure journey; everything not listed here is refused. */
public final class JourneyStateMachine {

    private static final Map<JourneyState, Set<JourneyState>> NEXT =
            new EnumMap<>(JourneyState.class);

    static {
        NEXT.put(NOT_OFFERED, EnumSet.of(OFFERED));
        // Back to NOT_OFFERED when an offer expires or is withdrawn.
        NEXT.put(OFFERED, EnumSet.of(ACCEPTED, DECLINED, NOT_OFFERED));
        NEXT.put(DECLINED, EnumSet.of(OFFERED));
        NEXT.put(ACCEPTED, EnumSet.of(SEAT_ASSIGNED));
        // Back to ACCEPTED when the seat is released (cancelled flight, re-allocation).
        NEXT.put(SEAT_ASSIGNED, EnumSet.of(MANIFESTED, ACCEPTED));
        // SEAT_ASSIGNED when a later manifest revision drops the person; ACCEPTED when the flight
        // is cancelled.
        NEXT.put(MANIFESTED, EnumSet.of(BOARDED, NO_SHOW, SEAT_ASSIGNED, ACCEPTED));
        NEXT.put(BOARDED, EnumSet.of(DEPARTED));
        NEXT.put(DEPARTED, EnumSet.of(ARRIVED_DOHA));
        NEXT.put(ARRIVED_DOHA, EnumSet.of(ONWARD));
        NEXT.put(ONWARD, EnumSet.noneOf(JourneyState.class));
        // A no-show waits in the accepted pool, keeping the priority of the original acceptance.
        NEXT.put(NO_SHOW, EnumSet.of(SEAT_ASSIGNED));
    }

    private JourneyStateMachine() {}

    public static boolean allowed(JourneyState from, JourneyState to) {
        return NEXT.get(from).contains(to);
    }

    public static Set<JourneyState> next(JourneyState from) {
        return EnumSet.copyOf(NEXT.get(from));
    }
}
