package dev.microtower.importexport;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The limits every file Microtower reads is held to, in one place, so each is refused at once with
 * a clear message instead of exhausting memory or time, and so docs/file-formats.md lists them
 * ({@link FormatDoc}). Also the one strict reading of numbers: plain ASCII decimal notation only,
 * since Java's own parsers accept {@code 1d}, {@code 0x1p3} (read as 8.0), {@code NaN} and
 * non-ASCII digits ({@code ١٢} read as 12), none of which a planner's file means.
 */
public final class Limits {
    /** Largest uncompressed size of any one part of an XLSX workbook (a sheet, the shared strings). */
    public static final long XLSX_PART_BYTES = 512L * 1024 * 1024;
    /** Largest uncompressed size of a whole XLSX workbook. */
    public static final long XLSX_TOTAL_BYTES = 1024L * 1024 * 1024;
    /** Largest compression ratio of an XLSX part: beyond it the file is a zip bomb, not a workbook. */
    public static final long XLSX_COMPRESSION_RATIO = 200;
    /** Most rows of one XLSX sheet (a CSV file has no row limit: it is streamed). */
    public static final int XLSX_ROWS = 5_000_000;
    /** Most columns of one XLSX sheet or CSV file: the widest layout has 18. */
    public static final int COLUMNS = 64;
    /** Longest cell, shared string or CSV field, in characters. */
    public static final int FIELD_CHARACTERS = 1_000_000;
    /** Deepest nesting of arrays and objects in a GeoJSON file (a multipolygon needs 7). */
    public static final int JSON_DEPTH = 32;
    /** Longest number in a GeoJSON file, in characters. */
    public static final int JSON_NUMBER_CHARACTERS = 64;
    /** Largest GeoJSON file, in bytes: it is read whole. */
    public static final long JSON_BYTES = 256L * 1024 * 1024;
    /** Most vertices of one delivery zone polygon, over all its rings. */
    public static final int POLYGON_VERTICES = 20_000;
    /** Earliest date and time a file may hold. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /** Latest date and time a file may hold. */
    public static final Instant LATEST = Instant.parse("2199-12-31T23:59:59Z");

    static final String EARLIEST_TEXT = "1900-01-01";
    static final String LATEST_TEXT = "2199-12-31";

    private static final Pattern PLAIN_NUMBER =
            Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?");
    private static final Pattern PLAIN_WHOLE = Pattern.compile("[+-]?[0-9]{1,19}");

    private Limits() {}

    /** A floating-point number in plain ASCII decimal notation, finite; else {@link NumberFormatException}. */
    static double plainDouble(String text) {
        if (!PLAIN_NUMBER.matcher(text).matches()) {
            throw new NumberFormatException("not a plain number");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("not a finite number");
        }
        return value;
    }

    /** A decimal number in plain ASCII notation; else {@link NumberFormatException}. */
    static BigDecimal plainDecimal(String text) {
        if (!PLAIN_NUMBER.matcher(text).matches()) {
            throw new NumberFormatException("not a plain number");
        }
        return new BigDecimal(text);
    }

    /** A whole number in plain ASCII digits; else {@link NumberFormatException}. */
    static long plainLong(String text) {
        if (!PLAIN_WHOLE.matcher(text).matches()) {
            throw new NumberFormatException("not plain digits");
        }
        return Long.parseLong(text);
    }

    /**
     * The index of the first character a value may not hold, or -1: control characters (NUL,
     * U+0001 to U+001F, DEL, U+0080 to U+009F), a byte-order mark or other invisible format
     * character, a lone surrogate; with {@code newlines}, line breaks are allowed.
     */
    static int firstUnprintable(String value, boolean newlines) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (newlines && (c == '\n' || c == '\r')) {
                continue;
            }
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                return i;
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** A character named so a planner can find it: "a line break", "an invisible character U+FEFF". */
    static String describeCharacter(int codePoint) {
        return switch (codePoint) {
            case '\n', '\r' -> "a line break";
            case '\t' -> "a tab";
            case 0 -> "a NUL character";
            default -> "an invisible character U+" + String.format(Locale.ROOT, "%04X", codePoint);
        };
    }
}
