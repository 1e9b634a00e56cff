package dev.microtower.core;

import java.math.BigDecimal;

/**
 * The values a number may take, as the domain allows them and the database's CHECK constraints
 * enforce them: a lower and an upper bound, each included or not ({@code ±∞} for no bound). One
 * range per quantity, declared on its domain type, so the import, the editors, the file-format
 * documentation and the schema test all read the same bounds.
 */
public record Range(double min, boolean minIncluded, double max, boolean maxIncluded, String name) {
    public Range {
        if (!(min <= max)) {
            throw new IllegalArgumentException("a range from " + min + " to " + max);
        }
    }

    /** {@code min} or more. */
    public static Range atLeast(double min) {
        return new Range(min, true, Double.POSITIVE_INFINITY, false, null);
    }

    /** More than {@code min}. */
    public static Range above(double min) {
        return new Range(min, false, Double.POSITIVE_INFINITY, false, null);
    }

    /** From {@code min} to {@code max}, both included. */
    public static Range between(double min, double max) {
        return new Range(min, true, max, true, null);
    }

    /** Strictly between {@code min} and {@code max}. */
    public static Range strictlyBetween(double min, double max) {
        return new Range(min, false, max, false, null);
    }

    /** More than {@code min}, at most {@code max}. */
    public static Range aboveUpTo(double min, double max) {
        return new Range(min, false, max, true, null);
    }

    /** The same range, described to users by {@code newName} ("a latitude"). */
    public Range named(String newName) {
        return new Range(min, minIncluded, max, maxIncluded, newName);
    }

    public boolean contains(double value) {
        boolean aboveMin = minIncluded ? value >= min : value > min;
        boolean belowMax = maxIncluded ? value <= max : value < max;
        return aboveMin && belowMax && !Double.isNaN(value);
    }

    public boolean contains(BigDecimal value) {
        return contains(value.doubleValue());
    }

    /** The smallest value in the range (for whole numbers, round up). */
    public double lowest() {
        return minIncluded ? min : Math.nextUp(min);
    }

    /** The largest value in the range. */
    public double highest() {
        return maxIncluded ? max : Math.nextDown(max);
    }

    public boolean bounded() {
        return !Double.isInfinite(max);
    }

    /**
     * The range in a planner's words, completing "must be ...": "a non-negative number", "above
     * 0 and at most 1", "between 0 and 1 (exclusive)".
     */
    public String describe() {
        if (name != null) {
            return name;
        }
        String low = number(min);
        String high = number(max);
        if (!bounded()) {
            if (minIncluded) {
                return min == 0 ? "a non-negative number" : "at least " + low;
            }
            return min == 0 ? "a positive number" : "above " + low;
        }
        if (minIncluded && maxIncluded) {
            return "between " + low + " and " + high;
        }
        if (!minIncluded && !maxIncluded) {
            return "between " + low + " and " + high + " (exclusive)";
        }
        if (!minIncluded) {
            return "above " + low + " and at most " + high;
        }
        return "at least " + low + " and below " + high;
    }

    /** The range as a short mathematical interval for tables: {@code (0, 1]}, {@code ≥ 0}. */
    public String interval() {
        if (!bounded()) {
            return (minIncluded ? "≥ " : "> ") + number(min);
        }
        return (minIncluded ? "[" : "(") + number(min) + ", " + number(max) + (maxIncluded ? "]" : ")");
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** Throws unless {@code value} is in the range; {@code field} names the value in the message. */
    public double require(double value, String field) {
        if (!contains(value)) {
            throw new IllegalArgumentException(field + " must be " + describe() + ": " + number(value));
        }
        return value;
    }

    /** As {@link #require(double, String)}, letting {@code null} (not set) through. */
    public Double requireOrNull(Double value, String field) {
        return value == null ? null : require(value, field);
    }
}
