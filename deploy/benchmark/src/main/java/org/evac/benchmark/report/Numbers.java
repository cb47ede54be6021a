package org.evac.benchmark.report;

import java.util.Locale;

/** How figures are written: thousands separated, milliseconds with one decimal below 100. */
public final class Numbers {

    private Numbers() {}

    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    public static String withUnit(double value, String unit) {
        return format(value) + " " + unit;
    }

    /** A ratio with two significant digits: 0.041, 0.87, 12. */
    public static String ratio(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return "–";
        }
        if (ratio >= 10) {
            return String.format(Locale.ROOT, "%,.0f", ratio);
        }
        return new java.math.BigDecimal(ratio)
                .round(new java.math.MathContext(2))
                .stripTrailingZeros()
                .toPlainString();
    }
}
