package dev.microtower.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Conversions between column values and domain values that every repository needs: instants
 * (stored as UTC timestamps with time zone) and {@code |}-separated lists (selectors, tags).
 */
public final class Columns {
    private Columns() {}

    public static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    public static OffsetDateTime timestamp(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    /** Joins values sorted by their text, so equal sets always give equal column values. */
    public static String pipeList(Collection<?> values) {
        return values.stream().map(Object::toString).sorted().collect(Collectors.joining("|"));
    }

    /** Splits a {@code |}-separated list, skipping empty items; empty or null gives an empty list. */
    public static <T> List<T> splitPipes(String value, Function<String, T> parse) {
        List<T> items = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            return items;
        }
        for (String item : value.split("\\|", -1)) {
            String trimmed = item.strip();
            if (!trimmed.isEmpty()) {
                items.add(parse.apply(trimmed));
            }
        }
        return items;
    }
}
