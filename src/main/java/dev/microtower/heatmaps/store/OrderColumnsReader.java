package dev.microtower.heatmaps.store;

import static dev.microtower.store.jooq.Tables.CUSTOMER_ORDER;
import static dev.microtower.store.jooq.Tables.ORDER_LINE;

import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.SkuCode;
import dev.microtower.heatmaps.engine.OrderColumns;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.orders.store.OrderLines;
import dev.microtower.store.Database;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;

/**
 * Reads the whole order history into {@link OrderColumns} (with the node that fulfilled each
 * order, for the site its demand belongs to): the lines (through {@link OrderLines}),
 * then the orders, each in primary-key order (no join, no sort), read straight from the result sets
 * as primitives. No
 * {@code Order} record per order, so the demo's 180,000 orders and 450,000 lines load in a few
 * seconds and take a few megabytes.
 */
public final class OrderColumnsReader {
    private static final int CHECK_EVERY = 20_000;

    private final Database database;
    private final AtomicInteger reads = new AtomicInteger();

    public OrderColumnsReader(Database database) {
        this.database = database;
    }

    /** How many times {@link #read} began reading the history; lets a test or bench see it was not read again. */
    public int reads() {
        return reads.get();
    }

    /**
     * The orders and their lines; SKUs are indexed in the order of their codes.
     *
     * @throws CancellationException when {@code cancelled} says so while reading
     */
    public OrderColumns read(Progress progress, BooleanSupplier cancelled) {
        reads.incrementAndGet();
        return database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            Map<String, Long> idsByCode = JooqSkuRepository.idsByCode(dsl);
            List<SkuCode> skus = new ArrayList<>();
            Map<Long, Integer> indexById = new HashMap<>();
            idsByCode.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                indexById.put(e.getValue(), skus.size());
                skus.add(SkuCode.of(e.getKey()));
            });
            int orderCount = dsl.fetchCount(CUSTOMER_ORDER);
            int lineCount = dsl.fetchCount(ORDER_LINE);
            long total = (long) orderCount + lineCount;
            check(cancelled);
            OrderLines lines = OrderLines.read(dsl, Long.MIN_VALUE, Long.MAX_VALUE, read -> {
                check(cancelled);
                progress.progress(read, total, String.format("Read %,d of %,d order lines", read, lineCount));
            });
            check(cancelled);
            OrderColumns.Builder columns = OrderColumns.builder(skus);
            Map<String, NodeCode> fulfillers = new HashMap<>(); // one NodeCode per code, not per order
            try (var cursor = dsl.select(
                            CUSTOMER_ORDER.ID,
                            CUSTOMER_ORDER.CREATED_AT,
                            CUSTOMER_ORDER.CUSTOMER_LAT,
                            CUSTOMER_ORDER.CUSTOMER_LON,
                            CUSTOMER_ORDER.FULFILLED_BY)
                    .from(CUSTOMER_ORDER)
                    .orderBy(CUSTOMER_ORDER.ID)
                    .fetchSize(10_000)
                    .fetchLazy()) {
                ResultSet rs = cursor.resultSet();
                int read = 0, line = 0;
                while (rs.next()) {
                    long id = rs.getLong(1);
                    int day = (int) rs.getObject(2, OffsetDateTime.class)
                            .atZoneSameInstant(ZoneOffset.UTC)
                            .toLocalDate()
                            .toEpochDay();
                    String fulfilledBy = rs.getString(5);
                    columns.order(
                            rs.getDouble(3),
                            rs.getDouble(4),
                            day,
                            fulfilledBy == null ? null : fulfillers.computeIfAbsent(fulfilledBy, NodeCode::of));
                    while (line < lines.size() && lines.orderId(line) < id) {
                        line++; // a line of an order that is gone: cannot happen with the foreign key
                    }
                    while (line < lines.size() && lines.orderId(line) == id) {
                        Integer sku = indexById.get(lines.skuId(line));
                        if (sku != null) {
                            columns.line(sku, lines.quantity(line));
                        }
                        line++;
                    }
                    if (++read % CHECK_EVERY == 0) {
                        check(cancelled);
                        progress.progress(
                                lineCount + read, total, String.format("Read %,d of %,d orders", read, orderCount));
                    }
                }
            }
            return columns.build();
        });
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("reading orders cancelled");
        }
    }
}
