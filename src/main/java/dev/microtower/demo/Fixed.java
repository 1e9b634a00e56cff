package dev.microtower.demo;

/**
 * Decimal text with a fixed number of fraction digits, without {@link java.util.Locale} or {@link
 * Double#toString} (whose output changed in JDK 19), so files are the same bytes everywhere.
 */
final class Fixed {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000};

    private Fixed() {}

    static String format(double value, int digits) {
        long scaled = Math.round(value * POWERS[digits]);
        if (digits == 0) {
            return Long.toString(scaled);
        }
        StringBuilder text = new StringBuilder(16);
        if (scaled < 0) {
            text.append('-');
            scaled = -scaled;
        }
        text.append(scaled / POWERS[digits]).append('.');
        String fraction = Long.toString(scaled % POWERS[digits]);
        for (int i = fraction.length(); i < digits; i++) {
            text.append('0');
        }
        return text.append(fraction).toString();
    }

    /** Rounds to the digits that {@link #format} writes, so computations see the written value. */
    static double round(double value, int digits) {
        return Math.round(value * POWERS[digits]) / (double) POWERS[digits];
    }
}
