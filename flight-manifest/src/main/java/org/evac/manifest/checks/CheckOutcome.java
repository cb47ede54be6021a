package org.evac.manifest.checks;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The checks of a whole revision, line by line (in manifest order) and for the flight. */
public record CheckOutcome(
        List<LineCheck> lines, boolean late, boolean overCapacity, List<UUID> missingAllocated) {

    public Set<CheckResult> flightResults() {
        Set<CheckResult> results = EnumSet.noneOf(CheckResult.class);
        if (late) {
            results.add(CheckResult.LATE_MANIFEST);
        }
        if (overCapacity) {
            results.add(CheckResult.OVER_CAPACITY);
        }
        if (!missingAllocated.isEmpty()) {
            results.add(CheckResult.MISSING_ALLOCATED);
        }
        return results;
    }

    /**
     * Passenger results counted by line; flight results as 1 (MISSING_ALLOCATED: the number of
     * persons missing).
     */
    public Map<CheckResult, Integer> totals() {
        Map<CheckResult, Integer> totals = new EnumMap<>(CheckResult.class);
        for (CheckResult result : CheckResult.values()) {
            totals.put(result, 0);
        }
        lines.forEach(
                line -> line.results().forEach(result -> totals.merge(result, 1, Integer::sum)));
        totals.put(CheckResult.LATE_MANIFEST, late ? 1 : 0);
        totals.put(CheckResult.OVER_CAPACITY, overCapacity ? 1 : 0);
        totals.put(CheckResult.MISSING_ALLOCATED, missingAllocated.size());
        return totals;
    }
}
