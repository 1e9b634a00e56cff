package dev.microtower.importexport;

import static dev.microtower.store.jooq.Tables.CUSTOMER_ORDER;
import static dev.microtower.store.jooq.Tables.NODE;
import static dev.microtower.store.jooq.Tables.ORDER_LINE;
import static dev.microtower.store.jooq.Tables.SKU;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.NodeSelector;
import dev.microtower.allocation.domain.SkuSelector;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.core.Cancellation;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.importexport.Layout.Column;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.inventory.domain.XyzClass;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.store.jooq.tables.records.SkuRecord;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;

/**
 * One import inside one transaction. Every table is read to its end even after a problem, so all
 * problems are reported; once there is any problem nothing more is written, and the caller rolls
 * the transaction back. Large tables (stock, orders, order lines) are streamed and written in JDBC
 * batches against in-memory code-to-id maps; small ones go through the repositories.
 */
final class ImportRun {
    private static final int BATCH = 2_000;
    private static final long NOT_WRITTEN = -1;

    private final DSLContext dsl;
    private final Connection connection;
    private final ScenarioId scenario;
    private final Problems problems = new Problems();
    private final Progress progress;
    private final Cancellation cancellation;
    private final long totalWork;
    private long workBefore;
    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    /** Codes a file of this import declared, so later files are not told they are unknown when the declaring row was wrong. */
    private final Set<String> declaredSkus = new HashSet<>();

    private final Set<String> declaredNodes = new HashSet<>();
    private final Set<String> declaredOrders = new HashSet<>();

    ImportRun(
            DSLContext dsl,
            Connection connection,
            ScenarioId scenario,
            Progress progress,
            Cancellation cancellation,
            long totalWork) {
        this.dsl = dsl;
        this.connection = connection;
        this.scenario = scenario;
        this.progress = progress;
        this.cancellation = cancellation;
        this.totalWork = Math.max(1, totalWork);
    }

    Problems problems() {
        return problems;
    }

    ImportReport report() {
        Map<String, ImportReport.Counts> counts = new LinkedHashMap<>();
        tallies.forEach((entity, tally) -> counts.put(entity, tally.counts()));
        return new ImportReport(counts);
    }

    private boolean writing() {
        return problems.isEmpty();
    }

    private Tally tally(Layout layout) {
        return tallies.computeIfAbsent(layout.entity(), e -> new Tally());
    }

    private void tick(TableReader reader, long rows, String what) {
        if ((rows & 1023) == 0) {
            cancellation.check();
            progress.progress(Math.min(totalWork, workBefore + reader.consumed()), totalWork, what);
        }
    }

    private void finished(TableReader reader) {
        workBefore += reader.size();
        progress.progress(Math.min(totalWork, workBefore), totalWork, "read " + reader.name());
    }

