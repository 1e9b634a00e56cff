package dev.microtower.importexport;

import static dev.microtower.store.jooq.Tables.SKU;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.simulation.domain.SiteOperations;
import dev.microtower.simulation.store.jooq.JooqSiteOperationsRepository;
import dev.microtower.store.jooq.tables.records.SkuRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The SKU catalogue and the sites of an import: both are small, parsed whole, compared with what
 * the database holds and written through the stores' helpers (new SKUs in JDBC batches).
 */
final class NetworkImport extends TableImport {
    NetworkImport(ImportRun run) {
        super(run);
    }

    void skus(TableReader reader) {
        Layout l = Layouts.SKUS;
        Cells cells = Cells.open(reader, l, problems);
        Map<String, Long> seen = new HashMap<>();
        List<Sku> parsed = new ArrayList<>();
        long rows = 0;
        while (cells.next()) {
            run.tick(reader, ++rows, "reading SKUs");
            String code = cells.text(l.column("code"));
            if (code != null) {
                run.declaredSkus.add(code);
                run.firstTime(seen, code, cells, l.column("code"), "SKU " + code);
            }
            String name = cells.freeText(l.column("name"));
            String category = cells.text(l.column("category"));
            TemperatureClass temperature = cells.enumValue(l.column("temperature_class"), TemperatureClass.class);
            Double volume = cells.number(l.column("unit_volume_l"));
            Double weight = cells.number(l.column("unit_weight_kg"));
            var cost = cells.money(l.column("unit_cost"));
            var price = cells.money(l.column("unit_price"));
            Long shelfLife = cells.whole(l.column("shelf_life_days"), Integer.MAX_VALUE);
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
                            new TreeSet<>(tags),
                            price));
                } catch (IllegalArgumentException e) {
                    cells.problem(null, e.getMessage());
                }
            }
        }
        run.finished(reader);
        Tally tally = run.tally(l);
        if (!run.writing()) {
            return;
        }
        Map<SkuCode, Sku> existing = new HashMap<>();
        JooqSkuRepository.findAll(dsl).forEach(s -> existing.put(s.code(), s));
        List<String> absent = cells.absentOptional();
        if (!absent.isEmpty() && !parsed.isEmpty()) {
            run.noteAbsent(reader, absent, "SKUs");
            parsed.replaceAll(sku -> keepAbsent(sku, existing.get(sku.code()), absent));
        }
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
                JooqSkuRepository.fill(record, sku);
                added.add(record);
                tally.added++;
                if (added.size() == ImportRun.BATCH) {
                    dsl.batchInsert(added).execute();
                    added.clear();
                }
            } else {
                JooqSkuRepository.save(dsl, sku);
                tally.updated++;
            }
        }
        if (!added.isEmpty()) {
            dsl.batchInsert(added).execute();
        }
    }

    /** {@code sku} with the stored values of the columns the file did not have, for an SKU already stored. */
    private static Sku keepAbsent(Sku sku, Sku stored, List<String> absent) {
        if (stored == null) {
            return sku;
        }
        return new Sku(
                sku.code(),
                sku.name(),
                sku.category(),
                sku.temperatureClass(),
                sku.unitVolumeL(),
                sku.unitWeightKg(),
                sku.unitCost(),
                absent.contains("shelf_life_days") ? stored.shelfLifeDays() : sku.shelfLifeDays(),
                absent.contains("bulky") ? stored.bulky() : sku.bulky(),
                absent.contains("tags") ? stored.tags() : sku.tags());
    }

    void nodes(TableReader reader) {
        Layout l = Layouts.NODES;
        Cells cells = Cells.open(reader, l, problems);
        Map<NodeCode, Node> existing = new HashMap<>();
        JooqNodeRepository.findAll(dsl, scenario).forEach(n -> existing.put(n.code(), n));
        // a pickup point must name its server, so without the column a stored one is taken as it is read
        boolean servedByAbsent = cells.absentOptional().contains("served_by");
        Map<String, String> storedServers = new HashMap<>();
        existing.values().stream()
                .filter(n -> n.servedBy() != null)
                .forEach(n -> storedServers.put(n.code().value(), n.servedBy().value()));
        Map<String, Long> seen = new HashMap<>();
        List<Node> parsed = new ArrayList<>();
        Map<NodeCode, SiteOperations> parsedOps = new HashMap<>();
        Map<NodeCode, String> whereOf = new HashMap<>();
        long rows = 0;
        while (cells.next()) {
            run.tick(reader, ++rows, "reading nodes");
            String code = cells.text(l.column("code"));
            if (code != null) {
                run.declaredNodes.add(code);
                run.firstTime(seen, code, cells, l.column("code"), "node " + code);
            }
            String name = cells.freeText(l.column("name"));
            NodeType type = cells.enumValue(l.column("type"), NodeType.class);
            Double lat = cells.number(l.column("lat"));
            Double lon = cells.number(l.column("lon"));
            String address = cells.freeText(l.column("address"));
            String town = cells.freeText(l.column("town"));
            String region = cells.freeText(l.column("region"));
            NodeStatus status = cells.enumValue(l.column("status"), NodeStatus.class);
            SlaTier sla = cells.enumValue(l.column("sla_tier"), SlaTier.class);
            Long capacity = cells.whole(l.column("storage_capacity_units"), Long.MAX_VALUE);
            Double area = cells.number(l.column("floor_area_m2"));
            var fixedCost = cells.money(l.column("fixed_cost_per_day"));
            var handlingCost = cells.money(l.column("handling_cost_per_order"));
            String source = cells.text(l.column("replenishment_source"));
            Double leadTime = cells.number(l.column("lead_time_days"));
            String servedBy = cells.text(l.column("served_by"));
            if (servedByAbsent && code != null && storedServers.containsKey(code)) {
                servedBy = storedServers.get(code);
            }
            Long ordersPerDay = cells.whole(l.column("orders_per_day"), Integer.MAX_VALUE);
            Double cutoff = cells.number(l.column("same_day_cutoff_hour"));
            Double supplyLead = cells.number(l.column("supply_lead_time_days"));
            Long review = cells.whole(l.column("supply_review_days"), Integer.MAX_VALUE);
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
                    SiteOperations ops = new SiteOperations(
                            node.code(),
                            ordersPerDay == null ? null : ordersPerDay.intValue(),
                            cutoff,
                            supplyLead,
                            review == null ? null : review.intValue());
                    parsed.add(node);
                    parsedOps.put(node.code(), ops);
                    whereOf.put(node.code(), cells.where());
                } catch (IllegalArgumentException e) {
                    cells.problem(null, e.getMessage());
                }
            }
        }
        run.finished(reader);
        Map<NodeCode, SiteOperations> existingOps = JooqSiteOperationsRepository.findAll(dsl, scenario);
        List<String> absent = cells.absentOptional();
        if (!absent.isEmpty() && !parsed.isEmpty()) {
            run.noteAbsent(reader, absent, "sites");
            parsed.replaceAll(node -> keepAbsent(node, existing.get(node.code()), absent));
            parsedOps.replaceAll((code, ops) -> keepAbsent(ops, existingOps.get(code), absent));
        }
        for (Node node : parsed) {
            checkNodeReference(node.replenishmentSource(), existing, whereOf.get(node.code()), "replenishment_source");
            checkNodeReference(node.servedBy(), existing, whereOf.get(node.code()), "served_by");
        }
        Tally tally = run.tally(l);
        if (!run.writing()) {
            return;
        }
        List<Node> changed = new ArrayList<>();
        List<SiteOperations> changedOps = new ArrayList<>();
        for (Node node : parsed) {
            Node before = existing.get(node.code());
            SiteOperations ops = parsedOps.get(node.code());
            boolean opsSame = ops.equals(existingOps.getOrDefault(node.code(), SiteOperations.unknown(node.code())));
            if (!opsSame) {
                changedOps.add(ops);
            }
            if (node.equals(before) && opsSame) {
                tally.unchanged++;
            } else {
                if (!node.equals(before)) {
                    changed.add(node);
                }
                if (before == null) {
                    tally.added++;
                } else {
                    tally.updated++;
                }
            }
        }
        for (Node node : JooqNodeRepository.serversFirst(dsl, scenario, changed)) {
            JooqNodeRepository.upsertWithoutReferences(dsl, scenario, node);
        }
        for (Node node : changed) {
            JooqNodeRepository.save(dsl, scenario, node);
        }
        // the simulation's columns go last: the site rows exist by now
        for (SiteOperations ops : changedOps) {
            JooqSiteOperationsRepository.save(dsl, scenario, ops);
        }
    }

    /** {@code node} with the stored values of the columns the file did not have, for a site already stored. */
    private static Node keepAbsent(Node node, Node stored, List<String> absent) {
        if (stored == null) {
            return node;
        }
        return new Node(
                node.code(),
                node.name(),
                node.type(),
                node.location(),
                absent.contains("address") ? stored.address() : node.address(),
                absent.contains("town") ? stored.town() : node.town(),
                absent.contains("region") ? stored.region() : node.region(),
                absent.contains("status") ? stored.status() : node.status(),
                absent.contains("sla_tier") ? stored.slaTier() : node.slaTier(),
                absent.contains("storage_capacity_units") ? stored.storageCapacityUnits() : node.storageCapacityUnits(),
                absent.contains("floor_area_m2") ? stored.floorAreaM2() : node.floorAreaM2(),
                absent.contains("fixed_cost_per_day") ? stored.fixedCostPerDay() : node.fixedCostPerDay(),
                absent.contains("handling_cost_per_order")
                        ? stored.handlingCostPerOrder()
                        : node.handlingCostPerOrder(),
                absent.contains("replenishment_source") ? stored.replenishmentSource() : node.replenishmentSource(),
                absent.contains("lead_time_days") ? stored.leadTimeDays() : node.leadTimeDays(),
                absent.contains("served_by") ? stored.servedBy() : node.servedBy());
    }

    /** {@code ops} with the stored values of the simulation's columns the file did not have. */
    private static SiteOperations keepAbsent(SiteOperations ops, SiteOperations stored, List<String> absent) {
        if (stored == null) {
            return ops;
        }
        return new SiteOperations(
                ops.node(),
                absent.contains("orders_per_day") ? stored.ordersPerDay() : ops.ordersPerDay(),
                absent.contains("same_day_cutoff_hour") ? stored.sameDayCutoffHour() : ops.sameDayCutoffHour(),
                absent.contains("supply_lead_time_days") ? stored.supplyLeadTimeDays() : ops.supplyLeadTimeDays(),
                absent.contains("supply_review_days") ? stored.supplyReviewDays() : ops.supplyReviewDays());
    }

    private void checkNodeReference(NodeCode code, Map<NodeCode, Node> existing, String where, String column) {
        if (code != null && !run.declaredNodes.contains(code.value()) && !existing.containsKey(code)) {
            problems.add(where, column, "unknown node " + code + " (not in the file nor in the scenario)");
        }
    }
}
