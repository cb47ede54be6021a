package org.evac.manifest.flight;

import java.util.List;
import java.util.UUID;

/**
 * The passengers who move with a flight when it departs and arrives. The flight owns this contract
 * and boarding implements it, so that {@code flight} does not depend on {@code boarding} (which
 * depends on flights).
 */
public interface PassengersOnBoard {

    /** Marks every boarded passenger departed; returns their registry person ids. */
    List<UUID> departBoarded(UUID flightId);

    /** Marks every departed passenger arrived; returns their registry person ids. */
    List<UUID> arriveDeparted(UUID flightId);
}
