package dev.microtower.importexport;

import static dev.microtower.store.jooq.Tables.CUSTOMER_ORDER;
import static dev.microtower.store.jooq.Tables.ORDER_LINE;

import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.Layout.Column;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.store.OrderHistoryRevision;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order history of an import (orders and their lines): streamed and written in JDBC batches;
 * orders name baseline sites, as they are history rather than part of a scenario.
 */
final class OrderImport extends TableImport {
    OrderImport(ImportRun run) {
        super(run);
    }

    private record OrderRow(
            long id, long created, long promised, String channel, double lat, double lon, String fulfilledBy) {}

    void orders(TableReader reader) throws SQLException {
        OrderHistoryRevision.bump(dsl);
        Layout l = Layouts.ORDERS;
        Column cCode = l.column("code");
        Column cCreated = l.column("created_at");
        Column cPromised = l.column("promised_by");
        Column cChannel = l.column("channel");
        Column cLat = l.column("customer_lat");
        Column cLon = l.column("customer_lon");
        Column cFulfilled = l.column("fulfilled_by");
        Cells cells = Cells.open(reader, l, problems);
        List<String> absent = cells.absentOptional();
        boolean keepPromised = absent.contains(cPromised.name());
        boolean keepFulfilled = absent.contains(cFulfilled.name());
        // orders are history: fulfilled_by names a node of the baseline
        Set<String> baselineNodes = new HashSet<>(
                JooqNodeRepository.idsByCode(dsl, ScenarioId.BASELINE).keySet());
        if (scenario.isBaseline()) {
            baselineNodes.addAll(run.declaredNodes);
        }
        Map<String, OrderRow> existing = new HashMap<>();
        Map<String, OffsetDateTime> storedPromised = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, code, created_at, promised_by, channel, customer_lat, customer_lon, fulfilled_by "
                                + "FROM customer_order");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                existing.put(
                        rs.getString(2),
                        new OrderRow(
                                rs.getLong(1),
                                ImportRun.micros(rs.getObject(3, OffsetDateTime.class)),
                                ImportRun.micros(rs.getObject(4, OffsetDateTime.class)),
                                rs.getString(5),
                                rs.getDouble(6),
                                rs.getDouble(7),
                                rs.getString(8)));
                storedPromised.put(rs.getString(2), rs.getObject(4, OffsetDateTime.class));
            }
        }
        Map<String, Long> seen = new HashMap<>();
        Tally tally = run.tally(l);
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO customer_order (code, created_at, promised_by, channel, customer_lat, customer_lon, "
                                + "fulfilled_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE customer_order SET created_at = ?, promised_by = ?, channel = ?, customer_lat = ?, "
                                + "customer_lon = ?, fulfilled_by = ? WHERE id = ?")) {
            Batches batches = new Batches(ImportRun.BATCH);
            while (cells.next()) {
                run.tick(reader, ++rows, "reading orders");
                String code = cells.text(cCode);
                if (code != null) {
                    run.declaredOrders.add(code);
                    run.firstTime(seen, code, cells, cCode, "order " + code);
                }
                Instant created = cells.instant(cCreated);
                Instant promised = cells.instant(cPromised);
                String channel = cells.freeText(cChannel);
                Double lat = cells.number(cLat);
                Double lon = cells.number(cLon);
                String fulfilledBy = cells.text(cFulfilled);
                // a column the file does not have keeps the stored value of an order already stored
                if (code != null && existing.containsKey(code)) {
                    if (keepPromised) {
                        OffsetDateTime stored = storedPromised.get(code);
                        promised = stored == null ? null : stored.toInstant();
                    }
                    if (keepFulfilled) {
                        fulfilledBy = existing.get(code).fulfilledBy();
                    }
                }
                if (created != null && promised != null && promised.isBefore(created)) {
                    cells.problem(cPromised, promised + " is before the order was created (" + created + ")");
                }
                if (fulfilledBy != null && !baselineNodes.contains(fulfilledBy)) {
                    cells.problem(cFulfilled, "unknown node " + fulfilledBy + " (orders name baseline nodes)");
                }
                if (!cells.rowOk() || !run.writing()) {
                    continue;
                }
                OffsetDateTime createdAt = created.atOffset(ZoneOffset.UTC);
                OffsetDateTime promisedBy = promised == null ? null : promised.atOffset(ZoneOffset.UTC);
                OrderRow before = existing.get(code);
                if (before == null) {
                    insert.setString(1, code);
                    insert.setObject(2, createdAt);
                    insert.setObject(3, promisedBy, Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setString(4, channel);
                    insert.setDouble(5, lat);
                    insert.setDouble(6, lon);
                    insert.setString(7, fulfilledBy);
                    batches.add(insert);
                    tally.added++;
                } else if (before.equals(new OrderRow(
                        before.id(),
                        ImportRun.micros(createdAt),
                        ImportRun.micros(promisedBy),
                        channel,
                        lat,
                        lon,
                        fulfilledBy))) {
                    tally.unchanged++;
                } else {
                    update.setObject(1, createdAt);
                    update.setObject(2, promisedBy, Types.TIMESTAMP_WITH_TIMEZONE);
                    update.setString(3, channel);
                    update.setDouble(4, lat);
                    update.setDouble(5, lon);
                    update.setString(6, fulfilledBy);
                    update.setLong(7, before.id());
                    batches.add(update);
                    tally.updated++;
                }
            }
            if (run.writing()) {
                batches.flush();
            }
        }
        if (!absent.isEmpty() && rows > 0) {
            run.noteAbsent(reader, absent, "orders");
        }
        run.finished(reader);
    }

    void orderLines(TableReader reader) throws SQLException {
        OrderHistoryRevision.bump(dsl);
        Layout l = Layouts.ORDER_LINES;
        Column cOrder = l.column("order");
        Column cLine = l.column("line_no");
        Column cSku = l.column("sku");
        Column cQuantity = l.column("quantity");
        Cells cells = Cells.open(reader, l, problems);
        Map<String, Long> orders = new HashMap<>();
        dsl.select(CUSTOMER_ORDER.CODE, CUSTOMER_ORDER.ID)
                .from(CUSTOMER_ORDER)
                .fetch()
                .forEach(r -> orders.put(r.value1(), r.value2()));
        run.declaredOrders.forEach(code -> orders.putIfAbsent(code, ImportRun.NOT_WRITTEN));
        Map<String, Long> skus = run.skuIds();
        Map<Long, Long> existing = new HashMap<>();
        dsl.select(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO, ORDER_LINE.SKU_ID, ORDER_LINE.QUANTITY)
                .from(ORDER_LINE)
                .fetch()
                .forEach(r -> existing.put(lineKey(r.value1(), r.value2()), ImportRun.key(r.value3(), r.value4())));
        LongSet seen = new LongSet();
        Tally tally = run.tally(l);
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO order_line (order_id, line_no, sku_id, quantity) VALUES (?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE order_line SET sku_id = ?, quantity = ? WHERE order_id = ? AND line_no = ?")) {
            Batches batches = new Batches(ImportRun.BATCH);
            while (cells.next()) {
                run.tick(reader, ++rows, "reading order lines");
                String order = cells.text(cOrder);
                Long lineNo = cells.whole(cLine, 1_000_000);
                String sku = cells.text(cSku);
                Long quantity = cells.whole(cQuantity, Integer.MAX_VALUE);
                Long orderId = order == null ? null : orders.get(order);
                Long skuId = sku == null ? null : skus.get(sku);
                if (order != null && orderId == null) {
                    cells.problem(cOrder, "unknown order " + order);
                }
                if (sku != null && skuId == null) {
                    cells.problem(cSku, "unknown SKU " + sku);
                }
                if (!cells.rowOk() || orderId == ImportRun.NOT_WRITTEN || skuId == ImportRun.NOT_WRITTEN) {
                    continue;
                }
                long key = lineKey(orderId, lineNo.intValue());
                if (!seen.add(key)) {
                    cells.problem(cLine, "line " + lineNo + " of order " + order + " appears twice in the file");
                    continue;
                }
                if (!run.writing()) {
                    continue;
                }
                Long before = existing.get(key);
                long value = ImportRun.key(skuId, quantity);
                if (before == null) {
                    insert.setLong(1, orderId);
                    insert.setInt(2, lineNo.intValue());
                    insert.setLong(3, skuId);
                    insert.setInt(4, quantity.intValue());
                    batches.add(insert);
                    tally.added++;
                } else if (before == value) {
                    tally.unchanged++;
                } else {
                    update.setLong(1, skuId);
                    update.setInt(2, quantity.intValue());
                    update.setLong(3, orderId);
                    update.setInt(4, lineNo.intValue());
                    batches.add(update);
                    tally.updated++;
                }
            }
            if (run.writing()) {
                batches.flush();
            }
        }
        run.finished(reader);
    }

    private static long lineKey(long orderId, int lineNo) {
        if (orderId >= (1L << 43)) {
            throw new IllegalStateException("order ids beyond 2^43 are not supported by the importer's key packing");
        }
        return (orderId << 20) | lineNo;
    }
}
