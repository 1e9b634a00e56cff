package dev.microtower.core;

import java.util.Objects;

/** Argument checks shared by the domain records' compact constructors. */
public final class Requirements {
    private Requirements() {}

    public static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return value;
    }

    public static double requireNonNegative(double value, String field) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a non-negative number: " + value);
        }
        return value;
    }

    public static long requireNonNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
        return value;
    }

    public static Double requireNonNegativeOrNull(Double value, String field) {
        return value == null ? null : requireNonNegative(value.doubleValue(), field);
    }

    public static Long requireNonNegativeOrNull(Long value, String field) {
        return value == null ? null : requireNonNegative(value.longValue(), field);
    }
}
