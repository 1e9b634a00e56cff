package dev.microtower.heatmaps.persistence;

import static dev.microtower.persistence.jooq.Tables.CUSTOMER_ORDER;
import static dev.microtower.persistence.jooq.Tables.ORDER_LINE;

import dev.microtower.common.SkuCode;
import dev.microtower.heatmaps.engine.OrderColumns;
import dev.microtower.importexport.ProgressListener;
import dev.microtower.inventory.persistence.SkuRepository;
import dev.microtower.persistence.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;

/**
 * Reads the whole order history into {@link OrderColumns}: the lines, then the orders, each in
 * primary-key order (no join, no sort), read straight from the result sets as primitives. No
 * {@code Order} record per order, so the demo's 180,000 orders and 450,000 lines load in a few
 * seconds and take a few megabytes.
 */
public final class OrderColumnsReader {
    private static final int CHECK_EVERY = 20_000;

    private final Database database;

    public OrderColumnsReader(Database database) {
        this.database = database;
    }

    /**
     * The orders and their lines; SKUs are indexed in the order of their codes.
     *
     * @throws CancellationException when {@code cancelled} says so while reading
     */
    public OrderColumns read(ProgressListener progress, BooleanSupplier cancelled) {
        return database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            Map<String, Long> idsByCode = SkuRepository.idsByCode(dsl);
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
            Lines lines = readLines(dsl, lineCount, indexById, progress, total, cancelled);
            check(cancelled);
            OrderColumns.Builder columns = OrderColumns.builder(skus);
            try (var cursor = dsl.select(
                            CUSTOMER_ORDER.ID,
                            CUSTOMER_ORDER.CREATED_AT,
                            CUSTOMER_ORDER.CUSTOMER_LAT,
                            CUSTOMER_ORDER.CUSTOMER_LON)
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
                    columns.order(rs.getDouble(3), rs.getDouble(4), day);
                    while (line < lines.size && lines.order[line] < id) {
                        line++; // a line of an order that is gone: cannot happen with the foreign key
                    }
                    while (line < lines.size && lines.order[line] == id) {
                        if (lines.sku[line] >= 0) {
                            columns.line(lines.sku[line], lines.units[line]);
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

    private static final class Lines {
        long[] order;
        int[] sku;
        int[] units;
        int size;
    }

    private static Lines readLines(
            DSLContext dsl,
            int expected,
            Map<Long, Integer> indexById,
            ProgressListener progress,
            long total,
            BooleanSupplier cancelled)
            throws SQLException {
        Lines lines = new Lines();
        int capacity = Math.max(16, expected);
        lines.order = new long[capacity];
        lines.sku = new int[capacity];
        lines.units = new int[capacity];
        try (var cursor = dsl.select(ORDER_LINE.ORDER_ID, ORDER_LINE.SKU_ID, ORDER_LINE.QUANTITY)
                .from(ORDER_LINE)
                .orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO)
                .fetchSize(10_000)
                .fetchLazy()) {
            ResultSet rs = cursor.resultSet();
            while (rs.next()) {
                if (lines.size == lines.order.length) {
                    int grown = lines.size * 2;
                    lines.order = Arrays.copyOf(lines.order, grown);
                    lines.sku = Arrays.copyOf(lines.sku, grown);
                    lines.units = Arrays.copyOf(lines.units, grown);
                }
                Integer sku = indexById.get(rs.getLong(2));
                lines.order[lines.size] = rs.getLong(1);
                lines.sku[lines.size] = sku == null ? -1 : sku;
                lines.units[lines.size] = rs.getInt(3);
                if (++lines.size % CHECK_EVERY == 0) {
                    check(cancelled);
                    progress.progress(
                            lines.size, total, String.format("Read %,d of %,d order lines", lines.size, expected));
                }
            }
        }
        return lines;
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("reading orders cancelled");
        }
    }
}
