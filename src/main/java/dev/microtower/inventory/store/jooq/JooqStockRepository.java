package dev.microtower.inventory.store.jooq;

import static dev.microtower.store.jooq.Tables.NODE;
import static dev.microtower.store.jooq.Tables.SKU;
import static dev.microtower.store.jooq.Tables.STOCK;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.store.Columns;
import dev.microtower.store.Database;
import dev.microtower.store.SharedStock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * The {@link StockRepository} on jOOQ. An adjustment locks the stock row it changes, so two
 * adjustments of the same node × SKU never lose one another's units.
 */
public final class JooqStockRepository implements StockRepository {
    private final Database database;

    public JooqStockRepository(Database database) {
        this.database = Objects.requireNonNull(database);
    }

    @Override
    public List<StockLevel> findAll(ScenarioId scenario) {
        return select(database.dsl(), scenario, DSL.noCondition());
    }

    @Override
    public void forEach(ScenarioId scenario, Consumer<StockLevel> consumer) {
        database.inTransaction(tx -> {
            try (var cursor = query(tx.dsl(), scenario, DSL.noCondition())
                    .fetchSize(5_000)
                    .fetchLazy()) {
                cursor.forEach(r -> consumer.accept(toStock(r)));
            }
            return null;
        });
    }

    @Override
    public List<StockLevel> findAtNode(ScenarioId scenario, NodeCode node) {
        return select(database.dsl(), scenario, NODE.CODE.eq(node.value()));
    }

    @Override
    public List<StockLevel> findOfSku(ScenarioId scenario, SkuCode sku) {
        return select(database.dsl(), scenario, SKU.CODE.eq(sku.value()));
    }

    @Override
    public Optional<StockLevel> find(ScenarioId scenario, NodeCode node, SkuCode sku) {
        return select(database.dsl(), scenario, NODE.CODE.eq(node.value()).and(SKU.CODE.eq(sku.value()))).stream()
                .findFirst();
    }

    @Override
    public int count(ScenarioId scenario) {
        DSLContext dsl = database.dsl();
        SharedStock.Rows rows = SharedStock.rows(dsl, scenario.value());
        return dsl.fetchCount(rows.table(), rows.scope());
    }

