package dev.microtower.importexport;

import dev.microtower.core.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The columns of one entity's table: the same for the CSV file, the XLSX sheet, the demo
 * generator's files and the tables of docs/file-formats.md, which are generated from it. A column
 * knows its kind (text cells get the formula guard, numbers become number cells in XLSX), whether
 * it is required, its size in the database, the range its domain type allows and, for an
 * enumeration, its values.
 */
public record Layout(String entity, String fileName, List<Column> columns) {
    public enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN,
        TIME
    }

    /**
     * One column; {@code maxLength} is the database column's size, or 0 when it has none that
     * matters; {@code scale} the decimals a fixed-point number keeps (-1 for a floating one);
     * {@code range} the values allowed (null: any); {@code choices} an enumeration's values;
     * {@code note} what the documentation adds ("node code").
     */
    public record Column(
            int position,
            String name,
            boolean required,
            Kind kind,
            int maxLength,
            int scale,
            Range range,
            List<String> choices,
            String note) {
        public Column {
            choices = List.copyOf(choices);
        }

        boolean whole() {
            return kind == Kind.NUMBER && scale == 0;
        }
    }

    public Layout {
        columns = List.copyOf(columns);
    }

    /** The sheet name in the workbook: the file name without extension. */
    public String sheet() {
        return fileName.substring(0, fileName.indexOf('.'));
    }

    public Column column(String name) {
        for (Column c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column " + name + " in " + entity);
    }

    /** The header line, in the layout's order. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    int indexOf(String headerName) {
        String wanted = headerName.strip().toLowerCase(Locale.ROOT);
        for (Column c : columns) {
            if (c.name().equals(wanted)) {
                return c.position();
            }
        }
        return -1;
    }

    /** A row written by column name; columns left unset are empty, so a new optional column needs no writer change. */
    public Row row() {
        return new Row(this);
    }

    /** The values of one row, by column name. */
    public static final class Row {
        private final Layout layout;
        private final Object[] values;

        private Row(Layout layout) {
            this.layout = layout;
            this.values = new Object[layout.columns.size()];
        }

        /** Sets a column; {@code null} leaves it empty. */
        public Row set(String column, Object value) {
            values[layout.column(column).position()] = value;
            return this;
        }

        /** The values in layout order, {@code null} where empty (the exporter writes numbers as numbers). */
        public Object[] values() {
            return values.clone();
        }

        /** The values as the text of a CSV line, empty where unset. */
        public List<String> texts() {
            return Arrays.stream(values).map(v -> v == null ? "" : v.toString()).toList();
        }
    }

    static Builder of(String entity, String fileName) {
        return new Builder(entity, fileName);
    }

    static final class Builder {
        private final String entity;
        private final String fileName;
        private final List<Column> columns = new ArrayList<>();

        Builder(String entity, String fileName) {
            this.entity = entity;
            this.fileName = fileName;
        }

        private Builder add(String name, boolean required, Kind kind, int maxLength, int scale, Range range) {
            columns.add(new Column(columns.size(), name, required, kind, maxLength, scale, range, List.of(), null));
            return this;
        }

        Builder text(String name, boolean required, int maxLength) {
            return add(name, required, Kind.TEXT, maxLength, 0, null);
        }

        /** A text column holding one of {@code values}' names (or, with {@code list}, a {@code |} list of them). */
        Builder choice(String name, boolean required, int maxLength, Enum<?>[] values) {
            add(name, required, Kind.TEXT, maxLength, 0, null);
            List<String> choices = Arrays.stream(values).map(Enum::name).toList();
            Column c = last();
            columns.set(
                    c.position(),
                    new Column(c.position(), name, required, Kind.TEXT, maxLength, 0, null, choices, null));
            return this;
        }

        /** A floating-point number in {@code range} (null: any number). */
        Builder number(String name, boolean required, Range range) {
            return add(name, required, Kind.NUMBER, 40, -1, range);
        }

        /** A whole number in {@code range}. */
        Builder whole(String name, boolean required, Range range) {
            return add(name, required, Kind.NUMBER, 40, 0, Objects.requireNonNull(range));
        }

        /** A fixed-point number with {@code scale} decimals in {@code range}. */
        Builder decimal(String name, boolean required, int scale, Range range) {
            return add(name, required, Kind.NUMBER, 40, scale, range);
        }

        Builder bool(String name, boolean required) {
            return add(name, required, Kind.BOOLEAN, 10, 0, null);
        }

        Builder time(String name, boolean required) {
            return add(name, required, Kind.TIME, 40, 0, null);
        }

        /** What the documentation says about the last column added. */
        Builder note(String note) {
            Column c = last();
            columns.set(
                    c.position(),
                    new Column(
                            c.position(),
                            c.name(),
                            c.required(),
                            c.kind(),
                            c.maxLength(),
                            c.scale(),
                            c.range(),
                            c.choices(),
                            note));
            return this;
        }

        private Column last() {
            return columns.get(columns.size() - 1);
        }

        Layout build() {
            return new Layout(entity, fileName, columns);
        }
    }
}
