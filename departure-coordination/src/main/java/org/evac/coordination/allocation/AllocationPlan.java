package org.evac.coordination.allocation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Placements in priority order, and the seats each flight has left. */
public record AllocationPlan(List<Placement> placements, Map<UUID, Integer> freeSeats) {}