    @Override
    public void save(ScenarioId scenario, StockLevel level) {
        database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            SharedStock.materialise(dsl, scenario.value());
            long nodeId = nodeId(dsl, scenario, level.node());
            long skuId = skuId(dsl, level.sku());
            // ON CONFLICT rather than MERGE: jOOQ renders it natively for PostgreSQL and emulates it for H2
            dsl.insertInto(
                            STOCK,
                            STOCK.SCENARIO_ID,
                            STOCK.NODE_ID,
                            STOCK.SKU_ID,
                            STOCK.ON_HAND,
                            STOCK.RESERVED,
                            STOCK.IN_TRANSIT,
                            STOCK.AS_OF)
                    .values(
                            scenario.value(),
                            nodeId,
                            skuId,
                            level.onHand(),
                            level.reserved(),
                            level.inTransit(),
                            Columns.timestamp(level.asOf()))
                    .onConflict(STOCK.NODE_ID, STOCK.SKU_ID)
                    .doUpdate()
                    .set(STOCK.ON_HAND, level.onHand())
                    .set(STOCK.RESERVED, level.reserved())
                    .set(STOCK.IN_TRANSIT, level.inTransit())
                    .set(STOCK.AS_OF, Columns.timestamp(level.asOf()))
                    .execute();
            return null;
        });
    }

    @Override
    public StockLevel addInTransit(ScenarioId scenario, NodeCode node, SkuCode sku, long units) {
        return adjust(scenario, node, sku, 0, units);
    }

    @Override
    public StockLevel addOnHand(ScenarioId scenario, NodeCode node, SkuCode sku, long units) {
        return adjust(scenario, node, sku, units, 0);
    }

    @Override
    public StockLevel receive(ScenarioId scenario, NodeCode node, SkuCode sku, long units) {
        return adjust(scenario, node, sku, units, -units);
    }

    private StockLevel adjust(ScenarioId scenario, NodeCode node, SkuCode sku, long onHandDelta, long inTransitDelta) {
        return database.inTransaction(tx -> {
            DSLContext dsl = tx.dsl();
            SharedStock.materialise(dsl, scenario.value());
            long nodeId = nodeId(dsl, scenario, node);
            long skuId = skuId(dsl, sku);
            var row = dsl.selectFrom(STOCK)
                    .where(STOCK.NODE_ID.eq(nodeId).and(STOCK.SKU_ID.eq(skuId)))
                    .forUpdate()
                    .fetchOne();
            long onHand = (row == null ? 0 : row.getOnHand()) + onHandDelta;
            long inTransit = (row == null ? 0 : row.getInTransit()) + inTransitDelta;
            long reserved = row == null ? 0 : row.getReserved();
            if (onHand < 0 || inTransit < 0) {
                throw new IllegalArgumentException("stock of " + sku + " at " + node + " cannot go below zero (on hand "
                        + onHand + ", in transit " + inTransit + ")");
            }
            Instant now = Instant.now();
            if (row == null) {
                dsl.insertInto(STOCK)
                        .set(STOCK.SCENARIO_ID, scenario.value())
                        .set(STOCK.NODE_ID, nodeId)
                        .set(STOCK.SKU_ID, skuId)
                        .set(STOCK.ON_HAND, onHand)
                        .set(STOCK.RESERVED, 0L)
                        .set(STOCK.IN_TRANSIT, inTransit)
                        .set(STOCK.AS_OF, Columns.timestamp(now))
                        .execute();
            } else {
                dsl.update(STOCK)
                        .set(STOCK.ON_HAND, onHand)
                        .set(STOCK.IN_TRANSIT, inTransit)
                        .set(STOCK.AS_OF, Columns.timestamp(now))
                        .where(STOCK.NODE_ID.eq(nodeId).and(STOCK.SKU_ID.eq(skuId)))
                        .execute();
            }
            return new StockLevel(
                    node,
                    sku,
                    onHand,
                    reserved,
                    inTransit,
                    dsl.select(STOCK.AS_OF)
                            .from(STOCK)
                            .where(STOCK.NODE_ID.eq(nodeId).and(STOCK.SKU_ID.eq(skuId)))
                            .fetchOne(r -> Columns.instant(r.value1())));
        });
    }

    private static long nodeId(DSLContext dsl, ScenarioId scenario, NodeCode node) {
        Long id = dsl.select(NODE.ID)
                .from(NODE)
                .where(NODE.SCENARIO_ID.eq(scenario.value()).and(NODE.CODE.eq(node.value())))
                .fetchOne(NODE.ID);
        if (id == null) {
            throw new IllegalArgumentException("no node " + node + " in scenario " + scenario);
        }
        return id;
    }

    private static long skuId(DSLContext dsl, SkuCode sku) {
        Long id = dsl.select(SKU.ID).from(SKU).where(SKU.CODE.eq(sku.value())).fetchOne(SKU.ID);
        if (id == null) {
            throw new IllegalArgumentException("no SKU " + sku);
        }
        return id;
    }

    /** The scenario's stock rows as it reads them ({@link SharedStock}), with their site and SKU codes. */
    private static ResultQuery<? extends Record> query(DSLContext dsl, ScenarioId scenario, Condition condition) {
        SharedStock.Rows rows = SharedStock.rows(dsl, scenario.value());
        return dsl.select(
                        rows.get(STOCK.ON_HAND),
                        rows.get(STOCK.RESERVED),
                        rows.get(STOCK.IN_TRANSIT),
                        rows.get(STOCK.AS_OF),
                        NODE.CODE,
                        SKU.CODE)
                .from(rows.table())
                .join(NODE)
                .on(NODE.ID.eq(rows.get(STOCK.NODE_ID)))
                .join(SKU)
                .on(SKU.ID.eq(rows.get(STOCK.SKU_ID)))
                .where(rows.scope())
                .and(condition)
                .orderBy(NODE.CODE, SKU.CODE);
    }

    private static List<StockLevel> select(DSLContext dsl, ScenarioId scenario, Condition condition) {
        return query(dsl, scenario, condition).fetch(JooqStockRepository::toStock);
    }

    private static StockLevel toStock(Record r) {
        return new StockLevel(
                NodeCode.of(r.get(NODE.CODE)),
                SkuCode.of(r.get(SKU.CODE)),
                r.get(0, Long.class),
                r.get(1, Long.class),
                r.get(2, Long.class),
                Columns.instant(r.get(3, STOCK.AS_OF.getType())));
    }
}
