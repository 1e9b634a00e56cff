package dev.microtower.importexport;

import java.io.Closeable;
import java.util.List;

/** Rows of one table (a CSV file or an XLSX sheet) as text, with positions for messages. */
interface TableReader extends Closeable {
    /** Where a row is, in the words of a message: {@code nodes.csv line 17}, {@code x.xlsx sheet nodes row 17}. */
    String where(long line);

    /** Where the table is, for problems of the whole table. */
    String name();

    /** The header row, or {@code null} if the table has no rows at all. */
    List<String> header() throws TableReadException;

    /** The next row's fields, or {@code null} at the end. {@link #line()} then tells its line or row. */
    String[] next() throws TableReadException;

    long line();

    /** How much of the input was consumed, in the unit of {@link #size()}; for progress only. */
    long consumed();

    long size();

    @Override
    void close();

    /** The table cannot be read on: the rest of it is skipped and the reason reported. */
    final class TableReadException extends Exception {
        private static final long serialVersionUID = 1L;
        final String where;

        TableReadException(String where, String reason) {
            super(reason);
            this.where = where;
        }
    }
}
