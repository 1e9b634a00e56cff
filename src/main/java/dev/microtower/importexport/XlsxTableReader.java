package dev.microtower.importexport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Rows of one workbook sheet as text, so the CSV validation applies unchanged. Numbers are taken
 * as the workbook stores them (no display rounding), booleans become {@code true}/{@code false};
 * a formula cell is refused, since its value depends on the program that last saved it.
 */
final class XlsxTableReader implements TableReader {
    private final String workbookName;
    private final String sheetName;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private final long size;
    private List<String> header;
    private boolean started;
    private long line;
    private long consumed;

    XlsxTableReader(String workbookName, Sheet sheet, long size) throws IOException {
        this.workbookName = workbookName;
        this.sheetName = sheet.getName();
        Stream<Row> opened;
        try {
            opened = sheet.openStream();
        } catch (RuntimeException e) {
            // the workbook lists the sheet but its part is missing or unreadable (a damaged file): the
            // first read says so in the file's words instead of the reader library's
            opened = null;
        }
        this.stream = opened;
        this.rows = opened == null ? null : opened.iterator();
        this.size = size;
    }

    @Override
    public String where(long atLine) {
        return workbookName + " sheet " + sheetName + " row " + atLine;
    }

    @Override
    public String name() {
        return workbookName + " sheet " + sheetName;
    }

    @Override
    public List<String> header() throws TableReadException {
        if (!started) {
            started = true;
            String[] first = next();
            header = first == null ? null : List.of(first);
        }
        return header;
    }

    @Override
    public String[] next() throws TableReadException {
        if (!started) {
            header();
        }
        if (rows == null) {
            throw new TableReadException(
                    name(), "cannot be read: the sheet's part of the workbook is missing or damaged");
        }
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                line = row.getRowNum();
                if (line > Limits.XLSX_ROWS) {
                    throw new TableReadException(
                            where(line),
                            "is beyond row " + Limits.XLSX_ROWS
                                    + "; a sheet may have at most that many rows (import CSV files for more)");
                }
                if (row.getCellCount() > Limits.COLUMNS) {
                    throw new TableReadException(
                            where(line),
                            "has a cell beyond column " + Limits.COLUMNS
                                    + "; the widest sheet has far fewer (is something pasted far to the right?)");
                }
                consumed = Math.min(size, consumed + 1);
                List<String> values = new ArrayList<>(row.getCellCount());
                boolean empty = true;
                for (int i = 0; i < row.getCellCount(); i++) {
                    String value = text(row.getCell(i));
                    if (!value.isEmpty()) {
                        empty = false;
                    }
                    values.add(value);
                }
                if (!empty) {
                    return values.toArray(new String[0]);
                }
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new TableReadException(name(), "cannot be read after row " + line + " (the workbook is damaged?)");
        } catch (RuntimeException e) {
            throw new TableReadException(name(), "cannot be read after row " + line + " (the workbook is damaged?)");
        }
    }

    private String text(Cell cell) throws TableReadException {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getType();
        switch (type) {
            case EMPTY:
                return "";
            case BOOLEAN:
                return Boolean.TRUE.equals(cell.asBoolean()) ? "true" : "false";
            case NUMBER:
                return cell.getRawValue();
            case STRING:
                return cell.asString() == null ? "" : cell.asString();
            case FORMULA:
                throw new TableReadException(
                        where(line) + ", cell " + cell.getAddress(),
                        "holds a formula; Microtower imports values only (paste as values)");
            default:
                throw new TableReadException(
                        where(line) + ", cell " + cell.getAddress(), "holds an error value " + cell.getRawValue());
        }
    }

    @Override
    public long line() {
        return line;
    }

    @Override
    public long consumed() {
        return consumed;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
