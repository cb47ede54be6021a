package org.evac.benchmark.report;

/** A figure's target from issue 9: at most or at least a value, or none. */
public record Target(String comparison, double value) {

    public static Target below(double value) {
        return new Target("<", value);
    }

    public static Target atLeast(double value) {
        return new Target("≥", value);
    }

    public static Target none() {
        return new Target("", Double.NaN);
    }

    public boolean exists() {
        return !comparison.isEmpty();
    }

    /** Whether {@code measured} meets the target; false for a figure that was not measured. */
    public boolean metBy(double measured) {
        if (Double.isNaN(measured)) {
            return false;
        }
        return comparison.equals("<") ? measured < value : measured >= value;
    }
}
