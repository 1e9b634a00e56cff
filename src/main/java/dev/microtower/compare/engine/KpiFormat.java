package dev.microtower.compare.engine;

import java.util.Locale;

/**
 * How KPI numbers are written for a planner, the same in the window, on the console and in CSV
 * files: whole counts without decimals, percentages and fractions with one or two, differences
 * with their sign, and a dash for a number that cannot be computed.
 */
public final class KpiFormat {
    /** What an empty or uncomputable cell shows. */
    public static final String NONE = "–";

    private KpiFormat() {}

    /** {@code value} in its unit's usual precision, with thousands separators. */
    public static String value(double value, String unit) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return NONE;
        }
        if ("%".equals(unit)) {
            return String.format(Locale.ROOT, "%.1f%%", value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    /** A difference, with its sign; percentage points for a KPI in percent. */
    public static String delta(double delta, String unit) {
        if (Double.isNaN(delta) || Double.isInfinite(delta)) {
            return NONE;
        }
        if ("%".equals(unit)) {
            return String.format(Locale.ROOT, "%+.1f pt", delta);
        }
        if (delta == Math.rint(delta) && Math.abs(delta) < 1e15) {
            return String.format(Locale.ROOT, "%+,d", (long) delta);
        }
        return String.format(Locale.ROOT, "%+,.2f", delta);
    }

    /** A relative difference in percent, with its sign. */
    public static String percent(double percent) {
        if (Double.isNaN(percent) || Double.isInfinite(percent)) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%+.1f%%", percent);
    }

    /** A number for a CSV file: plain digits, a dot for decimals, empty when it cannot be computed. */
    public static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.4f", value);
    }

    /** "better", "worse" or "" for a judgement of +1, −1 or 0. */
    public static String verdict(int judgement) {
        return judgement > 0 ? "better" : judgement < 0 ? "worse" : "";
    }
}
