package dev.microtower.compare.service;

import static dev.microtower.compare.CompareTables.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.app.ScenarioService;
import dev.microtower.compare.engine.CompareTable;
import dev.microtower.core.Cancellation;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.demo.DemoOptions;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.scenarios.domain.Difference;
import dev.microtower.scenarios.domain.ScenarioDifferences;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.simulation.service.SimulationService;
import dev.microtower.testing.Windows;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a session keeps between compare tables (zone look-ups per customer point shared by
 * scenarios with the same zones, network KPIs, a scenario copy's shared stock) never hides an
 * edit: after each of a zone edit, a stock edit and a site closed in a copy, one after another in
 * one session, the table is the one a fresh session computes for the same data on one thread, and
 * the copy's differences from the baseline name the edit; a stock write in the baseline while
 * another copy still shares its stock shows in that copy's differences.
 */
class WhatIfEditsReachTheTableTest {
    @TempDir
    Path dir;

    @Test
    void zoneStockAndSiteEditsEachReachTheNextTableAndTheDifferences() throws Exception {
        Path file = Windows.generatedNetwork(dir, new DemoOptions(11, DemoOptions.bayAreaNodes(), 200, 45, 120));
        ScenarioId copy;
        try (OpenSession session = OpenSession.open(file)) {
            copy = session.get(ScenarioRepository.class)
                    .copy(ScenarioId.BASELINE, "Edited")
                    .id();
        }
        // the same edits, by code, replayed on a copy of the file for the fresh sessions
        Path twin = dir.resolve("twin");
        Files.copy(Path.of(file + ".mv.db"), Path.of(twin + ".mv.db"));
        List<Node> mfcs = mfcs(file, copy);
        NodeCode zonesGone = mfcs.get(0).code();
        NodeCode emptied = mfcs.get(1).code();
        Node closed = mfcs.get(2);
        List<Edit> edits = List.of(
                new Edit("zones of " + zonesGone + " deleted", DataKind.ZONES, s -> {
                    ZoneRepository zones = s.get(ZoneRepository.class);
                    for (DeliveryZone z : zones.findOfNode(copy, zonesGone)) {
                        zones.delete(copy, z.code());
                    }
                }),
                new Edit("stock emptied at " + emptied, DataKind.STOCK, s -> {
                    StockRepository stock = s.get(StockRepository.class);
                    for (StockLevel level : stock.findAll(copy)) {
                        if (level.node().equals(emptied)) {
                            stock.save(copy, new StockLevel(level.node(), level.sku(), 0, 0, 0, level.asOf()));
                        }
                    }
                }),
                new Edit("site " + closed.code() + " closed", DataKind.NETWORK, s -> s.get(NodeRepository.class)
                        .save(copy, closed.withStatus(NodeStatus.CLOSED))));

        List<ScenarioId> both = List.of(ScenarioId.BASELINE, copy);
        List<CompareTable> kept = new ArrayList<>();
        List<ScenarioDifferences> differences = new ArrayList<>();
        try (OpenSession session = OpenSession.open(file)) {
            CompareService compare = session.get(CompareService.class);
            CompareTable shown = compare.compare(both, ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            kept.add(shown);
            int version = 1;
            for (Edit edit : edits) {
                edit.apply().accept(session);
                session.changed(new DataChange(copy, Set.of(edit.kind()), version++));
                shown = compare.compare(both, ScenarioId.BASELINE, shown, t -> {}, Progress.NONE, Cancellation.none());
                kept.add(shown);
                differences.add(session.get(ScenarioService.class).differences(ScenarioId.BASELINE, copy));
            }
        }
        for (int i = 0; i < edits.size(); i++) {
            CompareTable fresh;
            try (OpenSession session = OpenSession.open(twin, Runnable::run)) {
                edits.get(i).apply().accept(session);
                // the edited copy replayed first here, the baseline first in the kept session: a
                // look-up kept for the wrong zones shows in one of the two columns
                session.get(SimulationService.class)
                        .run(SimulationService.Request.of(copy), Progress.NONE, Cancellation.none());
                fresh = session.get(CompareService.class)
                        .compare(both, ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
            }
            String after = "after " + edits.get(i).name();
            CompareTable edited = kept.get(i + 1);
            assertTrue(edited.complete(), after);
            assertEquals(fresh.rows(), edited.rows(), after);
            assertNotEquals(value(kept.get(i), "fulfilment-cost"), value(edited, "fulfilment-cost"), after);
        }
        assertNotEquals(value(kept.get(1), "stock-units"), value(kept.get(2), "stock-units"), "the emptied stock");

        assertTrue(
                differences.get(0).items().stream()
                        .anyMatch(d ->
                                d.entity().equals("zone") && d.verb().equals("removed") && zonesGone.equals(d.site())),
                differences.get(0).items().toString());
        assertTrue(
                differences.get(1).items().stream()
                        .anyMatch(d -> d.entity().equals("stock") && emptied.equals(d.site())),
                differences.get(1).items().toString());
        assertTrue(
                differences.get(2).items().stream()
                        .anyMatch(d -> d.entity().equals("site")
                                && d.code().equals(closed.code().value())
                                && d.verb().equals("closed")),
                differences.get(2).items().toString());
    }

    @Test
    void aStockWriteInTheBaselineShowsInTheDifferencesOfACopyThatSharedItsStock() throws Exception {
        Path file = Windows.generatedNetwork(dir, new DemoOptions(12, DemoOptions.bayAreaNodes(), 200, 10, 20));
        try (OpenSession session = OpenSession.open(file)) {
            ScenarioService scenarios = session.get(ScenarioService.class);
            ScenarioId copy =
                    scenarios.copy(ScenarioId.BASELINE, "Shares stock").id();
            assertEquals(
                    List.of(), scenarios.differences(ScenarioId.BASELINE, copy).items());
            StockRepository stock = session.get(StockRepository.class);
            StockLevel level = stock.findAll(ScenarioId.BASELINE).get(0);
            stock.save(
                    ScenarioId.BASELINE,
                    new StockLevel(level.node(), level.sku(), level.onHand() + 7, level.reserved(), 0, level.asOf()));
            List<Difference> items =
                    scenarios.differences(ScenarioId.BASELINE, copy).items();
            assertEquals(1, items.size(), items.toString());
            assertEquals("stock", items.get(0).entity());
            assertEquals(level.node(), items.get(0).site());
            // and between two copies that both still share the baseline's rows: none
            ScenarioId second =
                    scenarios.copy(ScenarioId.BASELINE, "Shares too").id();
            ScenarioId third =
                    scenarios.copy(ScenarioId.BASELINE, "Shares as well").id();
            assertEquals(List.of(), scenarios.differences(second, third).items());
        }
    }

    private record Edit(String name, DataKind kind, Consumer<OpenSession> apply) {}

    /**
     * The scenario's stocked, active micro-fulfilment centres with a same-day zone, by code: the
     * customers of such a zone are routed to it first, so losing the zone moves orders.
     */
    private static List<Node> mfcs(Path file, ScenarioId scenario) {
        try (OpenSession session = OpenSession.open(file)) {
            ZoneRepository zones = session.get(ZoneRepository.class);
            return session.get(NodeRepository.class).findAll(scenario).stream()
                    .filter(n -> n.type() == NodeType.MICRO_FULFILLMENT_CENTER
                            && n.isStocked()
                            && n.status() == NodeStatus.ACTIVE
                            && zones.findOfNode(scenario, n.code()).stream()
                                    .anyMatch(z -> z.slaTier() == SlaTier.SAME_DAY))
                    .sorted(Comparator.comparing(n -> n.code().value()))
                    .toList();
        }
    }
}
