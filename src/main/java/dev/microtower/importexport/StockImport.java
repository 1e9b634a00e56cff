package dev.microtower.importexport;

import static dev.microtower.store.jooq.Tables.NODE;

import dev.microtower.importexport.Layout.Column;
import dev.microtower.network.domain.NodeType;
import dev.microtower.store.SharedStock;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stock file of an import: streamed, checked against the scenario's sites and the catalogue,
 * and written in JDBC batches against in-memory code-to-id maps.
 */
final class StockImport extends TableImport {
    StockImport(ImportRun run) {
        super(run);
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
        List<String> absent = cells.absentOptional();
        boolean keepReserved = absent.contains(cReserved.name());
        boolean keepInTransit = absent.contains(cInTransit.name());
        // the scenario and those sharing its stock rows hold their own before any is written (ADR 0017)
        SharedStock.materialise(dsl, scenario.value());
        Map<String, Long> nodes = run.nodeIds();
        Set<String> pickupPoints = new HashSet<>(dsl.select(NODE.CODE)
                .from(NODE)
                .where(NODE.SCENARIO_ID.eq(scenario.value()).and(NODE.TYPE.eq(NodeType.PICKUP_POINT.name())))
                .fetch(NODE.CODE));
        Map<String, Long> skus = run.skuIds();
        // existing rows of the scenario: key -> on hand, reserved, in transit, as-of (epoch micros)
        Map<Long, long[]> existing = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT node_id, sku_id, on_hand, reserved, in_transit, as_of FROM stock WHERE scenario_id = ?")) {
            select.setLong(1, scenario.value());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    existing.put(ImportRun.key(rs.getLong(1), rs.getLong(2)), new long[] {
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        ImportRun.micros(rs.getObject(6, OffsetDateTime.class))
                    });
                }
            }
        }
        LongSet seen = new LongSet();
        Tally tally = run.tally(l);
        long rows = 0;
        try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO stock (scenario_id, node_id, sku_id, on_hand, reserved, in_transit, as_of) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE stock SET on_hand = ?, reserved = ?, in_transit = ?, as_of = ? "
                                + "WHERE node_id = ? AND sku_id = ?")) {
            Batches batches = new Batches(ImportRun.BATCH);
            Instant lastAsOf = null;
            OffsetDateTime lastAsOfValue = null;
            while (cells.next()) {
                run.tick(reader, ++rows, "reading stock");
                String node = cells.text(cNode);
                String sku = cells.text(cSku);
                Long onHand = cells.whole(cOnHand, Long.MAX_VALUE);
                Long reserved = cells.whole(cReserved, Long.MAX_VALUE);
                Long inTransit = cells.whole(cInTransit, Long.MAX_VALUE);
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
                if (nodeId == ImportRun.NOT_WRITTEN || skuId == ImportRun.NOT_WRITTEN) {
                    continue; // its node or SKU row had a problem; nothing will be written anyway
                }
                long key = ImportRun.key(nodeId, skuId);
                if (!seen.add(key)) {
                    cells.problem(null, "node " + node + " and SKU " + sku + " appear twice in the file");
                    continue;
                }
                if (!run.writing()) {
                    continue;
                }
                long[] before = existing.get(key);
                // a column the file does not have keeps the stored value of a row already stored
                long r = keepReserved && before != null ? before[1] : reserved == null ? 0 : reserved;
                long t = keepInTransit && before != null ? before[2] : inTransit == null ? 0 : inTransit;
                if (asOf != lastAsOf) {
                    lastAsOf = asOf;
                    lastAsOfValue = asOf.atOffset(ZoneOffset.UTC);
                }
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
                        && before[3] == ImportRun.micros(lastAsOfValue)) {
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
            if (run.writing()) {
                batches.flush();
            }
        }
        if (!absent.isEmpty() && rows > 0) {
            run.noteAbsent(reader, absent, "stock rows");
        }
        run.finished(reader);
    }
}
