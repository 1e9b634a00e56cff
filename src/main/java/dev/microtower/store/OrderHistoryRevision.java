package dev.microtower.store;

import static dev.microtower.store.jooq.Tables.CUSTOMER_ORDER;
import static dev.microtower.store.jooq.Tables.ORDER_HISTORY_REVISION;
import static dev.microtower.store.jooq.Tables.ORDER_LINE;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The order history's revision (migration V11): a number every write of orders or order lines adds
 * one to, in the writing transaction, so that a stored forecast can be matched to the history it was
 * made from without reading the history. {@link #stamp} adds the counts and the largest ids of both
 * tables as a belt: a writer that forgot to {@link #bump} and added or removed rows still changes it.
 */
public final class OrderHistoryRevision {
    private OrderHistoryRevision() {}

    /** Adds one to the revision, inside the caller's transaction. */
    public static void bump(DSLContext dsl) {
        dsl.update(ORDER_HISTORY_REVISION)
                .set(ORDER_HISTORY_REVISION.REVISION, ORDER_HISTORY_REVISION.REVISION.plus(1))
                .where(ORDER_HISTORY_REVISION.ID.eq(1))
                .execute();
    }

    /**
     * The revision, the number of orders and of order lines and the largest order id, in one line:
     * equal stamps mean the same history unless someone wrote it without {@link #bump} and kept every
     * count and id. Cheap: H2 keeps the row counts, the ids come from the primary key.
     */
    public static String stamp(DSLContext dsl) {
        long revision = dsl.select(ORDER_HISTORY_REVISION.REVISION)
                .from(ORDER_HISTORY_REVISION)
                .where(ORDER_HISTORY_REVISION.ID.eq(1))
                .fetchOptional(ORDER_HISTORY_REVISION.REVISION)
                .orElse(-1L);
        var orders = dsl.select(DSL.count(), DSL.max(CUSTOMER_ORDER.ID))
                .from(CUSTOMER_ORDER)
                .fetchOne();
        int lines = dsl.fetchCount(ORDER_LINE);
        return "revision " + revision + ", orders " + orders.value1() + " to id " + orders.value2() + ", lines "
                + lines;
    }
}
