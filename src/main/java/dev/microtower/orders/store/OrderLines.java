package dev.microtower.orders.store;

import static dev.microtower.store.jooq.Tables.ORDER_LINE;

import dev.microtower.core.SkuCode;
import dev.microtower.orders.domain.OrderLine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;

/**
 * The order lines of an order id range, read in primary-key order (order id, line number) with no
 * join and no sort, and held as primitive columns: 450,000 lines take about 11 MB. A reader that
 * streams orders looks their lines up by order id ({@link #of}); one that needs only the numbers
 * reads the columns by position.
 */
public final class OrderLines {
    /** How many lines are read between two calls of the {@code every} callback of {@link #read}. */
    public static final int CALL_EVERY = 20_000;

    private long[] order = new long[1_024];
    private int[] lineNo = new int[1_024];
    private long[] sku = new long[1_024];
    private int[] quantity = new int[1_024];
    private int size;

    private OrderLines() {}

    /**
     * The lines whose order id lies in {@code [fromId, toId]}. {@code every} gets the number of lines
     * read so far every {@link #CALL_EVERY} lines (for progress; it may throw to cancel).
     */
    public static OrderLines read(DSLContext dsl, long fromId, long toId, IntConsumer every) throws SQLException {
        OrderLines lines = new OrderLines();
        try (var cursor = dsl.select(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO, ORDER_LINE.SKU_ID, ORDER_LINE.QUANTITY)
                .from(ORDER_LINE)
                .where(ORDER_LINE.ORDER_ID.between(fromId, toId))
                .orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO)
                .fetchSize(10_000)
                .fetchLazy()) {
            ResultSet rs = cursor.resultSet();
            while (rs.next()) {
                lines.add(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getInt(4));
                if (lines.size % CALL_EVERY == 0) {
                    every.accept(lines.size);
                }
            }
        }
        return lines;
    }

    private void add(long orderId, int line, long skuId, int units) {
        if (size == order.length) {
            int grown = size * 2;
            order = Arrays.copyOf(order, grown);
            lineNo = Arrays.copyOf(lineNo, grown);
            sku = Arrays.copyOf(sku, grown);
            quantity = Arrays.copyOf(quantity, grown);
        }
        order[size] = orderId;
        lineNo[size] = line;
        sku[size] = skuId;
        quantity[size] = units;
        size++;
    }

    public int size() {
        return size;
    }

    public long orderId(int i) {
        return order[i];
    }

    public long skuId(int i) {
        return sku[i];
    }

    public int quantity(int i) {
        return quantity[i];
    }

    /** The lines of one order, by line number; SKU ids become codes through {@code codes}. */
    public List<OrderLine> of(long orderId, Map<Long, SkuCode> codes) {
        int i = first(orderId);
        List<OrderLine> lines = new ArrayList<>();
        for (; i < size && order[i] == orderId; i++) {
            lines.add(new OrderLine(lineNo[i], codes.get(sku[i]), quantity[i]));
        }
        return lines;
    }

    /** The position of the first line of {@code orderId}, or where it would be. */
    private int first(long orderId) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (order[mid] < orderId) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
