package dev.microtower.store;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.store.jooq.Public;
import java.util.Comparator;
import java.util.List;
import org.jooq.Cursor;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Reads every row of every table of a database, so that every data page is read and its checksum
 * verified by the engine. Secondary index pages are not walked; a damaged index shows when a query
 * uses it, and then gets the same message (see {@link DamagedPages}).
 */
final class WholeFileCheck {
    private WholeFileCheck() {}

    static long run(Database database, Progress progress, Cancellation cancellation) {
        List<Table<?>> tables = Public.PUBLIC.getTables().stream()
                .sorted(Comparator.comparing(Table::getName))
                .toList();
        long rows = 0;
        for (int i = 0; i < tables.size(); i++) {
            Table<?> table = tables.get(i);
            progress.progress(i, tables.size(), "Checking the database file for damage…");
            try (Cursor<? extends Record> cursor =
                    database.dsl().selectFrom(table).fetchSize(2_000).fetchLazy()) {
                while (cursor.fetchNext() != null) {
                    if ((++rows & 0x3FFF) == 0) {
                        cancellation.check();
                    }
                }
            } catch (DatabaseException e) {
                throw e;
            } catch (RuntimeException e) {
                if (DamagedPages.in(e)) {
                    throw DatabaseProblems.damaged(database.file(), e);
                }
                throw e;
            }
        }
        progress.progress(tables.size(), tables.size(), "Checked the database file: no damage found");
        return rows;
    }
}
