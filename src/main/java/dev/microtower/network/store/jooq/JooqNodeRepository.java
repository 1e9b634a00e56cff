package dev.microtower.network.store.jooq;

import static dev.microtower.store.jooq.Tables.CATEGORY_SUPPLY;
import static dev.microtower.store.jooq.Tables.DELIVERY_ZONE;
import static dev.microtower.store.jooq.Tables.DEMAND_MULTIPLIER;
import static dev.microtower.store.jooq.Tables.NODE;
import static dev.microtower.store.jooq.Tables.STOCK;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeDependents;
import dev.microtower.network.domain.NodeRemoval;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.store.Database;
import dev.microtower.store.SharedStock;
import dev.microtower.store.jooq.tables.records.CategorySupplyRecord;
import dev.microtower.store.jooq.tables.records.DeliveryZoneRecord;
import dev.microtower.store.jooq.tables.records.DemandMultiplierRecord;
import dev.microtower.store.jooq.tables.records.NodeRecord;
import dev.microtower.store.jooq.tables.records.StockRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * The {@link NodeRepository} on jOOQ. Besides the port it offers static helpers that work inside a
 * caller's transaction (the importers resolve and write nodes in bulk with them).
 */
public final class JooqNodeRepository implements NodeRepository {
    private static final dev.microtower.store.jooq.tables.Node SOURCE = NODE.as("source");
    private static final dev.microtower.store.jooq.tables.Node SERVER = NODE.as("server");

    private final Database database;

    public JooqNodeRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public List<Node> findAll(ScenarioId scenario) {
        return select(database.dsl(), NODE.SCENARIO_ID.eq(scenario.value()));
    }

    /** Every node of the scenario as the caller's transaction sees it. */
    public static List<Node> findAll(DSLContext dsl, ScenarioId scenario) {
        return select(dsl, NODE.SCENARIO_ID.eq(scenario.value()));
    }

    @Override
    public Optional<Node> find(ScenarioId scenario, NodeCode code) {
        return select(database.dsl(), NODE.SCENARIO_ID.eq(scenario.value()).and(NODE.CODE.eq(code.value()))).stream()
                .findFirst();
    }

    @Override
    public int count(ScenarioId scenario) {
        return database.dsl().fetchCount(NODE, NODE.SCENARIO_ID.eq(scenario.value()));
    }

    @Override
    public void save(ScenarioId scenario, Node node) {
        database.inTransaction(tx -> {
            save(tx.dsl(), scenario, node);
            return null;
        });
    }

