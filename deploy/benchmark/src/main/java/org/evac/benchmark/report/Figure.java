package org.evac.benchmark.report;

/**
 * One line of the result table: what was measured, its target, the baseline measured in the same
 * run and how both were measured. A figure that could not be measured has a NaN value and says why
 * in {@code how}.
 *
 * @param measurement the target number and name, e.g. "1 Event latency"
 * @param name what the figure is, e.g. "registry commit → both read models, p99"
 * @param unit "ms", "s", "MB", "events/s" …
 * @param baselineName what the baseline is, or empty without a baseline
 * @param how what was measured and how, and the number of samples
 */
public record Figure(
        String measurement,
        String name,
        String unit,
        double value,
        Target target,
        double baseline,
        String baselineName,
        String how) {

    public static Figure failed(
            String measurement, String name, String unit, Target target, String why) {
        return new Figure(
                measurement,
                name,
                unit,
                Double.NaN,
                target,
                Double.NaN,
                "",
                "not measured: " + why);
    }

    public boolean measured() {
        return !Double.isNaN(value);
    }

    /** Measured divided by baseline (NaN without either). */
    public double ratio() {
        return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : value / baseline;
    }
}
