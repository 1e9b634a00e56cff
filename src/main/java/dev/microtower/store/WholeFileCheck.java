package dev.microtower.store;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.store.jooq.Public;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Cursor;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Reads every row of every table, then walks every index in its own order, so that every page of
 * the file is read and decoded by the engine. A page whose bytes were damaged fails to decode; one
 * whose damage still decodes cannot be told from data by any reader. Whatever the check misses gets
 * the same message when a query meets it ({@link DamagedPages}).
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
        indexes(database, cancellation);
        progress.progress(tables.size(), tables.size(), "Checked the database file: no damage found");
        return rows;
    }

    /**
     * Walks every index in its own order, reading only its columns, so the index's pages are read
     * too: a table scan reads the rows but not, say, the key a range query over order lines uses.
     */
    private static void indexes(Database database, Cancellation cancellation) {
        var dsl = database.dsl();
        Map<String, List<String>> columnsOf = new LinkedHashMap<>();
        Map<String, String> tableOf = new LinkedHashMap<>();
        for (var r : dsl.fetch("SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION")) {
            String index = r.get(1, String.class);
            tableOf.put(index, r.get(0, String.class));
            columnsOf.computeIfAbsent(index, k -> new ArrayList<>()).add(r.get(2, String.class));
        }
        long entries = 0;
        for (var e : columnsOf.entrySet()) {
            cancellation.check();
            String columns = e.getValue().stream().map(WholeFileCheck::quoted).collect(Collectors.joining(", "));
            String sql = "SELECT " + columns + " FROM " + quoted(tableOf.get(e.getKey())) + " USE INDEX ("
                    + quoted(e.getKey()) + ") ORDER BY " + columns;
            try (Cursor<Record> cursor = dsl.resultQuery(sql).fetchSize(2_000).fetchLazy()) {
                while (cursor.fetchNext() != null) {
                    if ((++entries & 0x3FFF) == 0) {
                        cancellation.check();
                    }
                }
            } catch (DatabaseException damaged) {
                throw damaged;
            } catch (RuntimeException failure) {
                if (DamagedPages.in(failure)) {
                    throw DatabaseProblems.damaged(database.file(), failure);
                }
                throw failure;
            }
        }
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
