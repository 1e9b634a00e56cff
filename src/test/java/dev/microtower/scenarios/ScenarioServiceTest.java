package dev.microtower.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.app.OpenSession;
import dev.microtower.app.ScenarioService;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.rebalancing.domain.PlanRun;
import dev.microtower.rebalancing.domain.PlanSummary;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.domain.Difference;
import dev.microtower.scenarios.domain.FieldChanges;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.domain.ScenarioDifferences;
import dev.microtower.scenarios.domain.ScenarioDifferences.StockKey;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.store.CategorySupplyRepository;
import dev.microtower.testing.Fixtures;
import dev.microtower.zones.store.ZoneRepository;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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

    @Test
    void differencesListEveryChangedFieldWithItsOldAndNewValue() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            fill(session);
            ScenarioService scenarios = session.get(ScenarioService.class);
            ScenarioId copy = scenarios.copy(BASE, "What if").id();
            NodeRepository nodes = session.get(NodeRepository.class);
            nodes.save(copy, Fixtures.dc().withStatus(NodeStatus.CLOSED));
            nodes.save(copy, Fixtures.mfc().withLocation(new GeoPoint(37.8, -122.3)));
            session.get(ScenarioRepository.class)
                    .addMultiplier(
                            copy,
                            new DemandMultiplier(
                                    NodeCode.of("MFC-SF1"),
                                    null,
                                    1.5,
                                    LocalDate.parse("2026-12-01"),
                                    LocalDate.parse("2026-12-31"),
                                    "Christmas"));

            List<String> lines = scenarios.differences(BASE, copy).items().stream()
                    .map(Difference::toString)
                    .toList();

            assertEquals(
                    List.of(
                            "site DC-OAK closed: status active → closed",
                            "site MFC-SF1 moved: location "
                                    + FieldChanges.text(Fixtures.mfc().location())
                                    + " → 37.80000, -122.30000",
                            "demand change every category at MFC-SF1, 2026-12-01 to 2026-12-31 added"),
                    lines);
            Difference moved = scenarios.differences(BASE, copy).items().get(1);
            assertEquals(NodeCode.of("MFC-SF1"), moved.site());
        }
    }

    @Test
    void differencesNameADifferentNetworkTimeZone() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            fill(session);
            ScenarioService scenarios = session.get(ScenarioService.class);
            ScenarioId copy = scenarios.copy(BASE, "Tokyo days").id();
            ScenarioRepository repository = session.get(ScenarioRepository.class);
            repository.setTimeZone(copy, ZoneId.of("Asia/Tokyo"));

            ScenarioDifferences differences = scenarios.differences(BASE, copy);

            assertFalse(differences.isEmpty(), "the zone moves every day boundary");
            assertEquals(1, differences.items().size(), differences.items().toString());
            String line = differences.items().get(0).toString();
            assertTrue(
                    line.matches(
                            "network time zone changed: days counted in UTC[+-]\\d\\d:00 \\(guessed\\) → Asia/Tokyo"),
                    line);
            assertEquals(null, differences.items().get(0).site(), "nothing to show on the map");

            repository.setTimeZone(BASE, ZoneId.of("Asia/Tokyo"));
            assertTrue(scenarios.differences(BASE, copy).isEmpty(), "both in Tokyo: the same");
        }
    }

    @Test
    void differencesNameTheVendorSupplyPerCategoryAddedChangedAndRemoved() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            fill(session);
            NodeCode dc = NodeCode.of("DC-OAK");
            CategorySupplyRepository supply = session.get(CategorySupplyRepository.class);
            supply.replace(
                    BASE,
                    dc,
                    List.of(
                            new CategorySupply(dc, "electronics", 10.0, null),
                            new CategorySupply(dc, "grocery-chilled", 2.0, 3)));
            ScenarioService scenarios = session.get(ScenarioService.class);
            ScenarioId copy = scenarios.copy(BASE, "Slower vendors").id();
            assertTrue(scenarios.differences(BASE, copy).isEmpty(), "the copy holds the same vendor supply");
            supply.replace(
                    copy,
                    dc,
                    List.of(
                            new CategorySupply(dc, "grocery-chilled", 5.0, 3),
                            new CategorySupply(dc, "garden", 4.0, 7)));

            ScenarioDifferences differences = scenarios.differences(BASE, copy);

            assertEquals(
                    List.of(
                            "vendor supply garden at DC-OAK added",
                            "vendor supply electronics at DC-OAK removed",
                            "vendor supply grocery-chilled at DC-OAK changed: supply lead time days 2.0 → 5.0"),
                    differences.items().stream().map(Difference::toString).toList());
            assertEquals(3, differences.vendorSupply().size());
            assertEquals(dc, differences.items().get(0).site());
        }
    }

    @Test
    void renamingAndNotesAreKeptAndADuplicateNameIsRefused() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            ScenarioService scenarios = session.get(ScenarioService.class);
            Scenario copy = scenarios.copy(BASE, "Draft", "first try");
            assertEquals("first try", copy.notes());
            scenarios.rename(copy.id(), "Oakland closes");
            scenarios.setNotes(copy.id(), "closes the DC in March");
            Scenario read = scenarios.find(copy.id()).orElseThrow();
            assertEquals("Oakland closes", read.name());
            assertEquals("closes the DC in March", read.notes());
            IllegalArgumentException duplicate =
                    assertThrows(IllegalArgumentException.class, () -> scenarios.rename(copy.id(), "Baseline"));
            assertEquals("there is already a scenario named 'Baseline'", duplicate.getMessage());
            assertEquals(
                    "Oakland closes", scenarios.find(copy.id()).orElseThrow().name());
        }
    }

    @Test
    void promotingMakesTheScenarioTheBaselineAndKeepsTheOldBaselineNamedAfterTheDate() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            fill(session);
            ScenarioService scenarios = session.get(ScenarioService.class);
            NodeRepository nodes = session.get(NodeRepository.class);
            PlanRepository plans = session.get(PlanRepository.class);
            plans.save(BASE, "old baseline run", emptyPlan());
            ScenarioId other = scenarios.copy(BASE, "Another idea").id();
            ScenarioId chosen =
                    scenarios.copy(BASE, "Oakland closes", "the chosen one").id();
            ScenarioId child =
                    scenarios.copy(chosen, "Oakland closes, more stock").id();
            nodes.save(chosen, Fixtures.dc().withStatus(NodeStatus.CLOSED));
            nodes.delete(chosen, NodeCode.of("PUP-SF1"));
            plans.save(chosen, "chosen run", emptyPlan());

            Scenario kept = scenarios.promote(chosen, LocalDate.parse("2026-12-01"));

            assertEquals("Baseline until 2026-12-01", kept.name());
            assertEquals(
                    NodeStatus.CLOSED,
                    nodes.find(BASE, NodeCode.of("DC-OAK")).orElseThrow().status());
            assertEquals(2, nodes.count(BASE));
            assertEquals(3, nodes.count(kept.id()));
            assertEquals(
                    NodeStatus.ACTIVE,
                    nodes.find(kept.id(), NodeCode.of("DC-OAK")).orElseThrow().status());
            assertTrue(scenarios.differences(kept.id(), BASE).sites().removed().contains(NodeCode.of("PUP-SF1")));
            // the zone, stock and rules came along with the old content
            assertEquals(1, session.get(ZoneRepository.class).findAll(kept.id()).size());
            assertEquals(2, session.get(RuleRepository.class).findAll(BASE).size());
            assertEquals(
                    List.of("chosen run"),
                    plans.runs(BASE).stream().map(PlanRun::inputsSummary).toList());
            assertEquals(
                    List.of("old baseline run"),
                    plans.runs(kept.id()).stream().map(PlanRun::inputsSummary).toList());
            assertFalse(scenarios.find(chosen).isPresent());
            assertEquals("Baseline", scenarios.find(BASE).orElseThrow().name());
            assertEquals("the chosen one", scenarios.find(BASE).orElseThrow().notes());
            assertEquals(kept.id(), scenarios.find(other).orElseThrow().parent());
            assertEquals(BASE, scenarios.find(child).orElseThrow().parent());
        }
    }

    @Test
    void aSecondPromotionOnTheSameDayGetsANameOfItsOwn() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            fill(session);
            ScenarioService scenarios = session.get(ScenarioService.class);
            LocalDate day = LocalDate.parse("2026-12-01");
            scenarios.promote(scenarios.copy(BASE, "One").id(), day);
            Scenario second = scenarios.promote(scenarios.copy(BASE, "Two").id(), day);
            assertEquals("Baseline until 2026-12-01 (2)", second.name());
        }
    }

    @Test
    void theBaselineCannotBePromotedNorDeleted() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            ScenarioService scenarios = session.get(ScenarioService.class);
            assertThrows(IllegalArgumentException.class, () -> scenarios.promote(BASE, LocalDate.now()));
            assertThrows(IllegalArgumentException.class, () -> scenarios.delete(BASE));
            assertEquals(1, scenarios.list().size());
        }
    }

    private static RebalancingPlan emptyPlan() {
        return new RebalancingPlan(List.of(), new PlanSummary(2, 1, 0, 0, 0, 1, 15, 0, 0, 1, 0, 1, 0, 8, 0));
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
