package dev.microtower.shell;

import static dev.microtower.persistence.jooq.Tables.NODE;
import static dev.microtower.persistence.jooq.Tables.SKU;
import static dev.microtower.persistence.jooq.Tables.STOCK;

import dev.microtower.common.GeoPoint;
import dev.microtower.common.NodeCode;
import dev.microtower.common.ScenarioId;
import dev.microtower.common.SkuCode;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.persistence.Database;
import dev.microtower.persistence.jooq.tables.records.NodeRecord;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jooq.Condition;

/** Reads the network of one scenario from the database. */
public final class DatabaseNetworkSource implements NetworkSource {
    private final Database database;
    private final ScenarioId scenario;

    public DatabaseNetworkSource(Database database, ScenarioId scenario) {
        this.database = database;
        this.scenario = scenario;
    }

    public Database database() {
        return database;
    }

    @Override
    public List<Node> nodes() {
        var rows = database.dsl().selectFrom(NODE).where(NODE.SCENARIO_ID.eq(scenario.value())).orderBy(NODE.CODE).fetch();
        Map<Long, NodeCode> codes = new HashMap<>();
        rows.forEach(r -> codes.put(r.getId(), NodeCode.of(r.getCode())));
        return rows.map(r -> toNode(r, codes));
    }

    private static Node toNode(NodeRecord r, Map<Long, NodeCode> codes) {
        return new Node(
                NodeCode.of(r.getCode()),
                r.getName(),
                NodeType.valueOf(r.getType()),
                new GeoPoint(r.getLat(), r.getLon()),
                r.getAddress(),
                r.getTown(),
                r.getRegion(),
                NodeStatus.valueOf(r.getStatus()),
                r.getSlaTier() == null ? null : SlaTier.valueOf(r.getSlaTier()),
                r.getStorageCapacityUnits(),
                r.getFloorAreaM2(),
                r.getFixedCostPerDay(),
                r.getHandlingCostPerOrder(),
                codes.get(r.getReplenishmentSourceId()),
                r.getLeadTimeDays(),
                codes.get(r.getServedById()));
    }

    @Override
    public List<Sku> skus() {
        return database.dsl().selectFrom(SKU).orderBy(SKU.CODE).fetch(r -> new Sku(
                SkuCode.of(r.getCode()),
                r.getName(),
                r.getCategory(),
                TemperatureClass.valueOf(r.getTemperatureClass()),
                r.getUnitVolumeL(),
                r.getUnitWeightKg(),
                r.getUnitCost(),
                r.getShelfLifeDays(),
                r.getBulky(),
                new TreeSet<>(r.getTags().isBlank() ? List.of() : Arrays.asList(r.getTags().split("\\|")))));
    }

    @Override
    public List<StockLevel> stockAt(NodeCode node) {
        return stock(NODE.CODE.eq(node.value()));
    }

    @Override
    public List<StockLevel> stockOf(SkuCode sku) {
        return stock(SKU.CODE.eq(sku.value()));
    }

    private List<StockLevel> stock(Condition condition) {
        return database.dsl()
                .select(NODE.CODE, SKU.CODE, STOCK.ON_HAND, STOCK.RESERVED, STOCK.IN_TRANSIT, STOCK.AS_OF)
                .from(STOCK)
                .join(NODE)
                .on(NODE.ID.eq(STOCK.NODE_ID))
                .join(SKU)
                .on(SKU.ID.eq(STOCK.SKU_ID))
                .where(STOCK.SCENARIO_ID.eq(scenario.value()))
                .and(condition)
                .orderBy(NODE.CODE, SKU.CODE)
                .fetch(r -> new StockLevel(
                        NodeCode.of(r.value1()),
                        SkuCode.of(r.value2()),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        r.value6().toInstant()));
    }
}