    @Override
    public void saveAll(ScenarioId scenario, List<Node> nodes) {
        database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            for (Node node : serversFirst(dsl, scenario, nodes)) {
                upsertWithoutReferences(dsl, scenario, node);
            }
            for (Node node : nodes) {
                save(dsl, scenario, node);
            }
            return null;
        });
    }

    /**
     * Orders nodes so that each pickup point comes after the node serving it: the database will
     * not hold a pickup point without its server, even for a moment.
     */
    public static List<Node> serversFirst(DSLContext dsl, ScenarioId scenario, List<Node> nodes) {
        Set<String> present = new HashSet<>(idsByCode(dsl, scenario).keySet());
        List<Node> ordered = new ArrayList<>();
        List<Node> waiting = new ArrayList<>(nodes);
        while (!waiting.isEmpty()) {
            int before = waiting.size();
            for (var it = waiting.iterator(); it.hasNext(); ) {
                Node node = it.next();
                if (node.servedBy() == null || present.contains(node.servedBy().value())) {
                    ordered.add(node);
                    present.add(node.code().value());
                    it.remove();
                }
            }
            if (waiting.size() == before) {
                throw new IllegalArgumentException("node " + waiting.get(0).code() + " is served by "
                        + waiting.get(0).servedBy() + ", which is not in scenario " + scenario);
            }
        }
        return ordered;
    }

    @Override
    public boolean delete(ScenarioId scenario, NodeCode code) {
        return database.inTransaction(tx -> {
            // its stock rows go with the site (ON DELETE CASCADE): scenarios sharing them keep theirs
            SharedStock.materialise(tx.dsl(), scenario.value());
            return tx.dsl()
                            .deleteFrom(NODE)
                            .where(NODE.SCENARIO_ID.eq(scenario.value()).and(NODE.CODE.eq(code.value())))
                            .execute()
                    > 0;
        });
    }

    @Override
    public void insert(ScenarioId scenario, Node node) {
        database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            if (idOf(dsl, scenario, node.code()) != null) {
                throw new IllegalArgumentException(
                        "A site with the code " + node.code() + " is already in this scenario.");
            }
            save(dsl, scenario, node);
            return null;
        });
    }

    @Override
    public void update(ScenarioId scenario, Node node) {
        database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            Long id = idOf(dsl, scenario, node.code());
            if (id == null) {
                throw new IllegalArgumentException("There is no site " + node.code() + " in this scenario any more.");
            }
            NodeRecord record = dsl.newRecord(NODE);
            fill(record, scenario, node);
            record.setReplenishmentSourceId(
                    node.replenishmentSource() == null ? null : requireId(dsl, scenario, node.replenishmentSource()));
            record.setServedById(node.servedBy() == null ? null : requireId(dsl, scenario, node.servedBy()));
            record.setId(id);
            record.changed(NODE.ID, false);
            record.changed(NODE.SCENARIO_ID, false);
            record.update();
            return null;
        });
    }

    @Override
    public NodeDependents dependents(ScenarioId scenario, NodeCode code) {
        return database.inTransaction(tx -> dependents(tx.dsl(), scenario, code, requireId(tx.dsl(), scenario, code)));
    }

    private static NodeDependents dependents(DSLContext dsl, ScenarioId scenario, NodeCode code, long id) {
        SharedStock.Rows rows = SharedStock.rows(dsl, scenario.value());
        var stock = dsl.select(DSL.count(), DSL.coalesce(DSL.sum(rows.get(STOCK.ON_HAND)), BigDecimal.ZERO))
                .from(rows.table())
                .where(rows.scope())
                .and(rows.get(STOCK.NODE_ID).eq(id))
                .fetchOne();
        int zones = dsl.fetchCount(DELIVERY_ZONE, DELIVERY_ZONE.NODE_ID.eq(id));
        int multipliers = dsl.fetchCount(DEMAND_MULTIPLIER, DEMAND_MULTIPLIER.NODE_ID.eq(id));
        int categorySupply = dsl.fetchCount(CATEGORY_SUPPLY, CATEGORY_SUPPLY.NODE_ID.eq(id));
        List<NodeCode> served = codes(dsl, NODE.SERVED_BY_ID.eq(id).and(NODE.SCENARIO_ID.eq(scenario.value())));
        List<NodeCode> replenished =
                codes(dsl, NODE.REPLENISHMENT_SOURCE_ID.eq(id).and(NODE.SCENARIO_ID.eq(scenario.value())));
        return new NodeDependents(
                code,
                stock.value1(),
                stock.value2().longValue(),
                zones,
                multipliers,
                categorySupply,
                served,
                replenished);
    }

    private static List<NodeCode> codes(DSLContext dsl, Condition condition) {
        return dsl.select(NODE.CODE)
                .from(NODE)
                .where(condition)
                .orderBy(NODE.CODE)
                .fetch(r -> NodeCode.of(r.value1()));
    }

    /** The rows a removal deleted, with their database ids, for the restore. */
    private record Kept(
            NodeRecord node,
            Result<StockRecord> stock,
            Result<DeliveryZoneRecord> zones,
            Result<DemandMultiplierRecord> multipliers,
            Result<CategorySupplyRecord> categorySupply)
            implements NodeRemoval.Kept {}

    @Override
    public NodeRemoval remove(ScenarioId scenario, NodeCode code) {
        return database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            // the stock rows kept for the undo are the scenario's own, and scenarios sharing them keep theirs
            SharedStock.materialise(dsl, scenario.value());
            long id = requireId(dsl, scenario, code);
            Node node = select(dsl, NODE.ID.eq(id)).get(0);
            NodeDependents dependents = dependents(dsl, scenario, code, id);
            if (!dependents.deletable()) {
                throw new IllegalArgumentException(dependents.describe());
            }
            Kept kept = new Kept(
                    dsl.selectFrom(NODE).where(NODE.ID.eq(id)).fetchOne(),
                    dsl.selectFrom(STOCK).where(STOCK.NODE_ID.eq(id)).fetch(),
                    dsl.selectFrom(DELIVERY_ZONE)
                            .where(DELIVERY_ZONE.NODE_ID.eq(id))
                            .fetch(),
                    dsl.selectFrom(DEMAND_MULTIPLIER)
                            .where(DEMAND_MULTIPLIER.NODE_ID.eq(id))
                            .fetch(),
                    dsl.selectFrom(CATEGORY_SUPPLY)
                            .where(CATEGORY_SUPPLY.NODE_ID.eq(id))
                            .fetch());
            dsl.update(NODE)
                    .setNull(NODE.REPLENISHMENT_SOURCE_ID)
                    .where(NODE.REPLENISHMENT_SOURCE_ID.eq(id))
                    .execute();
            // stock, zones, demand changes and vendor supply by category go with the node (ON DELETE CASCADE)
            dsl.deleteFrom(NODE).where(NODE.ID.eq(id)).execute();
            return new NodeRemoval(node, dependents, kept);
        });
    }

    @Override
    public void restore(ScenarioId scenario, NodeRemoval removal) {
        if (!(removal.kept() instanceof Kept kept)) {
            throw new IllegalArgumentException("This deletion was made by another store.");
        }
        database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            SharedStock.materialise(dsl, scenario.value());
            if (idOf(dsl, scenario, removal.node().code()) != null) {
                throw new IllegalArgumentException(
                        "A site with the code " + removal.node().code() + " is in this scenario again.");
            }
            // the same ids as before, so every row that named the node names it again
            insertAsKept(dsl, kept.node());
            kept.stock().forEach(r -> insertAsKept(dsl, r));
            kept.zones().forEach(r -> insertAsKept(dsl, r));
            kept.multipliers().forEach(r -> insertAsKept(dsl, r));
            kept.categorySupply().forEach(r -> insertAsKept(dsl, r));
            List<String> replenished = removal.dependents().sitesReplenished().stream()
                    .map(NodeCode::value)
                    .toList();
            if (!replenished.isEmpty()) {
                dsl.update(NODE)
                        .set(NODE.REPLENISHMENT_SOURCE_ID, kept.node().getId())
                        .where(NODE.SCENARIO_ID.eq(scenario.value()).and(NODE.CODE.in(replenished)))
                        .execute();
            }
            return null;
        });
    }

    private static void insertAsKept(DSLContext dsl, TableRecord<?> kept) {
        var copy = dsl.newRecord(kept.getTable(), kept);
        copy.changed(true);
        copy.insert();
    }

    private static Long idOf(DSLContext dsl, ScenarioId scenario, NodeCode code) {
        return dsl.select(NODE.ID)
                .from(NODE)
                .where(NODE.SCENARIO_ID.eq(scenario.value()).and(NODE.CODE.eq(code.value())))
                .fetchOne(NODE.ID);
    }

    /** Node code to database id for one scenario; used by writers that resolve codes in bulk. */
    public static Map<String, Long> idsByCode(DSLContext dsl, ScenarioId scenario) {
        Map<String, Long> ids = new HashMap<>();
        dsl.select(NODE.CODE, NODE.ID)
                .from(NODE)
                .where(NODE.SCENARIO_ID.eq(scenario.value()))
                .fetch()
                .forEach(r -> ids.put(r.value1(), r.value2()));
        return ids;
    }

    /** Adds or updates {@code node} inside the caller's transaction. */
    public static void save(DSLContext dsl, ScenarioId scenario, Node node) {
        long id = upsertWithoutReferences(dsl, scenario, node);
        Long sourceId =
                node.replenishmentSource() == null ? null : requireId(dsl, scenario, node.replenishmentSource());
        Long serverId = node.servedBy() == null ? null : requireId(dsl, scenario, node.servedBy());
        dsl.update(NODE)
                .set(NODE.REPLENISHMENT_SOURCE_ID, sourceId)
                .set(NODE.SERVED_BY_ID, serverId)
                .where(NODE.ID.eq(id))
                .execute();
    }

    /**
     * Adds or updates the node's own columns, leaving its references to other nodes as they are
     * (a new pickup point gets its server if that exists already). Returns the node's id.
     */
    public static long upsertWithoutReferences(DSLContext dsl, ScenarioId scenario, Node node) {
        Long existing = dsl.select(NODE.ID)
                .from(NODE)
                .where(NODE.SCENARIO_ID
                        .eq(scenario.value())
                        .and(NODE.CODE.eq(node.code().value())))
                .fetchOne(NODE.ID);
        var record = dsl.newRecord(NODE);
        fill(record, scenario, node);
        if (existing == null) {
            // the schema does not let a pickup point exist without its server, even for a moment
            if (node.servedBy() != null) {
                Long server = idsByCode(dsl, scenario).get(node.servedBy().value());
                record.setServedById(server);
            }
            record.insert();
            return record.getId();
        }
        record.setId(existing);
        record.changed(NODE.ID, false);
        record.changed(NODE.SCENARIO_ID, false);
        record.changed(NODE.REPLENISHMENT_SOURCE_ID, false);
        record.changed(NODE.SERVED_BY_ID, false);
        record.update();
        return existing;
    }

    /** The node's own columns (not its references to other nodes) into {@code record}. */
    private static void fill(NodeRecord record, ScenarioId scenario, Node node) {
        record.setScenarioId(scenario.value());
        record.setCode(node.code().value());
        record.setName(node.name());
        record.setType(node.type().name());
        record.setLat(node.location().lat());
        record.setLon(node.location().lon());
        record.setAddress(node.address());
        record.setTown(node.town());
        record.setRegion(node.region());
        record.setStatus(node.status().name());
        record.setSlaTier(node.slaTier() == null ? null : node.slaTier().name());
        record.setStorageCapacityUnits(node.storageCapacityUnits());
        record.setFloorAreaM2(node.floorAreaM2());
        record.setFixedCostPerDay(node.fixedCostPerDay());
        record.setHandlingCostPerOrder(node.handlingCostPerOrder());
        record.setLeadTimeDays(node.leadTimeDays());
    }

    private static long requireId(DSLContext dsl, ScenarioId scenario, NodeCode code) {
        Long id = dsl.select(NODE.ID)
                .from(NODE)
                .where(NODE.SCENARIO_ID.eq(scenario.value()).and(NODE.CODE.eq(code.value())))
                .fetchOne(NODE.ID);
        if (id == null) {
            throw new IllegalArgumentException("no node " + code + " in scenario " + scenario);
        }
        return id;
    }

    private static List<Node> select(DSLContext dsl, Condition condition) {
        return dsl.select(NODE.fields())
                .select(SOURCE.CODE, SERVER.CODE)
                .from(NODE)
                .leftJoin(SOURCE)
                .on(SOURCE.ID.eq(NODE.REPLENISHMENT_SOURCE_ID))
                .leftJoin(SERVER)
                .on(SERVER.ID.eq(NODE.SERVED_BY_ID))
                .where(condition)
                .orderBy(NODE.CODE)
                .fetch(JooqNodeRepository::toNode);
    }

    private static Node toNode(Record r) {
        String sla = r.get(NODE.SLA_TIER);
        String source = r.get(SOURCE.CODE);
        String server = r.get(SERVER.CODE);
        return new Node(
                NodeCode.of(r.get(NODE.CODE)),
                r.get(NODE.NAME),
                NodeType.valueOf(r.get(NODE.TYPE)),
                new GeoPoint(r.get(NODE.LAT), r.get(NODE.LON)),
                r.get(NODE.ADDRESS),
                r.get(NODE.TOWN),
                r.get(NODE.REGION),
                NodeStatus.valueOf(r.get(NODE.STATUS)),
                sla == null ? null : SlaTier.valueOf(sla),
                r.get(NODE.STORAGE_CAPACITY_UNITS),
                r.get(NODE.FLOOR_AREA_M2),
                r.get(NODE.FIXED_COST_PER_DAY),
                r.get(NODE.HANDLING_COST_PER_ORDER),
                source == null ? null : NodeCode.of(source),
                r.get(NODE.LEAD_TIME_DAYS),
                server == null ? null : NodeCode.of(server));
    }
}
