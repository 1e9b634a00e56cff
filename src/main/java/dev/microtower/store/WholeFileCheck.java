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
import org.jooq.ResultQuery;
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
        var dsl = database.dsl();
        List<ResultQuery<? extends Record>> tables = Public.PUBLIC.getTables().stream()
                .sorted(Comparator.comparing(Table::getName))
                .<ResultQuery<? extends Record>>map(dsl::selectFrom)
                .toList();
        List<ResultQuery<Record>> indexes = indexWalks(database);
        int steps = tables.size() + indexes.size();
        long rows = 0;
        for (int i = 0; i < tables.size(); i++) {
            progress.progress(i, steps, "Checking the database file for damage…");
            rows += drain(database, tables.get(i), cancellation);
        }
        for (int i = 0; i < indexes.size(); i++) {
            progress.progress(tables.size() + i, steps, "Checking the database file for damage…");
            drain(database, indexes.get(i), cancellation); // index entries are not rows: not counted
        }
        progress.progress(steps, steps, "Checked the database file: no damage found");
        return rows;
    }

    /** Reads every record {@code query} returns; returns how many. */
    private static long drain(Database database, ResultQuery<? extends Record> query, Cancellation cancellation) {
        long read = 0;
        try (Cursor<? extends Record> cursor = query.fetchSize(2_000).fetchLazy()) {
            while (cursor.fetchNext() != null) {
                if ((++read & 0x3FFF) == 0) {
                    cancellation.check();
                }
            }
        } catch (DatabaseException e) {
            throw e;
        } catch (RuntimeException e) {
            // the execute listener translates what a query meets; a cursor's later fetch may bypass it
            if (DamagedPages.in(e)) {
                database.damageFound();
                throw DatabaseProblems.damaged(database.file(), e);
            }
            throw e;
        }
        return read;
    }

    /**
     * One query per index, reading only its columns in its own order, so the index's pages are read
     * too: a table scan reads the rows but not, say, the key a range query over order lines uses.
     */
    private static List<ResultQuery<Record>> indexWalks(Database database) {
        var dsl = database.dsl();
        Map<String, List<String>> columnsOf = new LinkedHashMap<>();
        Map<String, String> tableOf = new LinkedHashMap<>();
        for (var r : dsl.fetch("SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION")) {
            String index = r.get(1, String.class);
            tableOf.put(index, r.get(0, String.class));
            columnsOf.computeIfAbsent(index, k -> new ArrayList<>()).add(r.get(2, String.class));
        }
        List<ResultQuery<Record>> walks = new ArrayList<>();
        columnsOf.forEach((index, names) -> {
            String columns = names.stream().map(WholeFileCheck::quoted).collect(Collectors.joining(", "));
            walks.add(dsl.resultQuery("SELECT " + columns + " FROM " + quoted(tableOf.get(index)) + " USE INDEX ("
                    + quoted(index) + ") ORDER BY " + columns));
        });
        return walks;
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
