package dev.microtower.scenarios.store.jooq;

import dev.microtower.store.SharedStock;
import dev.microtower.store.jooq.Public;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.JoinType;
import org.jooq.Record;
import org.jooq.SelectQuery;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;

/**
 * Copies every row of one scenario into another, driven by the generated table metadata rather
 * than by hand-written column lists: every table with a scenario column is copied with all its
 * columns, so a column added by a migration is copied without anyone remembering to. Generated
 * ids are not copied; a reference to a row of another scenario-scoped table (a zone's node, a
 * pickup point's server) is re-pointed at the copy of the referenced row, found by its natural
 * key (a node's code). Tables that hold results rather than inputs ({@link #RESULTS}) are left out.
 */
final class ScenarioCopy {
    /** Scenario-scoped tables that record what was computed, not what a planner set up. */
    static final List<Table<?>> RESULTS = List.of(
            Public.PUBLIC.PLAN_RUN,
            // a forecast kept in the file is found by the fingerprint of its inputs, whichever
            // scenario's row it is (ADR 0016): a copy needs no copy of it, which would be megabytes
            Public.PUBLIC.STORED_FORECAST);

    private static final String SCENARIO_COLUMN = "SCENARIO_ID";

    private final DSLContext dsl;
    private final long from;
    private final long to;
    private final boolean withStock;

    /**
     * A copy of {@code from}'s rows into {@code to}; without {@code withStock} the stock rows are
     * left out, for {@code to} to share them ({@link SharedStock}, ADR 0017).
     */
    ScenarioCopy(DSLContext dsl, long from, long to, boolean withStock) {
        this.dsl = Objects.requireNonNull(dsl);
        this.from = from;
        this.to = to;
        this.withStock = withStock;
    }

