package dev.microtower.importexport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The columns of one entity's table, as docs/file-formats.md lists them: the same for the CSV
 * file and the XLSX sheet. {@link Kind} says how a value is written (text cells get the formula
 * guard, numbers become number cells in XLSX).
 */
record Layout(String entity, String fileName, List<Column> columns) {
    enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN,
        TIME
    }

    /** One column; {@code maxLength} is the database column's size, or 0 when it has none that matters. */
    record Column(int position, String name, boolean required, Kind kind, int maxLength, int scale) {}

    /** The sheet name in the workbook: the file name without extension. */
    String sheet() {
        return fileName.substring(0, fileName.indexOf('.'));
    }

    Column column(String name) {
        for (Column c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column " + name + " in " + entity);
    }

    List<String> names() {
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

        Builder text(String name, boolean required, int maxLength) {
            columns.add(new Column(columns.size(), name, required, Kind.TEXT, maxLength, 0));
            return this;
        }

        Builder number(String name, boolean required) {
            columns.add(new Column(columns.size(), name, required, Kind.NUMBER, 40, -1));
            return this;
        }

        Builder decimal(String name, boolean required, int scale) {
            columns.add(new Column(columns.size(), name, required, Kind.NUMBER, 40, scale));
            return this;
        }

        Builder bool(String name, boolean required) {
            columns.add(new Column(columns.size(), name, required, Kind.BOOLEAN, 10, 0));
            return this;
        }

        Builder time(String name, boolean required) {
            columns.add(new Column(columns.size(), name, required, Kind.TIME, 40, 0));
            return this;
        }

        Layout build() {
            return new Layout(entity, fileName, List.copyOf(columns));
        }
    }
}
