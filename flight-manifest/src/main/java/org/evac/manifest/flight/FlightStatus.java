package org.evac.manifest.flight;

import java.util.EnumSet;
import java.util.Set;

/**
 * A flight's life: SCHEDULED → BOARDING → DEPARTED → ARRIVED, with DELAYED and CANCELLED on the
 * way.
 */
public enum FlightStatus {
    SCHEDULED,
    BOARDING,
    DEPARTED,
    ARRIVED,
    DELAYED,
    CANCELLED;

    /** Open flights still take manifests and count for duplicate passengers across flights. */
    public static final Set<FlightStatus> OPEN = EnumSet.of(SCHEDULED, DELAYED, BOARDING);

    public Set<FlightStatus> next() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(BOARDING, DELAYED, CANCELLED);
            case DELAYED -> EnumSet.of(SCHEDULED, DELAYED, BOARDING, CANCELLED);
            case BOARDING -> EnumSet.of(DEPARTED, DELAYED, CANCELLED);
            case DEPARTED -> EnumSet.of(ARRIVED);
            case ARRIVED, CANCELLED -> EnumSet.noneOf(FlightStatus.class);
        };
    }

    public boolean canBecome(FlightStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