    /** Reports a duplicate key, naming the line where it first appeared. */
    private boolean firstTime(Map<String, Long> seen, String key, Cells cells, Column column, String what) {
        Long first = seen.putIfAbsent(key, cells.line());
        if (first != null) {
            cells.problem(column, what + " appears twice in the file (first on line " + first + ")");
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- SKUs

    void skus(TableReader reader) {
        Layout l = Layouts.SKUS;
        Cells cells = Cells.open(reader, l, problems);
        Map<String, Long> seen = new HashMap<>();
        List<Sku> parsed = new ArrayList<>();
        long rows = 0;
        while (cells.next()) {
            tick(reader, ++rows, "reading SKUs");
            String code = cells.text(l.column("code"));
            if (code != null) {
                declaredSkus.add(code);
                firstTime(seen, code, cells, l.column("code"), "SKU " + code);
            }
            String name = cells.freeText(l.column("name"));
            String category = cells.text(l.column("category"));
            TemperatureClass temperature = cells.enumValue(l.column("temperature_class"), TemperatureClass.class);
            Double volume = cells.nonNegative(l.column("unit_volume_l"));
            Double weight = cells.nonNegative(l.column("unit_weight_kg"));
            var cost = cells.money(l.column("unit_cost"));
            Long shelfLife = cells.whole(l.column("shelf_life_days"), 1, Integer.MAX_VALUE);
            Boolean bulky = cells.bool(l.column("bulky"));
            List<String> tags = cells.list(l.column("tags"), s -> s);
            if (cells.rowOk()) {
                try {
                    parsed.add(new Sku(
                            SkuCode.of(code),
                            name,
                            category,
                            temperature,
                            volume,
                            weight,
                            cost,
                            shelfLife == null ? null : shelfLife.intValue(),
                            Boolean.TRUE.equals(bulky),
                            new TreeSet<>(tags)));
                } catch (IllegalArgumentException e) {
                    cells.problem(null, e.getMessage());
                }
            }
        }
        finished(reader);
        Tally tally = tally(l);
        if (!writing()) {
            return;
        }
        Map<SkuCode, Sku> existing = new HashMap<>();
        SkuRepository.findAll(dsl).forEach(s -> existing.put(s.code(), s));
        // new SKUs go in as JDBC batches; a per-row select-then-insert took seconds for a catalogue
        List<SkuRecord> added = new ArrayList<>();
        for (Sku sku : parsed) {
            Sku before = existing.get(sku.code());
            if (sku.equals(before)) {
                tally.unchanged++;
                continue;
            }
            if (before == null) {
                SkuRecord record = dsl.newRecord(SKU);
                SkuRepository.fill(record, sku);
                added.add(record);
                tally.added++;
                if (added.size() == BATCH) {
                    dsl.batchInsert(added).execute();
                    added.clear();
                }
            } else {
                SkuRepository.save(dsl, sku);
                tally.updated++;
            }
        }
        if (!added.isEmpty()) {
            dsl.batchInsert(added).execute();
        }
    }

    // ---------------------------------------------------------------- nodes

    void nodes(TableReader reader) {
        Layout l = Layouts.NODES;
        Cells cells = Cells.open(reader, l, problems);
        Map<String, Long> seen = new HashMap<>();
        List<Node> parsed = new ArrayList<>();
        Map<NodeCode, String> whereOf = new HashMap<>();
        long rows = 0;
        while (cells.next()) {
            tick(reader, ++rows, "reading nodes");
            String code = cells.text(l.column("code"));
            if (code != null) {
                declaredNodes.add(code);
                firstTime(seen, code, cells, l.column("code"), "node " + code);
            }
            String name = cells.freeText(l.column("name"));
            NodeType type = cells.enumValue(l.column("type"), NodeType.class);
            Double lat = cells.latitude(l.column("lat"));
            Double lon = cells.longitude(l.column("lon"));
            String address = cells.freeText(l.column("address"));
            String town = cells.freeText(l.column("town"));
            String region = cells.freeText(l.column("region"));
            NodeStatus status = cells.enumValue(l.column("status"), NodeStatus.class);
            SlaTier sla = cells.enumValue(l.column("sla_tier"), SlaTier.class);
            Long capacity = cells.whole(l.column("storage_capacity_units"), 0, Long.MAX_VALUE);
            Double area = cells.nonNegative(l.column("floor_area_m2"));
            var fixedCost = cells.money(l.column("fixed_cost_per_day"));
            var handlingCost = cells.money(l.column("handling_cost_per_order"));
            String source = cells.text(l.column("replenishment_source"));
            Double leadTime = cells.nonNegative(l.column("lead_time_days"));
            String servedBy = cells.text(l.column("served_by"));
            if (type == NodeType.PICKUP_POINT && servedBy == null) {
                cells.problem(l.column("served_by"), "a PICKUP_POINT must name the node that serves it");
            }
            if (code != null && code.equals(servedBy)) {
                cells.problem(l.column("served_by"), "node " + code + " cannot serve itself");
            }
            if (code != null && code.equals(source)) {
                cells.problem(l.column("replenishment_source"), "node " + code + " cannot replenish itself");
            }
            if (cells.rowOk()) {
                try {
                    Node node = new Node(
                            NodeCode.of(code),
                            name,
                            type,
                            new GeoPoint(lat, lon),
                            address,
                            town,
                            region,
                            status == null ? NodeStatus.ACTIVE : status,
                            sla,
                            capacity,
                            area,
                            fixedCost,
                            handlingCost,
                            source == null ? null : NodeCode.of(source),
                            leadTime,
                            servedBy == null ? null : NodeCode.of(servedBy));
                    parsed.add(node);
                    whereOf.put(node.code(), cells.where());
                } catch (IllegalArgumentException e) {
                    cells.problem(null, e.getMessage());
                }
            }
        }
        finished(reader);
        Map<NodeCode, Node> existing = new HashMap<>();
        NodeRepository.findAll(dsl, scenario).forEach(n -> existing.put(n.code(), n));
        for (Node node : parsed) {
            checkNodeReference(node.replenishmentSource(), existing, whereOf.get(node.code()), "replenishment_source");
            checkNodeReference(node.servedBy(), existing, whereOf.get(node.code()), "served_by");
        }
        Tally tally = tally(l);
        if (!writing()) {
            return;
        }
        List<Node> changed = new ArrayList<>();
        for (Node node : parsed) {
            Node before = existing.get(node.code());
            if (node.equals(before)) {
                tally.unchanged++;
            } else {
                changed.add(node);
                if (before == null) {
                    tally.added++;
                } else {
                    tally.updated++;
                }
            }
        }
        for (Node node : NodeRepository.serversFirst(dsl, scenario, changed)) {
            NodeRepository.upsertWithoutReferences(dsl, scenario, node);
        }
        for (Node node : changed) {
            NodeRepository.save(dsl, scenario, node);
        }
    }

    private void checkNodeReference(NodeCode code, Map<NodeCode, Node> existing, String where, String column) {
        if (code != null && !declaredNodes.contains(code.value()) && !existing.containsKey(code)) {
            problems.add(where, column, "unknown node " + code + " (not in the file nor in the scenario)");
        }
    }

    // ---------------------------------------------------------------- stock

    /** Node code to id; codes declared by this import but not written map to {@link #NOT_WRITTEN}. */
    private Map<String, Long> nodeIds() {
        Map<String, Long> ids = NodeRepository.idsByCode(dsl, scenario);
        declaredNodes.forEach(code -> ids.putIfAbsent(code, NOT_WRITTEN));
        return ids;
    }

    private Map<String, Long> skuIds() {
        Map<String, Long> ids = SkuRepository.idsByCode(dsl);
        declaredSkus.forEach(code -> ids.putIfAbsent(code, NOT_WRITTEN));
        return ids;
    }

    void stock(TableReader reader) throws SQLException {
        Layout l = Layouts.STOCK;
        Column cNode = l.column("node");
        Column cSku = l.column("sku");
        Column cOnHand = l.column("on_hand");
        Column cReserved = l.column("reserved");
        Column cInTransit = l.column("in_transit");
        Column cAsOf = l.column("as_of");
        Cells cells = Cells.open(reader, l, problems);
        Map<String, Long> nodes = nodeIds();
        Set<String> pickupPoints = new HashSet<>(dsl.select(NODE.CODE)
                .from(NODE)
                .where(NODE.SCENARIO_ID.eq(scenario.value()).and(NODE.TYPE.eq(NodeType.PICKUP_POINT.name())))
                .fetch(NODE.CODE));
        Map<String, Long> skus = skuIds();
        // existing rows of the scenario: key -> on hand, reserved, in transit, as-of (epoch micros)
        Map<Long, long[]> existing = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT node_id, sku_id, on_hand, reserved, in_transit, as_of FROM stock WHERE scenario_id = ?")) {
            select.setLong(1, scenario.value());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    existing.put(key(rs.getLong(1), rs.getLong(2)), new long[] {
                        rs.getLong(3), rs.getLong(4), rs.getLong(5), micros(rs.getObject(6, OffsetDateTime.class))
                    });
                }
            }
        }
        LongSet seen = new LongSet();
        Tally tally = tally(l);
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO stock (scenario_id, node_id, sku_id, on_hand, reserved, in_transit, as_of) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE stock SET on_hand = ?, reserved = ?, in_transit = ?, as_of = ? "
                                + "WHERE node_id = ? AND sku_id = ?")) {
            Batches batches = new Batches(BATCH);
            Instant lastAsOf = null;
            OffsetDateTime lastAsOfValue = null;
            while (cells.next()) {
                tick(reader, ++rows, "reading stock");
                String node = cells.text(cNode);
                String sku = cells.text(cSku);
                Long onHand = cells.whole(cOnHand, 0, Long.MAX_VALUE);
                Long reserved = cells.whole(cReserved, 0, Long.MAX_VALUE);
                Long inTransit = cells.whole(cInTransit, 0, Long.MAX_VALUE);
                Instant asOf = cells.instant(cAsOf);
                Long nodeId = node == null ? null : nodes.get(node);
                Long skuId = sku == null ? null : skus.get(sku);
                if (node != null && nodeId == null) {
                    cells.problem(cNode, "unknown node " + node);
                } else if (node != null && pickupPoints.contains(node)) {
                    cells.problem(cNode, node + " is a pickup point, which holds no stock");
                }
                if (sku != null && skuId == null) {
                    cells.problem(cSku, "unknown SKU " + sku);
                }
                if (nodeId == null || skuId == null || !cells.rowOk()) {
                    continue;
                }
                if (nodeId == NOT_WRITTEN || skuId == NOT_WRITTEN) {
                    continue; // its node or SKU row had a problem; nothing will be written anyway
                }
                long key = key(nodeId, skuId);
                if (!seen.add(key)) {
                    cells.problem(null, "node " + node + " and SKU " + sku + " appear twice in the file");
                    continue;
                }
                if (!writing()) {
                    continue;
                }
                long r = reserved == null ? 0 : reserved;
                long t = inTransit == null ? 0 : inTransit;
                if (asOf != lastAsOf) {
                    lastAsOf = asOf;
                    lastAsOfValue = asOf.atOffset(ZoneOffset.UTC);
                }
                long[] before = existing.get(key);
                if (before == null) {
                    insert.setLong(1, scenario.value());
                    insert.setLong(2, nodeId);
                    insert.setLong(3, skuId);
                    insert.setLong(4, onHand);
                    insert.setLong(5, r);
                    insert.setLong(6, t);
                    insert.setObject(7, lastAsOfValue);
                    batches.add(insert);
                    tally.added++;
                } else if (before[0] == onHand
                        && before[1] == r
                        && before[2] == t
                        && before[3] == micros(lastAsOfValue)) {
                    tally.unchanged++;
                } else {
                    update.setLong(1, onHand);
                    update.setLong(2, r);
                    update.setLong(3, t);
                    update.setObject(4, lastAsOfValue);
                    update.setLong(5, nodeId);
                    update.setLong(6, skuId);
                    batches.add(update);
                    tally.updated++;
                }
            }
            if (writing()) {
                batches.flush();
            }
        }
        finished(reader);
    }

    private static long key(long a, long b) {
        if (a >= (1L << 31) || b >= (1L << 32)) {
            throw new IllegalStateException("ids beyond 2^31 are not supported by the importer's key packing");
        }
        return (a << 32) | b;
    }

    private static long micros(OffsetDateTime time) {
        if (time == null) {
            return Long.MIN_VALUE;
        }
        Instant i = time.toInstant();
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
    }

    // ---------------------------------------------------------------- orders

    private record OrderRow(
            long id, long created, long promised, String channel, double lat, double lon, String fulfilledBy) {}

    void orders(TableReader reader) throws SQLException {
        Layout l = Layouts.ORDERS;
        Column cCode = l.column("code");
        Column cCreated = l.column("created_at");
        Column cPromised = l.column("promised_by");
        Column cChannel = l.column("channel");
        Column cLat = l.column("customer_lat");
        Column cLon = l.column("customer_lon");
        Column cFulfilled = l.column("fulfilled_by");
        Cells cells = Cells.open(reader, l, problems);
        // orders are history: fulfilled_by names a node of the baseline
        Set<String> baselineNodes =
                new HashSet<>(NodeRepository.idsByCode(dsl, ScenarioId.BASELINE).keySet());
        if (scenario.isBaseline()) {
            baselineNodes.addAll(declaredNodes);
        }
        Map<String, OrderRow> existing = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT id, code, created_at, promised_by, channel, customer_lat, customer_lon, fulfilled_by "
                                + "FROM customer_order");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                existing.put(
                        rs.getString(2),
                        new OrderRow(
                                rs.getLong(1),
                                micros(rs.getObject(3, OffsetDateTime.class)),
                                micros(rs.getObject(4, OffsetDateTime.class)),
                                rs.getString(5),
                                rs.getDouble(6),
                                rs.getDouble(7),
                                rs.getString(8)));
            }
        }
        Map<String, Long> seen = new HashMap<>();
        Tally tally = tally(l);
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO customer_order (code, created_at, promised_by, channel, customer_lat, customer_lon, "
                                + "fulfilled_by) VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE customer_order SET created_at = ?, promised_by = ?, channel = ?, customer_lat = ?, "
                                + "customer_lon = ?, fulfilled_by = ? WHERE id = ?")) {
            Batches batches = new Batches(BATCH);
            while (cells.next()) {
                tick(reader, ++rows, "reading orders");
                String code = cells.text(cCode);
                if (code != null) {
                    declaredOrders.add(code);
                    firstTime(seen, code, cells, cCode, "order " + code);
                }
                Instant created = cells.instant(cCreated);
                Instant promised = cells.instant(cPromised);
                String channel = cells.freeText(cChannel);
                Double lat = cells.latitude(cLat);
                Double lon = cells.longitude(cLon);
                String fulfilledBy = cells.text(cFulfilled);
                if (created != null && promised != null && promised.isBefore(created)) {
                    cells.problem(cPromised, promised + " is before the order was created (" + created + ")");
                }
                if (fulfilledBy != null && !baselineNodes.contains(fulfilledBy)) {
                    cells.problem(cFulfilled, "unknown node " + fulfilledBy + " (orders name baseline nodes)");
                }
                if (!cells.rowOk() || !writing()) {
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
                        before.id(), micros(createdAt), micros(promisedBy), channel, lat, lon, fulfilledBy))) {
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
            if (writing()) {
                batches.flush();
            }
        }
        finished(reader);
    }

    void orderLines(TableReader reader) throws SQLException {
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
        declaredOrders.forEach(code -> orders.putIfAbsent(code, NOT_WRITTEN));
        Map<String, Long> skus = skuIds();
        Map<Long, Long> existing = new HashMap<>();
        dsl.select(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO, ORDER_LINE.SKU_ID, ORDER_LINE.QUANTITY)
                .from(ORDER_LINE)
                .fetch()
                .forEach(r -> existing.put(lineKey(r.value1(), r.value2()), key(r.value3(), r.value4())));
        LongSet seen = new LongSet();
        Tally tally = tally(l);
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO order_line (order_id, line_no, sku_id, quantity) VALUES (?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE order_line SET sku_id = ?, quantity = ? WHERE order_id = ? AND line_no = ?")) {
            Batches batches = new Batches(BATCH);
            while (cells.next()) {
                tick(reader, ++rows, "reading order lines");
                String order = cells.text(cOrder);
                Long lineNo = cells.whole(cLine, 1, 1_000_000);
                String sku = cells.text(cSku);
                Long quantity = cells.whole(cQuantity, 1, Integer.MAX_VALUE);
                Long orderId = order == null ? null : orders.get(order);
                Long skuId = sku == null ? null : skus.get(sku);
                if (order != null && orderId == null) {
                    cells.problem(cOrder, "unknown order " + order);
                }
                if (sku != null && skuId == null) {
                    cells.problem(cSku, "unknown SKU " + sku);
                }
                if (!cells.rowOk() || orderId == NOT_WRITTEN || skuId == NOT_WRITTEN) {
                    continue;
                }
                long key = lineKey(orderId, lineNo.intValue());
                if (!seen.add(key)) {
                    cells.problem(cLine, "line " + lineNo + " of order " + order + " appears twice in the file");
                    continue;
                }
                if (!writing()) {
                    continue;
                }
                Long before = existing.get(key);
                long value = key(skuId, quantity);
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
            if (writing()) {
                batches.flush();
            }
        }
        finished(reader);
    }

    private static long lineKey(long orderId, int lineNo) {
        if (orderId >= (1L << 43)) {
            throw new IllegalStateException("order ids beyond 2^43 are not supported by the importer's key packing");
        }
        return (orderId << 20) | lineNo;
    }

    // ---------------------------------------------------------------- rules

    void rules(TableReader reader) {
        List<AllocationRule> parsed = parseRules(reader);
        Tally tally = tally(Layouts.RULES);
        if (!writing()) {
            return;
        }
        Map<String, AllocationRule> existing = new HashMap<>();
        RuleRepository.findAll(dsl, scenario).forEach(r -> existing.put(r.name(), r));
        for (AllocationRule rule : parsed) {
            AllocationRule before = existing.get(rule.name());
            if (rule.equals(before)) {
                tally.unchanged++;
                continue;
            }
            RuleRepository.save(dsl, scenario, rule);
            if (before == null) {
                tally.added++;
            } else {
                tally.updated++;
            }
        }
    }

    /** Reads and checks the rows of a rules file without writing; problems are collected. */
    List<AllocationRule> parseRules(TableReader reader) {
        Layout l = Layouts.RULES;
        Cells cells = Cells.open(reader, l, problems);
        Map<String, Long> seen = new HashMap<>();
        List<AllocationRule> parsed = new ArrayList<>();
        Map<String, Long> nodes = nodeIds();
        Map<String, Long> skus = skuIds();
        long rows = 0;
        while (cells.next()) {
            tick(reader, ++rows, "reading allocation rules");
            Long position = cells.whole(l.column("position"), 0, Integer.MAX_VALUE);
            Boolean enabled = cells.bool(l.column("enabled"));
            String name = cells.freeText(l.column("name"));
            if (name != null) {
                firstTime(seen, name, cells, l.column("name"), "rule '" + name + "'");
            }
            List<String> categories = cells.list(l.column("sku_categories"), s -> s);
            var temperatures = cells.enumList(l.column("sku_temperature_classes"), TemperatureClass.class);
            var abc = cells.enumList(l.column("sku_abc_classes"), AbcClass.class);
            var xyz = cells.enumList(l.column("sku_xyz_classes"), XyzClass.class);
            List<String> tags = cells.list(l.column("sku_tags"), s -> s);
            List<SkuCode> skuCodes = cells.list(l.column("sku_codes"), SkuCode::of);
            var types = cells.enumList(l.column("node_types"), NodeType.class);
            var tiers = cells.enumList(l.column("node_sla_tiers"), SlaTier.class);
            List<NodeCode> nodeCodes = cells.list(l.column("node_codes"), NodeCode::of);
            List<String> regions = cells.list(l.column("node_regions"), s -> s);
            StockingPolicy policy = cells.enumValue(l.column("policy"), StockingPolicy.class);
            Double min = cells.nonNegative(l.column("min_days_cover"));
            Double max = cells.nonNegative(l.column("max_days_cover"));
            Double service = cells.decimal(
                    l.column("service_level"), Double.MIN_VALUE, Math.nextDown(1.0), "between 0 and 1 (exclusive)");
            Double share = cells.decimal(l.column("max_capacity_share"), Double.MIN_VALUE, 1.0, "in (0, 1]");
            for (SkuCode sku : skuCodes) {
                if (!skus.containsKey(sku.value())) {
                    cells.problem(l.column("sku_codes"), "unknown SKU " + sku);
                }
            }
            for (NodeCode node : nodeCodes) {
                if (!nodes.containsKey(node.value())) {
                    cells.problem(l.column("node_codes"), "unknown node " + node);
                }
            }
            if (cells.rowOk()) {
                try {
                    parsed.add(new AllocationRule(
                            name,
                            position.intValue(),
                            enabled,
                            new SkuSelector(
                                    Set.copyOf(categories),
                                    Set.copyOf(temperatures),
                                    Set.copyOf(abc),
                                    Set.copyOf(xyz),
                                    Set.copyOf(tags),
                                    Set.copyOf(skuCodes)),
                            new NodeSelector(
                                    Set.copyOf(types), Set.copyOf(tiers), Set.copyOf(nodeCodes), Set.copyOf(regions)),
                            policy,
                            min,
                            max,
                            service,
                            share));
                } catch (IllegalArgumentException e) {
                    cells.problem(null, e.getMessage());
                }
            }
        }
        finished(reader);
        return parsed;
    }

    // ---------------------------------------------------------------- zones

    /** The zones sheet of a workbook: code, node, sla_tier, wkt. */
    void zones(TableReader reader) {
        Layout l = Layouts.ZONES;
        Cells cells = Cells.open(reader, l, problems);
        List<DeliveryZone> parsed = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        Map<String, Long> nodes = nodeIds();
        while (cells.next()) {
            String code = cells.text(l.column("code"));
            if (code != null) {
                firstTime(seen, code, cells, l.column("code"), "zone " + code);
            }
            String node = cells.text(l.column("node"));
            if (node != null && !nodes.containsKey(node)) {
                cells.problem(l.column("node"), "unknown node " + node);
            }
            SlaTier tier = cells.enumValue(l.column("sla_tier"), SlaTier.class);
            String wkt = cells.text(l.column("wkt"));
            Geometry area = null;
            if (wkt != null) {
                try {
                    area = ZoneRepository.fromWkt(wkt);
                    String problem = ZoneGeometry.problemWith(area);
                    if (problem != null) {
                        cells.problem(l.column("wkt"), "the area " + problem);
                    }
                } catch (ParseException e) {
                    cells.problem(l.column("wkt"), "is not WKT: " + e.getMessage());
                }
            }
            if (cells.rowOk()) {
                parsed.add(new DeliveryZone(ZoneCode.of(code), NodeCode.of(node), tier, area));
            }
        }
        finished(reader);
        saveZones(parsed);
    }

    /** A GeoJSON FeatureCollection of zones. */
    void zonesGeoJson(String fileName, InputStream input, long size) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(input);
        } catch (JsonProcessingException e) {
            problems.add(
                    fileName + " line " + e.getLocation().getLineNr(),
                    null,
                    "is not valid JSON: " + e.getOriginalMessage());
            return;
        }
        if (root == null || root.isMissingNode()) {
            problems.add(fileName, null, "the file is empty; it needs a GeoJSON FeatureCollection");
            return;
        }
        if (!"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            problems.add(fileName, null, "is not a GeoJSON FeatureCollection with a features array");
            return;
        }
        Map<String, Long> nodes = nodeIds();
        Map<String, Integer> seen = new HashMap<>();
        List<DeliveryZone> parsed = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : root.get("features")) {
            index++;
            long before = problems.total();
            JsonNode properties = feature.path("properties");
            String code = property(properties, "code");
            String where = fileName + " feature " + index + (code == null ? "" : " (" + code + ")");
            String node = property(properties, "node");
            String tierText = property(properties, "sla_tier");
            for (var it = properties.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!Set.of("code", "node", "sla_tier").contains(name)) {
                    problems.add(
                            where, "property " + name, "unknown property; the properties are code, node, sla_tier");
                }
            }
            if (code == null) {
                problems.add(where, "property code", "is required but missing");
            } else if (seen.putIfAbsent(code, index) != null) {
                problems.add(
                        where,
                        "property code",
                        "zone " + code + " appears twice (first in feature " + seen.get(code) + ")");
            } else if (code.length() > 64) {
                problems.add(where, "property code", "is longer than 64 characters");
            }
            if (node == null) {
                problems.add(where, "property node", "is required but missing");
            } else if (!nodes.containsKey(node)) {
                problems.add(where, "property node", "unknown node " + node);
            }
            SlaTier tier = null;
            if (tierText == null) {
                problems.add(where, "property sla_tier", "is required but missing");
            } else {
                try {
                    tier = SlaTier.valueOf(tierText.toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(
                            where,
                            "property sla_tier",
                            "'" + tierText + "' is not one of " + java.util.Arrays.toString(SlaTier.values()));
                }
            }
            Geometry area = null;
            try {
                area = ZoneGeometry.fromGeoJson(feature.get("geometry"));
                String problem = ZoneGeometry.problemWith(area);
                if (problem != null) {
                    problems.add(where, "geometry", "the area " + problem);
                }
            } catch (IllegalArgumentException e) {
                problems.add(where, "geometry", e.getMessage());
            }
            if (problems.total() == before) {
                parsed.add(new DeliveryZone(ZoneCode.of(code), NodeCode.of(node), tier, area));
            }
        }
        workBefore += size;
        progress.progress(Math.min(totalWork, workBefore), totalWork, "read " + fileName);
        saveZones(parsed);
    }

    private static String property(JsonNode properties, String name) {
        JsonNode value = properties.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private void saveZones(List<DeliveryZone> parsed) {
        Tally tally = tally(Layouts.ZONES);
        if (!writing()) {
            return;
        }
        Map<ZoneCode, DeliveryZone> existing = new HashMap<>();
        ZoneRepository.findAll(dsl, scenario).forEach(z -> existing.put(z.code(), z));
        for (DeliveryZone zone : parsed) {
            DeliveryZone before = existing.get(zone.code());
            if (before != null
                    && before.node().equals(zone.node())
                    && before.slaTier() == zone.slaTier()
                    && before.area().equalsExact(zone.area())) {
                tally.unchanged++;
                continue;
            }
            ZoneRepository.save(dsl, scenario, zone);
            if (before == null) {
                tally.added++;
            } else {
                tally.updated++;
            }
        }
    }
}
