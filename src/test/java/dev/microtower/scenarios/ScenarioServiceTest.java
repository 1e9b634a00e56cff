package dev.microtower.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.app.OpenSession;
import dev.microtower.app.ScenarioService;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.domain.ScenarioDifferences;
import dev.microtower.scenarios.domain.ScenarioDifferences.StockKey;
import dev.microtower.testing.Fixtures;
import dev.microtower.zones.store.ZoneRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioServiceTest {
    private static final ScenarioId BASE = ScenarioId.BASELINE;
    private static final Instant AS_OF = Instant.parse("2026-07-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theSessionOffersTheScenarioService() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            ScenarioService scenarios = session.get(ScenarioService.class);
            assertSame(scenarios, session.get(ScenarioService.class));
            assertEquals(
                    List.of("Baseline"),
                    scenarios.list().stream().map(Scenario::name).toList());
        }
    }

    @Test
    void aFreshCopyDiffersInNothing() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            fill(session);
            ScenarioService scenarios = session.get(ScenarioService.class);
            Scenario copy = scenarios.copy(BASE, "Same");
            assertTrue(scenarios.differences(BASE, copy.id()).isEmpty());
        }
    }

    @Test
    void differencesNameWhatWasAddedRemovedAndChangedByCode() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            fill(session);
            ScenarioService scenarios = session.get(ScenarioService.class);
            ScenarioId copy = scenarios.copy(BASE, "Oakland closes").id();
            NodeRepository nodes = session.get(NodeRepository.class);
            StockRepository stock = session.get(StockRepository.class);
            nodes.save(copy, Fixtures.dc().withStatus(NodeStatus.CLOSED));
            nodes.delete(copy, NodeCode.of("PUP-SF1"));
            stock.addOnHand(copy, NodeCode.of("MFC-SF1"), SkuCode.of("SKU-MILK"), 10);
            stock.save(copy, new StockLevel(NodeCode.of("DC-OAK"), SkuCode.of("SKU-TV"), 3, 0, 0, AS_OF));
            session.get(ZoneRepository.class).delete(copy, Fixtures.zone().code());
            session.get(RuleRepository.class).delete(copy, Fixtures.bulkyRule().name());

            ScenarioDifferences differences = scenarios.differences(BASE, copy);
            assertEquals(List.of(), differences.sites().added());
            assertEquals(List.of(NodeCode.of("PUP-SF1")), differences.sites().removed());
            assertEquals(List.of(NodeCode.of("DC-OAK")), differences.sites().changed());
            assertEquals(
                    List.of(new StockKey(NodeCode.of("DC-OAK"), SkuCode.of("SKU-TV"))),
                    differences.stock().added());
            assertEquals(
                    List.of(new StockKey(NodeCode.of("MFC-SF1"), SkuCode.of("SKU-MILK"))),
                    differences.stock().changed());
            assertEquals(List.of(Fixtures.zone().code()), differences.zones().removed());
            assertEquals(List.of("Bulky in the DC"), differences.rules().removed());
            assertTrue(differences.rules().changed().isEmpty());

            // the other way round, removed and added swap
            ScenarioDifferences back = scenarios.differences(copy, BASE);
            assertEquals(List.of(NodeCode.of("PUP-SF1")), back.sites().added());
            assertEquals(List.<ZoneCode>of(Fixtures.zone().code()), back.zones().added());
        }
    }

    @Test
    void deletingACopyLeavesTheBaseline() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            fill(session);
            ScenarioService scenarios = session.get(ScenarioService.class);
            Scenario copy = scenarios.copy(BASE, "Gone soon");
            assertTrue(scenarios.delete(copy.id()));
            assertFalse(scenarios.find(copy.id()).isPresent());
            assertEquals(3, session.get(NodeRepository.class).count(BASE));
        }
    }

    private static void fill(OpenSession session) {
        session.get(NodeRepository.class).saveAll(BASE, Fixtures.nodes());
        Fixtures.skus().forEach(session.get(SkuRepository.class)::save);
        session.get(StockRepository.class)
                .save(BASE, new StockLevel(NodeCode.of("MFC-SF1"), SkuCode.of("SKU-MILK"), 5, 1, 2, AS_OF));
        session.get(ZoneRepository.class).save(BASE, Fixtures.zone());
        session.get(RuleRepository.class).save(BASE, Fixtures.freshRule());
        session.get(RuleRepository.class).save(BASE, Fixtures.bulkyRule());
    }
}
