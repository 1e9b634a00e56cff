package dev.microtower.heatmaps.persistence;

import static dev.microtower.persistence.jooq.Tables.CUSTOMER_ORDER;
import static dev.microtower.persistence.jooq.Tables.ORDER_LINE;

import dev.microtower.common.SkuCode;
import dev.microtower.heatmaps.engine.OrderColumns;
import dev.microtower.importexport.ProgressListener;
import dev.microtower.inventory.persistence.SkuRepository;
import dev.microtower.persistence.Database;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.jooq.Record6;

/**
 * Reads the whole order history into {@link OrderColumns} with one streamed query of plain
 * columns: no {@code Order} record per order, so the 180,000 orders of the demo load in a couple
 * of seconds and take a few megabytes.
 */
public final class OrderColumnsReader {
    private static final int REPORT_EVERY = 10_000;

    private final Database database;

    public OrderColumnsReader(Database database) {
        this.database = database;
    }

    /**
     * The orders and their lines; SKUs are indexed in the order of the catalogue's codes.
     *
     * @throws CancellationException when {@code cancelled} says so while reading
     */
    public OrderColumns read(ProgressListener progress, BooleanSupplier cancelled) {
        return database.inTransaction(tx -> {
            var dsl = tx.dsl();
            Map<String, Long> idsByCode = SkuRepository.idsByCode(dsl);
            List<SkuCode> skus = new ArrayList<>();
            Map<Long, Integer> indexById = new HashMap<>();
            idsByCode.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                indexById.put(e.getValue(), skus.size());
                skus.add(SkuCode.of(e.getKey()));
            });
            int total = dsl.fetchCount(CUSTOMER_ORDER);
            OrderColumns.Builder columns = OrderColumns.builder(skus);
            try (var cursor = dsl.select(
                            CUSTOMER_ORDER.ID,
                            CUSTOMER_ORDER.CREATED_AT,
                            CUSTOMER_ORDER.CUSTOMER_LAT,
                            CUSTOMER_ORDER.CUSTOMER_LON,
                            ORDER_LINE.SKU_ID,
                            ORDER_LINE.QUANTITY)
                    .from(CUSTOMER_ORDER)
                    .leftJoin(ORDER_LINE)
                    .on(ORDER_LINE.ORDER_ID.eq(CUSTOMER_ORDER.ID))
                    .orderBy(CUSTOMER_ORDER.ID)
                    .fetchSize(5_000)
                    .fetchLazy()) {
                long current = Long.MIN_VALUE;
                int read = 0;
                for (Record6<Long, java.time.OffsetDateTime, Double, Double, Long, Integer> r : cursor) {
                    long id = r.value1();
                    if (id != current) {
                        current = id;
                        if (++read % REPORT_EVERY == 0) {
                            if (cancelled.getAsBoolean()) {
                                throw new CancellationException("reading orders cancelled");
                            }
                            progress.progress(read, total, String.format("%,d of %,d orders", read, total));
                        }
                        int day = (int) r.value2()
                                .atZoneSameInstant(ZoneOffset.UTC)
                                .toLocalDate()
                                .toEpochDay();
                        columns.order(r.value3(), r.value4(), day);
                    }
                    if (r.value5() != null) {
                        Integer sku = indexById.get(r.value5());
                        if (sku != null) {
                            columns.line(sku, r.value6());
                        }
                    }
                }
            }
            return columns.build();
        });
    }
}
