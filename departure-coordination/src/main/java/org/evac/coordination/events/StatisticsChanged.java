package org.evac.coordination.events;

/**
 * Fired inside a transaction that changed a figure of the statistics; observed after it commits.
 */
public record StatisticsChanged() {

    public static final StatisticsChanged INSTANCE = new StatisticsChanged();
}
