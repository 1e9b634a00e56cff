package dev.microtower.inventory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StockRepositoryTest {
    private static final ScenarioId BASE = ScenarioId.BASELINE;
    private static final NodeCode DC = NodeCode.of("DC-OAK");
    private static final NodeCode MFC = NodeCode.of("MFC-SF1");
    private static final SkuCode MILK = SkuCode.of("SKU-MILK");
    private static final SkuCode TV = SkuCode.of("SKU-TV");
    private static final Instant T0 = Instant.parse("2026-07-01T08:30:00Z");

    @TempDir
    Path dir;

    private Database seeded() {
        Database db = Database.open(dir.resolve("db"));
        new JooqNodeRepository(db).saveAll(BASE, Fixtures.nodes());
        Fixtures.skus().forEach(new JooqSkuRepository(db)::save);
        return db;
    }

    @Test
    void aStockRowCannotNameASiteOfAnotherScenarioAndGoesWithItsScenario() {
        // V10 dropped stock's own scenario key: the site key (scenario_id, node_id) must hold both
        try (Database db = seeded()) {
            new JooqStockRepository(db).save(BASE, new StockLevel(MFC, MILK, 100, 5, 0, T0));
            long node = ((Number) db.dsl()
                            .fetchValue(
                                    "SELECT id FROM node WHERE scenario_id = ? AND code = ?",
                                    BASE.value(),
                                    MFC.value()))
                    .longValue();
            long sku = ((Number) db.dsl().fetchValue("SELECT id FROM sku WHERE code = ?", TV.value())).longValue();
            assertThrows(
                    org.jooq.exception.DataAccessException.class,
                    () -> db.dsl()
                            .execute(
                                    "INSERT INTO stock (scenario_id, node_id, sku_id, as_of) VALUES (?, ?, ?, CURRENT_TIMESTAMP)",
                                    BASE.value() + 1,
                                    node,
                                    sku),
                    "a stock row in another scenario than its site's");
            assertEquals(1, db.dsl().fetchCount(db.dsl().selectFrom("stock")));
            db.dsl().execute("DELETE FROM scenario WHERE id = ?", BASE.value());
            assertEquals(
                    0,
                    db.dsl().fetchCount(db.dsl().selectFrom("stock")),
                    "a deleted scenario takes its stock, through its sites");
        }
    }

    @Test
    void skusComeBackAsSaved() {
        try (Database db = seeded()) {
            assertEquals(Fixtures.skus(), new JooqSkuRepository(db).findAll());
            assertEquals(Fixtures.tv(), new JooqSkuRepository(db).find(TV).orElseThrow());
        }
    }

    @Test
    void stockIsFoundPerScenarioAndPerNode() {
        try (Database db = seeded()) {
            StockRepository stock = new JooqStockRepository(db);
            stock.save(BASE, new StockLevel(DC, MILK, 100, 5, 0, T0));
            stock.save(BASE, new StockLevel(DC, TV, 7, 0, 3, T0));
            stock.save(BASE, new StockLevel(MFC, MILK, 12, 2, 1, T0));
            assertEquals(3, stock.findAll(BASE).size());
            assertEquals(
                    List.of(new StockLevel(DC, MILK, 100, 5, 0, T0), new StockLevel(DC, TV, 7, 0, 3, T0)),
                    stock.findAtNode(BASE, DC));
            List<StockLevel> streamed = new ArrayList<>();
            stock.forEach(BASE, streamed::add);
            assertEquals(stock.findAll(BASE), streamed);
        }
    }

    @Test
    void addingInTransitCreatesTheRowWhenTheNodeHadNoneAndReceivingMovesItOnHand() {
        try (Database db = seeded()) {
            StockRepository stock = new JooqStockRepository(db);
            StockLevel level = stock.addInTransit(BASE, MFC, TV, 4);
            assertEquals(0, level.onHand());
            assertEquals(4, level.inTransit());
            StockLevel received = stock.receive(BASE, MFC, TV, 3);
            assertEquals(3, received.onHand());
            assertEquals(1, received.inTransit());
            assertEquals(received, stock.find(BASE, MFC, TV).orElseThrow());
        }
    }

    @Test
    void stockCannotGoBelowZeroAndTheFailedChangeLeavesItAsItWas() {
        try (Database db = seeded()) {
            StockRepository stock = new JooqStockRepository(db);
            stock.save(BASE, new StockLevel(DC, MILK, 10, 0, 2, T0));
            assertThrows(IllegalArgumentException.class, () -> stock.addInTransit(BASE, DC, MILK, -3));
            assertThrows(IllegalArgumentException.class, () -> stock.addOnHand(BASE, DC, MILK, -11));
            assertEquals(
                    new StockLevel(DC, MILK, 10, 0, 2, T0),
                    stock.find(BASE, DC, MILK).orElseThrow());
        }
    }

    @Test
    void unknownNodeOrSkuIsRejected() {
        try (Database db = seeded()) {
            StockRepository stock = new JooqStockRepository(db);
            assertThrows(IllegalArgumentException.class, () -> stock.addInTransit(BASE, NodeCode.of("NOPE"), MILK, 1));
            assertThrows(IllegalArgumentException.class, () -> stock.addInTransit(BASE, DC, SkuCode.of("NOPE"), 1));
        }
    }
}
