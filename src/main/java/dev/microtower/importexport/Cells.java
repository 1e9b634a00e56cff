package dev.microtower.importexport;

import dev.microtower.core.Range;
import dev.microtower.importexport.Layout.Column;
import dev.microtower.importexport.Layout.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Walks the rows of one table and hands out typed values, recording a problem (with file, line
 * and column) for every value that is missing or wrong instead of stopping at the first. A getter
 * returns {@code null} for an empty optional value and for a wrong one; {@link #rowOk()} says
 * whether the current row had no problem.
 */
final class Cells {
    private final TableReader reader;
    private final Layout layout;
    private final Problems problems;
    private final int[] fieldOf;
    private final int headerSize;
    private final boolean usable;
    private String[] fields;
    private long problemsBeforeRow;
    private String lastInstantText;
    private Instant lastInstant;

    private Cells(TableReader reader, Layout layout, Problems problems, List<String> header, boolean failed) {
        this.reader = reader;
        this.layout = layout;
        this.problems = problems;
        this.fieldOf = new int[layout.columns().size()];
        Arrays.fill(fieldOf, -1);
        boolean ok = true;
        if (failed) {
            ok = false;
            headerSize = 0;
        } else if (header == null) {
            problems.add(reader.name(), null, "the file is empty; it needs at least a header line");
            ok = false;
            headerSize = 0;
        } else {
            headerSize = header.size();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip();
                int column = layout.indexOf(name);
                if (column < 0) {
                    if (!name.isEmpty()) {
                        problems.add(
                                reader.where(reader.line()),
                                null,
                                "unknown column '" + name + "'; the columns are " + String.join(", ", layout.names()));
                        ok = false;
                    }
                } else if (fieldOf[column] >= 0) {
                    problems.add(reader.where(reader.line()), null, "column '" + name + "' appears twice");
                    ok = false;
                } else {
                    fieldOf[column] = i;
                }
            }
            for (Column c : layout.columns()) {
                if (c.required() && fieldOf[c.position()] < 0) {
                    problems.add(
                            reader.where(reader.line()), null, "the required column '" + c.name() + "' is missing");
                    ok = false;
                }
            }
        }
        this.usable = ok;
    }

    /** Reads the header; problems with it are recorded, and then {@link #next()} yields no rows. */
    static Cells open(TableReader reader, Layout layout, Problems problems) {
        List<String> header;
        try {
            header = reader.header();
        } catch (TableReader.TableReadException e) {
            problems.add(e.where, null, e.getMessage());
            return new Cells(reader, layout, problems, null, true);
        }
        return new Cells(reader, layout, problems, header, false);
    }

    /** Moves to the next row; {@code false} at the end, after a read failure, or if the header was unusable. */
    boolean next() {
        if (!usable) {
            return false;
        }
        try {
            fields = reader.next();
        } catch (TableReader.TableReadException e) {
            problems.add(e.where, null, e.getMessage());
            fields = null;
        }
        if (fields == null) {
            return false;
        }
        problemsBeforeRow = problems.total();
        if (fields.length > headerSize) {
            boolean extra = false;
            for (int i = headerSize; i < fields.length; i++) {
                extra |= !fields[i].isEmpty();
            }
            if (extra) {
                problems.add(
                        where(),
                        null,
                        "has " + fields.length + " fields but the header has " + headerSize
                                + " (a separator too many, or a quote missing?)");
            }
        }
        return true;
    }

    String where() {
        return reader.where(reader.line());
    }

    long line() {
        return reader.line();
    }

    boolean rowOk() {
        return problems.total() == problemsBeforeRow;
    }

    void problem(Column column, String reason) {
        problems.add(where(), column == null ? null : column.name(), reason);
    }

    boolean has(Column column) {
        return fieldOf[column.position()] >= 0;
    }

    /** The raw text of the cell, stripped of surrounding spaces and of the formula guard; null if empty. */
    String text(Column column) {
        int field = fieldOf[column.position()];
        String value = field < 0 || field >= fields.length ? "" : fields[field];
        if (value.length() > column.maxLength() && column.maxLength() > 0) {
            problem(column, "is " + value.length() + " characters long; at most " + column.maxLength() + " fit");
            return null;
        }
        value = value.strip();
        if (column.kind() == Kind.TEXT) {
            value = FormulaGuard.unprotect(value);
        }
        if (value.isEmpty()) {
            if (column.required()) {
                problem(column, "is required but empty");
            }
            return null;
        }
        int bad = Limits.firstUnprintable(value, false);
        if (bad >= 0) {
            problem(
                    column,
                    "holds " + Limits.describeCharacter(value.codePointAt(bad)) + " at position " + (bad + 1)
                            + "; codes and values must be printable");
            return null;
        }
        return value;
    }

    /** The optional columns of the layout the file does not have; their stored values stay as they are. */
    List<String> absentOptional() {
        List<String> absent = new ArrayList<>();
        if (usable) {
            for (Column c : layout.columns()) {
                if (!c.required() && fieldOf[c.position()] < 0) {
                    absent.add(c.name());
                }
            }
        }
        return absent;
    }

    /** Text of a text column: unlike {@link #text}, keeps inner and surrounding spaces of free text. */
    String freeText(Column column) {
        int field = fieldOf[column.position()];
        String value = field < 0 || field >= fields.length ? "" : fields[field];
        if (column.maxLength() > 0 && value.length() > column.maxLength()) {
            problem(column, "is " + value.length() + " characters long; at most " + column.maxLength() + " fit");
            return null;
        }
        value = FormulaGuard.unprotect(value);
        if (value.isBlank()) {
            if (column.required()) {
                problem(column, "is required but empty");
            }
            return null;
        }
        // free text may span lines (a quoted CSV field, a wrapped cell); other control characters
        // and invisible marks are refused like in codes
        int bad = Limits.firstUnprintable(value, true);
        if (bad >= 0) {
            problem(
                    column,
                    "holds " + Limits.describeCharacter(value.codePointAt(bad)) + " at position " + (bad + 1)
                            + "; only printable text and line breaks fit here");
            return null;
        }
        return value;
    }

    private Double decimal(Column column, double min, double max, String what) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        double value;
        try {
            value = Limits.plainDouble(text);
        } catch (NumberFormatException e) {
            problem(
                    column,
                    "'" + text + "' is not a number" + (text.contains(",") ? " (use a dot as decimal separator)" : ""));
            return null;
        }
        if (!(value >= min && value <= max)) {
            problem(column, text + " is not " + what);
            return null;
        }
        return value;
    }

    /** A number in the column's range; one outside it is reported in the range's words. */
    Double number(Column column) {
        Range range = column.range();
        if (range == null) {
            return decimal(column, -Double.MAX_VALUE, Double.MAX_VALUE, "a finite number");
        }
        return decimal(column, range.lowest(), range.highest(), range.describe());
    }

    /** A whole number in the column's range and at most {@code max} (what the database column holds). */
    Long whole(Column column, long max) {
        Range range = column.range();
        long min = range == null ? Long.MIN_VALUE : (long) Math.ceil(range.lowest());
        long top = range == null || !range.bounded() ? max : Math.min(max, (long) Math.floor(range.highest()));
        return whole(column, min, top);
    }

    /** A decimal with at most the column's scale, kept at exactly that scale so equal values compare equal. */
    BigDecimal money(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        BigDecimal value;
        try {
            value = Limits.plainDecimal(text);
        } catch (NumberFormatException e) {
            problem(column, "'" + text + "' is not a number");
            return null;
        }
        if (value.signum() < 0 && column.range() != null && column.range().min() == 0) {
            problem(column, text + " is negative");
            return null;
        }
        if (column.range() != null && !column.range().contains(value)) {
            problem(column, text + " is not " + column.range().describe());
            return null;
        }
        try {
            value = value.setScale(column.scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            problem(column, text + " has more than " + column.scale() + " decimals");
            return null;
        }
        if (value.precision() > 14) {
            problem(column, text + " is too large");
            return null;
        }
        return value;
    }

    Long whole(Column column, long min, long max) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        long value;
        try {
            value = Limits.plainLong(text);
        } catch (NumberFormatException e) {
            try {
                value = Limits.plainDecimal(text).longValueExact(); // "12.0" or "1E3" from a spreadsheet
            } catch (NumberFormatException | ArithmeticException e2) {
                problem(column, "'" + text + "' is not a whole number");
                return null;
            }
        }
        if (value < min) {
            problem(column, text + (min == 0 ? " is negative" : " is below " + min));
            return null;
        }
        if (value > max) {
            problem(column, text + " is above " + max);
            return null;
        }
        return value;
    }

    Boolean bool(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                problem(column, "'" + text + "' is not true or false");
                return null;
        }
    }

    Instant instant(Column column) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        if (text.equals(lastInstantText)) {
            return lastInstant; // stock files repeat one as-of time on every line
        }
        try {
            Instant value = plainUtcInstant(text);
            if (value == null) {
                value = Instant.parse(text);
            }
            if (value.isBefore(Limits.EARLIEST) || value.isAfter(Limits.LATEST)) {
                problem(
                        column,
                        "'" + text + "' is outside the dates Microtower accepts (" + Limits.EARLIEST_TEXT + " to "
                                + Limits.LATEST_TEXT + ")");
                return null;
            }
            lastInstantText = text;
            lastInstant = value;
            return value;
        } catch (DateTimeException e) {
            problem(column, "'" + text + "' is not an ISO-8601 instant such as 2026-07-01T08:30:00Z");
            return null;
        }
    }

    /**
     * The common form {@code yyyy-MM-ddTHH:mm:ssZ} read without the formatter, which dominated the
     * reading of large order files; {@code null} for anything else (including invalid dates), so
     * {@link Instant#parse} still decides and words the problem.
     */
    static Instant plainUtcInstant(String text) {
        if (text.length() != 20
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':'
                || text.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return java.time.LocalDateTime.of(year, month, day, hour, minute, second)
                .toInstant(java.time.ZoneOffset.UTC);
    }

    /** The decimal number in {@code text[from, to)}, or -1 if any character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    <E extends Enum<E>> E enumValue(Column column, Class<E> type) {
        String text = text(column);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problem(column, "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    /** A {@code |}-separated list; each item must parse, or the item is reported. */
    <T> List<T> list(Column column, java.util.function.Function<String, T> parse) {
        String text = text(column);
        List<T> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String item : text.split("\\|", -1)) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                items.add(parse.apply(trimmed));
            } catch (IllegalArgumentException e) {
                problem(column, "'" + trimmed + "' is not valid here");
            }
        }
        return items;
    }

    <E extends Enum<E>> List<E> enumList(Column column, Class<E> type) {
        return list(column, s -> Enum.valueOf(type, s.toUpperCase(Locale.ROOT)));
    }
}
