package dev.microtower.orders.store;

import static dev.microtower.store.jooq.Tables.CUSTOMER_ORDER;
import static dev.microtower.store.jooq.Tables.ORDER_LINE;
import static dev.microtower.store.jooq.Tables.SKU;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.SkuCode;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.store.Columns;
import dev.microtower.store.Database;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Record;

/**
 * The straightforward way to read a window of orders: one join of orders, lines and SKUs, sorted
 * by H2. {@link OrderRepository} used to do exactly this; tests check that its faster path gives
 * the same orders, and OrderRepositoryBench times both.
 */
final class ReferenceOrderQuery {
    private ReferenceOrderQuery() {}

    static List<Order> findBetween(Database database, Instant from, Instant to) {
        List<Order> orders = new ArrayList<>();
        database.inTransaction(tx -> {
            try (var cursor = tx.dsl()
                    .select(CUSTOMER_ORDER.fields())
                    .select(ORDER_LINE.LINE_NO, ORDER_LINE.QUANTITY, SKU.CODE)
                    .from(CUSTOMER_ORDER)
                    .leftJoin(ORDER_LINE)
                    .on(ORDER_LINE.ORDER_ID.eq(CUSTOMER_ORDER.ID))
                    .leftJoin(SKU)
                    .on(SKU.ID.eq(ORDER_LINE.SKU_ID))
                    .where(CUSTOMER_ORDER.CREATED_AT.ge(Columns.timestamp(from)))
                    .and(CUSTOMER_ORDER.CREATED_AT.lt(Columns.timestamp(to)))
                    .orderBy(CUSTOMER_ORDER.CREATED_AT, CUSTOMER_ORDER.CODE, ORDER_LINE.LINE_NO)
                    .fetchSize(5_000)
                    .fetchLazy()) {
                Record header = null;
                List<OrderLine> lines = new ArrayList<>();
                for (Record r : cursor) {
                    if (header != null && !header.get(CUSTOMER_ORDER.ID).equals(r.get(CUSTOMER_ORDER.ID))) {
                        orders.add(toOrder(header, lines));
                        lines = new ArrayList<>();
                    }
                    header = r;
                    if (r.get(ORDER_LINE.LINE_NO) != null) {
                        lines.add(new OrderLine(
                                r.get(ORDER_LINE.LINE_NO), SkuCode.of(r.get(SKU.CODE)), r.get(ORDER_LINE.QUANTITY)));
                    }
                }
                if (header != null) {
                    orders.add(toOrder(header, lines));
                }
            }
            return null;
        });
        return orders;
    }

    private static Order toOrder(Record r, List<OrderLine> lines) {
        String fulfilledBy = r.get(CUSTOMER_ORDER.FULFILLED_BY);
        return new Order(
                OrderCode.of(r.get(CUSTOMER_ORDER.CODE)),
                Columns.instant(r.get(CUSTOMER_ORDER.CREATED_AT)),
                Columns.instant(r.get(CUSTOMER_ORDER.PROMISED_BY)),
                r.get(CUSTOMER_ORDER.CHANNEL),
                new GeoPoint(r.get(CUSTOMER_ORDER.CUSTOMER_LAT), r.get(CUSTOMER_ORDER.CUSTOMER_LON)),
                fulfilledBy == null ? null : NodeCode.of(fulfilledBy),
                lines);
    }
}