    /** The tables a copy duplicates, referenced tables before the tables that point at them. */
    static List<Table<?>> copiedTables() {
        List<Table<?>> scoped = new ArrayList<>();
        for (Table<?> table : Public.PUBLIC.getTables()) {
            if (table.field(SCENARIO_COLUMN) != null && !RESULTS.contains(table)) {
                scoped.add(table);
            }
        }
        List<Table<?>> ordered = new ArrayList<>();
        while (!scoped.isEmpty()) {
            Table<?> next = scoped.stream()
                    .filter(t -> references(t).values().stream()
                            .allMatch(
                                    target -> target.equals(t) || ordered.contains(target) || !scoped.contains(target)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("scenario tables refer to each other in a cycle"));
            ordered.add(next);
            scoped.remove(next);
        }
        return ordered;
    }

    /** The columns a copy writes: all but the generated id. */
    static List<Field<?>> copiedColumns(Table<?> table) {
        Field<?> identity =
                table.getIdentity() == null ? null : table.getIdentity().getField();
        List<Field<?>> columns = new ArrayList<>();
        for (Field<?> field : table.fields()) {
            if (!field.equals(identity)) {
                columns.add(field);
            }
        }
        return columns;
    }

    /**
     * Removes every row {@code scenario} holds in the copied tables, leaving the scenario itself
     * (and its plan runs): referring tables first; within a table that refers to itself (a pickup
     * point to its server) in waves, each taking the rows no remaining row refers to, since the
     * schema checks each reference as a row goes.
     */
    static void clear(DSLContext dsl, long scenario) {
        List<Table<?>> tables = new ArrayList<>(copiedTables());
        Collections.reverse(tables);
        for (Table<?> table : tables) {
            Field<Long> scope = table.field(SCENARIO_COLUMN, Long.class);
            List<Field<?>> selfReferences = new ArrayList<>();
            references(table).forEach((column, target) -> {
                if (target.equals(table)) {
                    selfReferences.add(column);
                }
            });
            if (selfReferences.isEmpty()) {
                dsl.deleteFrom(table).where(scope.eq(scenario)).execute();
                continue;
            }
            Table<?> other = table.as("referring");
            Condition referred = DSL.noCondition();
            for (Field<?> column : selfReferences) {
                referred = referred.or(other.field(column.getName(), Long.class).eq(id(table, table)));
            }
            Condition unreferred = DSL.notExists(dsl.selectOne()
                    .from(other)
                    .where(other.field(SCENARIO_COLUMN, Long.class).eq(scenario))
                    .and(referred));
            while (dsl.fetchCount(table, scope.eq(scenario)) > 0) {
                if (dsl.deleteFrom(table)
                                .where(scope.eq(scenario))
                                .and(unreferred)
                                .execute()
                        == 0) {
                    throw new IllegalStateException("cannot remove the rows of " + table.getName());
                }
            }
        }
    }

    void run() {
        for (Table<?> table : copiedTables()) {
            if (withStock || !table.equals(Public.PUBLIC.STOCK)) {
                copy(table);
            }
        }
    }

    private void copy(Table<?> table) {
        Map<Field<?>, Table<?>> references = references(table);
        List<Field<?>> selfReferences = new ArrayList<>();
        references.forEach((column, target) -> {
            if (target.equals(table)) {
                selfReferences.add(column);
            }
        });
        if (selfReferences.isEmpty()) {
            insert(table, references, null);
            return;
        }
        // a row may refer to another row of its own table (a pickup point to its server), and the
        // schema checks each reference as the row is written: copy in waves, each taking the rows
        // whose referenced rows are already copied, until none is left
        boolean relaxed = false;
        while (left(table) > 0) {
            if (insert(table, references, null) > 0) {
                continue;
            }
            // the references go round in a circle: let one reference column wait (the first that
            // lets rows in, in the schema's order) and point it once every row is copied
            boolean progress = false;
            for (Field<?> column : selfReferences) {
                if (insert(table, references, column) > 0) {
                    progress = true;
                    relaxed = true;
                    break;
                }
            }
            if (!progress) {
                throw new IllegalStateException("cannot copy the rows of " + table.getName());
            }
        }
        if (relaxed) {
            repoint(table, selfReferences);
        }
    }

    private long left(Table<?> table) {
        return dsl.fetchCount(table, scenario(table).eq(from))
                - dsl.fetchCount(table, scenario(table).eq(to));
    }

    /**
     * Inserts the rows not yet copied whose references to their own table are resolved, except
     * {@code waiting} (may be null), which is left empty where its row is not copied yet.
     */
    private int insert(Table<?> table, Map<Field<?>, Table<?>> references, Field<?> waiting) {
        Table<?> source = table.as("src");
        List<Field<?>> columns = copiedColumns(table);
        SelectQuery<Record> select = dsl.selectQuery();
        select.addFrom(source);
        select.addConditions(source.field(SCENARIO_COLUMN, Long.class).eq(from));
        int n = 0;
        for (Field<?> column : columns) {
            Table<?> target = references.get(column);
            if (column.getName().equals(SCENARIO_COLUMN)) {
                select.addSelect(DSL.val(to).as(column.getName()));
            } else if (target == null) {
                select.addSelect(source.field(column));
            } else {
                Table<?> old = target.as("old" + n);
                Table<?> copy = target.as("new" + n);
                n++;
                select.addJoin(
                        old, JoinType.LEFT_OUTER_JOIN, id(target, old).eq(source.field(column.getName(), Long.class)));
                select.addJoin(copy, JoinType.LEFT_OUTER_JOIN, sameRow(target, old, copy));
                select.addSelect(id(target, copy).as(column.getName()));
                if (target.equals(table) && !column.equals(waiting)) {
                    select.addConditions(
                            source.field(column).isNull().or(id(target, copy).isNotNull()));
                }
            }
        }
        if (references.containsValue(table)) {
            Table<?> already = table.as("done");
            select.addConditions(DSL.notExists(dsl.selectOne().from(already).where(sameRow(table, source, already))));
        }
        return dsl.insertInto(table).columns(columns).select(select).execute();
    }

    private void repoint(Table<?> table, List<Field<?>> selfReferences) {
        for (Field<?> reference : selfReferences) {
            String column = reference.getName();
            Table<?> old = table.as("old");
            Table<?> oldTarget = table.as("old_target");
            Table<?> newTarget = table.as("new_target");
            Table<?> copied = table.as("copied");
            Field<Long> mapped = DSL.field(dsl.select(id(table, newTarget))
                    .from(old)
                    .join(oldTarget)
                    .on(id(table, oldTarget).eq(old.field(column, Long.class)))
                    .join(newTarget)
                    .on(sameRow(table, oldTarget, newTarget))
                    .where(old.field(SCENARIO_COLUMN, Long.class).eq(from))
                    .and(naturalKeyMatch(table, old, copied)));
            dsl.update(copied)
                    .set(copied.field(column, Long.class), mapped)
                    .where(copied.field(SCENARIO_COLUMN, Long.class).eq(to))
                    .execute();
        }
    }

    /** {@code copy} is the row of the new scenario with the same natural key as {@code old}. */
    private Condition sameRow(Table<?> table, Table<?> old, Table<?> copy) {
        return copy.field(SCENARIO_COLUMN, Long.class).eq(to).and(naturalKeyMatch(table, old, copy));
    }

    private static Condition naturalKeyMatch(Table<?> table, Table<?> a, Table<?> b) {
        Condition match = DSL.noCondition();
        for (Field<?> field : naturalKey(table)) {
            match = match.and(equal(field, a, b));
        }
        return match;
    }

    private static <T> Condition equal(Field<T> field, Table<?> a, Table<?> b) {
        return a.field(field).eq(b.field(field));
    }

    private Field<Long> scenario(Table<?> table) {
        return table.field(SCENARIO_COLUMN, Long.class);
    }

    /** The columns besides the scenario that name a row within its scenario (a node's code). */
    static List<Field<?>> naturalKey(Table<?> table) {
        Field<?> identity = identity(table);
        for (UniqueKey<?> key : table.getKeys()) {
            List<? extends Field<?>> fields = key.getFields();
            if (fields.stream().anyMatch(f -> f.getName().equals(SCENARIO_COLUMN)) && !fields.contains(identity)) {
                List<Field<?>> rest = new ArrayList<>();
                for (Field<?> field : fields) {
                    if (!field.getName().equals(SCENARIO_COLUMN)) {
                        rest.add(field);
                    }
                }
                return rest;
            }
        }
        throw new IllegalStateException(table.getName() + " is referred to but has no natural key to copy by");
    }

    private static Field<?> identity(Table<?> table) {
        if (table.getIdentity() == null) {
            throw new IllegalStateException(table.getName() + " is referred to but has no generated id");
        }
        return table.getIdentity().getField();
    }

    /** The generated id of {@code alias}, an alias of {@code table}. */
    private static Field<Long> id(Table<?> table, Table<?> alias) {
        return alias.field(identity(table).getName(), Long.class);
    }

    /** Each column of {@code table} that refers to a row of a scenario-scoped table, with that table. */
    static Map<Field<?>, Table<?>> references(Table<?> table) {
        Map<Field<?>, Table<?>> references = new LinkedHashMap<>();
        for (ForeignKey<?, ?> key : table.getReferences()) {
            Table<?> target = key.getKey().getTable();
            if (target.field(SCENARIO_COLUMN) == null) {
                continue; // the scenario itself, or a shared table such as the SKU catalogue
            }
            for (Field<?> field : key.getFields()) {
                if (!field.getName().equals(SCENARIO_COLUMN)) {
                    references.put(table.field(field), target);
                }
            }
        }
        return references;
    }
}
