package dev.microtower.scenarios.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.allocation.store.jooq.JooqRuleRepository;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import dev.microtower.zones.store.ZoneRepository;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioRepositoryTest {
    private static final ScenarioId BASE = ScenarioId.BASELINE;

    @TempDir
    Path dir;

    @Test
    void aCopyHoldsEveryScenarioScopedRowAndChangesToItLeaveTheParentAlone() {
        try (Database db = Database.open(dir.resolve("db"))) {
            NodeRepository nodes = new JooqNodeRepository(db);
            StockRepository stock = new JooqStockRepository(db);
            ZoneRepository zones = new JooqZoneRepository(db);
            RuleRepository rules = new JooqRuleRepository(db);
            ScenarioRepository scenarios = new JooqScenarioRepository(db);
            nodes.saveAll(BASE, Fixtures.nodes());
            Fixtures.skus().forEach(new JooqSkuRepository(db)::save);
            stock.save(
                    BASE,
                    new StockLevel(
                            NodeCode.of("MFC-SF1"),
                            SkuCode.of("SKU-MILK"),
                            5,
                            1,
                            2,
                            Instant.parse("2026-07-01T00:00:00Z")));
            zones.save(BASE, Fixtures.zone());
            rules.save(BASE, Fixtures.freshRule());
            rules.save(BASE, Fixtures.bulkyRule());
            scenarios.addMultiplier(
                    BASE,
                    new DemandMultiplier(
                            NodeCode.of("MFC-SF1"), "grocery-chilled", 1.5, LocalDate.of(2026, 7, 1), null, "promo"));
            scenarios.addMultiplier(BASE, new DemandMultiplier(null, null, 0.9, null, null, null));

            Scenario copy = scenarios.copy(BASE, "Oakland closes");
            assertEquals(BASE, copy.parent());
            assertEquals(nodes.findAll(BASE), nodes.findAll(copy.id()));
            assertEquals(stock.findAll(BASE), stock.findAll(copy.id()));
            assertEquals(zones.findAll(BASE), zones.findAll(copy.id()));
            assertEquals(rules.findAll(BASE), rules.findAll(copy.id()));
            assertEquals(scenarios.findMultipliers(BASE), scenarios.findMultipliers(copy.id()));

            nodes.save(copy.id(), Fixtures.dc().withStatus(NodeStatus.CLOSED));
            stock.addOnHand(copy.id(), NodeCode.of("MFC-SF1"), SkuCode.of("SKU-MILK"), 10);
            assertEquals(
                    NodeStatus.ACTIVE,
                    nodes.find(BASE, NodeCode.of("DC-OAK")).orElseThrow().status());
            assertEquals(5, stock.findAll(BASE).get(0).onHand());
            assertEquals(List.of(scenarios.find(BASE).orElseThrow(), copy), scenarios.findAll());

            // deleting the copy removes its rows and nothing of the parent
            assertTrue(scenarios.delete(copy.id()));
            assertTrue(nodes.findAll(copy.id()).isEmpty());
            assertEquals(3, nodes.count(BASE));
        }
    }

    @Test
    void scenarioNamesAreUniqueAndTheBaselineStays() {
        try (Database db = Database.open(dir.resolve("db"))) {
            ScenarioRepository scenarios = new JooqScenarioRepository(db);
            assertThrows(IllegalArgumentException.class, () -> scenarios.copy(BASE, "Baseline"));
            assertThrows(IllegalArgumentException.class, () -> scenarios.delete(BASE));
            assertEquals("Baseline", scenarios.findAll().get(0).name());
        }
    }
}
