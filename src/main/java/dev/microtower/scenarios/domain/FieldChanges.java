package dev.microtower.scenarios.domain;

import dev.microtower.core.GeoPoint;
import dev.microtower.scenarios.domain.Difference.FieldChange;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The fields in which two versions of one row differ, read from the components of its record, so
 * a field a feature adds to a site or a rule is compared without anyone listing it here. Values
 * are written as a planner reads them: enum constants in lower case, no value as "none", long
 * values (a zone's polygon) shortened.
 */
public final class FieldChanges {
    private static final int LONGEST = 60;

    private FieldChanges() {}

    /** The differing fields of {@code before} and {@code after}, two records of one type, in declaration order. */
    public static List<FieldChange> between(Record before, Record after) {
        if (before.getClass() != after.getClass()) {
            throw new IllegalArgumentException("cannot compare a " + before.getClass() + " with a " + after.getClass());
        }
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object old = value(component, before);
            Object now = value(component, after);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(words(component.getName()), text(old), text(now)));
            }
        }
        return changes;
    }

    /** Whether the named field (as {@link #between} names it) is among {@code changes}. */
    public static boolean changed(List<FieldChange> changes, String field) {
        return changes.stream().anyMatch(c -> c.field().equals(field));
    }

    private static Object value(RecordComponent component, Record row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /** "storageCapacityUnits" → "storage capacity units". */
    static String words(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append(' ').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A value as words. */
    public static String text(Object value) {
        String text;
        if (value == null) {
            text = "none";
        } else if (value instanceof Enum<?> constant) {
            text = constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        } else if (value instanceof BigDecimal number) {
            text = number.stripTrailingZeros().toPlainString();
        } else if (value instanceof GeoPoint point) {
            text = String.format(Locale.ROOT, "%.5f, %.5f", point.lat(), point.lon());
        } else {
            text = value.toString();
        }
        return text.length() > LONGEST ? text.substring(0, LONGEST - 1) + "…" : text;
    }
}
