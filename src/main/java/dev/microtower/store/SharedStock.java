package dev.microtower.store;

import static dev.microtower.store.jooq.Tables.NODE;
import static dev.microtower.store.jooq.Tables.SCENARIO;
import static dev.microtower.store.jooq.Tables.STOCK;

import dev.microtower.store.jooq.tables.Node;
import dev.microtower.store.jooq.tables.Stock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record7;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Stock a scenario copy shares with its parent until either is written (ADR 0017). A copy does not
 * write its parent's stock rows again; its {@code scenario.stock_of} names the scenario whose rows
 * it reads, mapped to the copy's own sites by site code (a site the copy deleted drops out, a site
 * it added has none). Everything that reads stock reads it through {@link #rows}; every write that
 * could change what a scenario's stock reads calls {@link #materialise} first, in its transaction,
 * so a copy stays the snapshot it always was.
 */
public final class SharedStock {
    private SharedStock() {}

    /** The stock rows a scenario reads: a table with the stock table's columns, and the condition that picks them. */
    public record Rows(Table<?> table, Condition scope) {
        /** The column of {@link #table} that stands for {@code column} of the stock table. */
        public <T> Field<T> get(Field<T> column) {
            return table == STOCK ? column : table.field(column);
        }
    }

    /** The scenario whose rows {@code scenario} reads: itself, or the one it shares them from. */
    public static long owner(DSLContext dsl, long scenario) {
        Long of = dsl.select(SCENARIO.STOCK_OF)
                .from(SCENARIO)
                .where(SCENARIO.ID.eq(scenario))
                .fetchOne(SCENARIO.STOCK_OF);
        return of == null ? scenario : of;
    }

    /**
     * The stock rows {@code scenario} reads, with its own scenario id and its own sites' ids: its
     * own rows, or its owner's mapped to its sites by code.
     */
    public static Rows rows(DSLContext dsl, long scenario) {
        long owner = owner(dsl, scenario);
        if (owner == scenario) {
            return new Rows(STOCK, STOCK.SCENARIO_ID.eq(scenario));
        }
        return new Rows(mapped(dsl, owner, scenario).asTable("shared_stock"), DSL.noCondition());
    }

    /**
     * Gives {@code scenario} its own stock rows if it shares them, and every scenario that shares
     * {@code scenario}'s rows their own: call it in the transaction of any write that can change
     * what a scenario's stock reads (a stock write, a site delete or restore, a scenario delete or
     * promotion), before the write.
     */
    public static void materialise(DSLContext dsl, long scenario) {
        Long of = dsl.select(SCENARIO.STOCK_OF)
                .from(SCENARIO)
                .where(SCENARIO.ID.eq(scenario))
                .forUpdate()
                .fetchOne(SCENARIO.STOCK_OF);
        if (of != null) {
            copyIn(dsl, of, scenario);
        }
        release(dsl, scenario);
    }

    /**
     * Gives every scenario that shares {@code scenario}'s stock rows their own, leaving {@code
     * scenario} as it is: before {@code scenario} is deleted (a deleted scenario needs no rows).
     */
    public static void release(DSLContext dsl, long scenario) {
        List<Long> sharers = dsl.select(SCENARIO.ID)
                .from(SCENARIO)
                .where(SCENARIO.STOCK_OF.eq(scenario))
                .orderBy(SCENARIO.ID)
                .forUpdate()
                .fetch(SCENARIO.ID);
        for (long sharer : sharers) {
            copyIn(dsl, scenario, sharer);
        }
    }

    private static void copyIn(DSLContext dsl, long owner, long sharer) {
        dsl.insertInto(
                        STOCK,
                        STOCK.SCENARIO_ID,
                        STOCK.NODE_ID,
                        STOCK.SKU_ID,
                        STOCK.ON_HAND,
                        STOCK.RESERVED,
                        STOCK.IN_TRANSIT,
                        STOCK.AS_OF)
                .select(mapped(dsl, owner, sharer))
                .execute();
        dsl.update(SCENARIO)
                .set(SCENARIO.STOCK_OF, (Long) null)
                .where(SCENARIO.ID.eq(sharer))
                .execute();
    }

    /** {@code owner}'s stock rows as {@code sharer}'s: on the sharer's site of the same code. */
    private static Select<Record7<Long, Long, Long, Long, Long, Long, OffsetDateTime>> mapped(
            DSLContext dsl, long owner, long sharer) {
        Stock s = STOCK.as("owned");
        Node theirs = NODE.as("owner_site");
        Node ours = NODE.as("own_site");
        return dsl.select(
                        DSL.val(sharer).as(STOCK.SCENARIO_ID.getName()),
                        ours.ID.as(STOCK.NODE_ID.getName()),
                        s.SKU_ID.as(STOCK.SKU_ID.getName()),
                        s.ON_HAND.as(STOCK.ON_HAND.getName()),
                        s.RESERVED.as(STOCK.RESERVED.getName()),
                        s.IN_TRANSIT.as(STOCK.IN_TRANSIT.getName()),
                        s.AS_OF.as(STOCK.AS_OF.getName()))
                .from(s)
                .join(theirs)
                .on(theirs.ID.eq(s.NODE_ID))
                .join(ours)
                .on(ours.SCENARIO_ID.eq(sharer).and(ours.CODE.eq(theirs.CODE)))
                .where(s.SCENARIO_ID.eq(owner));
    }
}
