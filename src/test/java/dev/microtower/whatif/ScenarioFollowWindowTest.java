package dev.microtower.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.DataKind;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.WebMercator;
import dev.microtower.demo.DemoOptions;
import dev.microtower.heatmaps.engine.HexBins;
import dev.microtower.heatmaps.engine.HexGrid;
import dev.microtower.heatmaps.ui.DemandHeatLayer;
import dev.microtower.heatmaps.ui.HeatmapsModule;
import dev.microtower.heatmaps.ui.StockHeatLayer;
import dev.microtower.importexport.ui.ImportExportModule;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.ui.NetworkModule;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.rebalancing.domain.PlanRun;
import dev.microtower.rebalancing.domain.PlanRunId;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.rebalancing.ui.PlanModule;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.shell.MainWindow;
import dev.microtower.testing.HeldForecast;
import dev.microtower.testing.Windows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Everything in the real window follows the scenario it shows, on a generated Bay Area network in
 * a real H2 file: each test opens its own copy of the database and makes a fresh scenario copy,
 * changes something in the copy (through the store and a published change, as an editor does, or
 * through the window), and checks the copy shows it, the baseline does not, and the baseline in
 * the database is as it was.
 */
class ScenarioFollowWindowTest {
    @TempDir
    static Path generated;

    private static Path template;

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private MainWindow window;
    private WhatIfModule whatIf;

    @BeforeAll
    static void generateTheNetworkOnce() throws Exception {
        template = Windows.generatedNetwork(generated, new DemoOptions(11, DemoOptions.bayAreaNodes(), 200, 28, 250));
    }

    @BeforeEach
    void openACopyOfTheDatabase() throws Exception {
        Path file = dir.resolve("network");
        try (Stream<Path> files = Files.list(template.getParent())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("network."))
                    .toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        stage = FxToolkit.registerPrimaryStage();
        window = Windows.open(stage, file, 1280, 800);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.mapComplete());
        whatIf = window.module(WhatIfModule.class);
        waitFor(() -> whatIf.model().current.get() != null);
    }

    @AfterEach
    void close() throws Exception {
        Windows.close(robot, stage, window);
    }

    @Test
    void aDemandChangeOfTheCopyDoublesItsDistrictOnTheDemandHeatmapOfTheCopyOnly() throws Exception {
        DemandHeatLayer layer = heat().demandLayer();
        robot.interact(() -> layer.shownProperty().set(true));
        waitFor(() -> !layer.busy() && layer.pictureProperty().get().filter() != null);
        DemandHeatLayer.Picture baseline = layer.pictureProperty().get();
        Map<Long, Integer> before = counts(baseline.bins());
        // the district: everything west of the middle hexagon column of the orders
        double[] xs = before.keySet().stream()
                .mapToDouble(k -> baseline.bins().grid().centreX(HexGrid.q(k), HexGrid.r(k)))
                .sorted()
                .toArray();
        double edgeX = xs[xs.length / 2];
        double edgeLon = WebMercator.lon(edgeX);
        List<GeoPoint> west = List.of(
                new GeoPoint(60, -179), new GeoPoint(60, edgeLon), new GeoPoint(10, edgeLon), new GeoPoint(10, -179));

        ScenarioId copy = copy("Twice the west");
        ScenarioRepository scenarios = window.session().orElseThrow().get(ScenarioRepository.class);
        scenarios.addMultiplier(
                copy, new DemandMultiplier(null, null, 2.0, null, null, "twice the west", null, null, west));
        robot.interact(() -> window.changes().publish(copy, Set.of(DataKind.DEMAND_MULTIPLIERS)));
        waitFor(() -> !layer.busy()
                && layer.pictureProperty().get().bins().totalOrders()
                        != baseline.bins().totalOrders());

        DemandHeatLayer.Picture weighted = layer.pictureProperty().get();
        assertEquals(baseline.zoom(), weighted.zoom(), "counted on the same grid");
        Map<Long, Integer> after = counts(weighted.bins());
        double size = baseline.bins().grid().size();
        int inside = 0, outside = 0;
        for (Map.Entry<Long, Integer> hexagon : before.entrySet()) {
            long key = hexagon.getKey();
            double centre = baseline.bins().grid().centreX(HexGrid.q(key), HexGrid.r(key));
            if (centre + size < edgeX) {
                assertEquals(2 * hexagon.getValue(), after.get(key), "a hexagon in the district");
                inside++;
            } else if (centre - size > edgeX) {
                assertEquals(hexagon.getValue(), after.get(key), "a hexagon outside the district");
                outside++;
            }
        }
        assertTrue(inside > 0 && outside > 0, inside + " hexagons inside, " + outside + " outside");
        assertTrue(layer.statusProperty().get().contains("Weighted by the scenario's demand change"));

        show(ScenarioId.BASELINE);
        waitFor(() -> !layer.busy()
                && layer.pictureProperty().get().bins().totalOrders()
                        == baseline.bins().totalOrders());
        assertEquals(before, counts(layer.pictureProperty().get().bins()), "the baseline's counts again");
        assertEquals(List.of(), scenarios.findMultipliers(ScenarioId.BASELINE));
    }

    @Test
    void theStockHeatmapShowsTheStockOfTheScenarioSwitchedTo() throws Exception {
        ScenarioId copy = copy("No stock at one site");
        StockHeatLayer layer = heat().stockLayer();
        robot.interact(() -> layer.shownProperty().set(true));
        StockRepository stock = window.session().orElseThrow().get(StockRepository.class);
        NodeCode site = stock.findAll(ScenarioId.BASELINE).stream()
                .filter(level -> level.onHand() > 0)
                .findFirst()
                .orElseThrow()
                .node();
        waitFor(() -> !layer.busy() && layer.reading(site).isPresent());
        long stocked = layer.reading(site).orElseThrow().available();
        assertTrue(stocked > 0, "the site has stock in the copy as made");

        // the copy's stock of the site is emptied, written and published as an edit would be
        for (StockLevel level : stock.findAtNode(copy, site)) {
            stock.save(copy, new StockLevel(site, level.sku(), 0, 0, 0, level.asOf()));
        }
        robot.interact(() -> window.changes().publish(copy, Set.of(DataKind.STOCK)));
        waitFor(() -> !layer.busy()
                && layer.reading(site).map(r -> r.available() == 0).orElse(false));
        var emptied = layer.colourOf(site).orElseThrow();

        show(ScenarioId.BASELINE);
        waitFor(() -> !layer.busy()
                && layer.reading(site).map(r -> r.available() == stocked).orElse(false));
        assertNotEquals(emptied, layer.colourOf(site).orElseThrow(), "the baseline's colour, not the copy's");

        show(copy);
        waitFor(() -> !layer.busy()
                && layer.reading(site).map(r -> r.available() == 0).orElse(false));
    }

    @Test
    void aPlanMadeInTheCopyIsNotTheBaselinesAndTheBaselinesIsNotTheCopys() throws Exception {
        PlanModule plans = window.module(PlanModule.class);
        PlanRepository runs = window.session().orElseThrow().get(PlanRepository.class);
        ScenarioId copy = copy("Planned copy");
        robot.interact(() -> plans.controller().plan());
        waitFor(() -> plans.model().runProperty().get() != null && idle());
        PlanRunId copyRun = plans.model().runProperty().get().id();
        assertEquals(copy, plans.model().runProperty().get().scenario());

        show(ScenarioId.BASELINE);
        waitFor(this::idle);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(plans.model().runProperty().get(), "the baseline has no plan of its own yet");
        assertEquals(List.of(), runs.runs(ScenarioId.BASELINE));

        robot.interact(() -> plans.controller().plan());
        waitFor(() -> plans.model().runProperty().get() != null && idle());
        PlanRunId baselineRun = plans.model().runProperty().get().id();
        assertNotEquals(copyRun, baselineRun);
        assertEquals(ScenarioId.BASELINE, plans.model().runProperty().get().scenario());

        show(copy);
        waitFor(() -> plans.model().runProperty().get() != null && idle());
        assertEquals(copyRun, plans.model().runProperty().get().id(), "the copy's own plan, not the newer one");
        assertEquals(1, runs.runs(copy).size());
        assertEquals(1, runs.runs(ScenarioId.BASELINE).size());
    }

    @Test
    void planPressedInTheCopyWhileTheBaselinesPlanRunsPlansTheCopyAndShowsOnlyItsPlan() throws Exception {
        PlanModule plans = window.module(PlanModule.class);
        PlanRepository runs = window.session().orElseThrow().get(PlanRepository.class);
        PlanningService planning = window.session().orElseThrow().get(PlanningService.class);
        ScenarioId copy = copy("Planned after leaving the baseline");
        show(ScenarioId.BASELINE);
        waitFor(this::idle);
        planning.clear();
        // another caller forecasts the baseline and is held inside: the baseline's plan waits for it
        Task<?> baselinePlan;
        HeldForecast other = HeldForecast.hold(planning, ScenarioId.BASELINE);
        try {
            baselinePlan = FxToolkit.setupFixture(() -> plans.controller().plan());
            waitFor(() -> FxToolkit.setupFixture(() -> baselinePlan.getState() == Worker.State.RUNNING
                    && baselinePlan.getMessage().contains("reading the network")));

            // the user leaves the baseline before its plan ends and presses Plan in the copy
            show(copy);
            robot.clickOn("#plan-button");
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> plans.model().runProperty().get() != null
                            && !plans.model().planningProperty().get());
        } finally {
            other.release();
        }
        waitFor(() -> idle() && FxToolkit.setupFixture(() -> baselinePlan.getState() == Worker.State.CANCELLED));
        WaitForAsyncUtils.waitForFxEvents();

        PlanRun shown = plans.model().runProperty().get();
        assertEquals(copy, shown.scenario(), "the copy's plan is shown in the copy");
        assertEquals(
                List.of(shown.id()), runs.runs(copy).stream().map(PlanRun::id).toList(), "stored as the copy's");
        assertEquals(
                runs.suggestions(shown.id()).stream().map(StoredSuggestion::id).collect(Collectors.toSet()),
                plans.table().rows().stream().map(r -> r.stored().id()).collect(Collectors.toSet()),
                "the rows are the copy's stored suggestions");
        assertTrue(plans.table().rows().stream().allMatch(r -> r.stored().run().equals(shown.id())));
        assertEquals("", plans.table().message(), "nothing of the baseline's plan in the copy");
        assertFalse(plans.model().planningProperty().get(), "Plan is free again");
        assertEquals(List.of(), runs.runs(ScenarioId.BASELINE), "the baseline's plan left behind stopped unstored");

        show(ScenarioId.BASELINE);
        waitFor(this::idle);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(plans.model().runProperty().get(), "the baseline shows no plan");
        assertFalse(plans.model().planningProperty().get(), "nothing plans the baseline any more");
    }

    @Test
    void anExportWritesTheSitesOfTheScenarioShown() throws Exception {
        NodeRepository nodes = window.session().orElseThrow().get(NodeRepository.class);
        Node site = anActiveSite(nodes);
        ScenarioId copy = copy("Closed for export");
        nodes.save(copy, site.withStatus(NodeStatus.CLOSED));
        robot.interact(() -> window.changes().publish(copy, Set.of(DataKind.NETWORK)));
        ImportExportModule files = window.module(ImportExportModule.class);

        Path ofCopy = dir.resolve("copy-export");
        robot.interact(() -> files.export(ofCopy));
        waitFor(() -> idle() && Files.exists(ofCopy.resolve("nodes.csv")));
        assertEquals("CLOSED", statusIn(ofCopy, site.code()));

        show(ScenarioId.BASELINE);
        Path ofBaseline = dir.resolve("baseline-export");
        robot.interact(() -> files.export(ofBaseline));
        waitFor(() -> idle() && Files.exists(ofBaseline.resolve("nodes.csv")));
        assertEquals("ACTIVE", statusIn(ofBaseline, site.code()));
    }

    @Test
    void anImportInTheCopyChangesTheCopyOnly() throws Exception {
        NodeRepository nodes = window.session().orElseThrow().get(NodeRepository.class);
        Node site = anActiveSite(nodes);
        ScenarioId copy = copy("Renamed by import");
        ImportExportModule files = window.module(ImportExportModule.class);
        Path exported = dir.resolve("export");
        robot.interact(() -> files.export(exported));
        waitFor(() -> idle() && Files.exists(exported.resolve("nodes.csv")));
        // one site renamed in the sites file, imported alone into the copy
        Path renamed = dir.resolve("import").resolve("nodes.csv");
        Files.createDirectories(renamed.getParent());
        List<String> lines = Files.readAllLines(exported.resolve("nodes.csv"));
        String was = site.name();
        Files.write(
                renamed,
                lines.stream()
                        .map(line -> line.startsWith(site.code().value() + ",")
                                ? line.replace(was, "Renamed in the copy")
                                : line)
                        .toList());
        robot.interact(() -> files.importFiles(List.of(renamed)));
        waitFor(() -> idle()
                && window.module(NetworkModule.class)
                        .model()
                        .site(site.code())
                        .map(n -> n.name().equals("Renamed in the copy"))
                        .orElse(false));

        assertEquals(
                "Renamed in the copy",
                nodes.find(copy, site.code()).orElseThrow().name());
        assertEquals(site, nodes.find(ScenarioId.BASELINE, site.code()).orElseThrow(), "the baseline in the database");
        show(ScenarioId.BASELINE);
        waitFor(() -> idle()
                && window.module(NetworkModule.class)
                        .model()
                        .site(site.code())
                        .map(n -> n.name().equals(was))
                        .orElse(false));
    }

    @Test
    void undoInTheBaselineNeverTakesBackAnEditOfTheCopy() throws Exception {
        NodeRepository nodes = window.session().orElseThrow().get(NodeRepository.class);
        Node site = anActiveSite(nodes);
        ScenarioId copy = copy("Closed and undone");
        NetworkModule network = window.module(NetworkModule.class);
        robot.interact(() -> network.select(site.code()));
        waitFor(() -> robot.lookup("#site-close")
                .tryQuery()
                .map(b -> b.isVisible() && !b.isDisabled())
                .orElse(false));
        robot.interact(() -> robot.lookup("#site-close").queryButton().fire());
        waitFor(() -> window.history().undoCount() == 1);
        assertEquals(
                NodeStatus.CLOSED, nodes.find(copy, site.code()).orElseThrow().status());

        show(ScenarioId.BASELINE);
        assertEquals(0, window.history().undoCount(), "the baseline's own list of edits is empty");
        assertFalse(window.history().canUndoProperty().get(), "Undo is off in the baseline");
        robot.interact(() -> window.undo());
        waitFor(this::idle);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                NodeStatus.CLOSED, nodes.find(copy, site.code()).orElseThrow().status(), "the copy's edit stays");
        assertEquals(site, nodes.find(ScenarioId.BASELINE, site.code()).orElseThrow(), "the baseline is untouched");

        show(copy);
        assertEquals(1, window.history().undoCount(), "the copy's edit can be undone in the copy");
        robot.interact(() -> window.undo());
        waitFor(() -> idle() && nodes.find(copy, site.code()).orElseThrow().status() == NodeStatus.ACTIVE);
        assertEquals(site, nodes.find(ScenarioId.BASELINE, site.code()).orElseThrow());
    }

    // ---- helpers ----

    /** Makes a copy of the baseline through the Scenarios panel's controller; the window switches to it. */
    private ScenarioId copy(String name) throws Exception {
        robot.interact(() -> whatIf.controller().create(name, ""));
        waitFor(() -> !window.scenario().isBaseline() && window.mapComplete());
        return window.scenario();
    }

    /** Switches the window to {@code scenario}, as the toolbar's switcher does. */
    private void show(ScenarioId scenario) {
        robot.interact(() -> window.switchScenario(scenario));
    }

    private static Node anActiveSite(NodeRepository nodes) {
        return nodes.findAll(ScenarioId.BASELINE).stream()
                .filter(n -> n.status() == NodeStatus.ACTIVE && n.isStocked())
                .findFirst()
                .orElseThrow();
    }

    /** The status column of the site's row in an exported nodes.csv. */
    private static String statusIn(Path folder, NodeCode site) throws Exception {
        List<String> lines = Files.readAllLines(folder.resolve("nodes.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        int status = header.indexOf("status");
        return lines.stream()
                .filter(line -> line.startsWith(site.value() + ","))
                .findFirst()
                .map(line -> line.split(",", -1)[status])
                .orElseThrow();
    }

    private static Map<Long, Integer> counts(HexBins bins) {
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < bins.size(); i++) {
            counts.put(bins.key(i), bins.orders(i));
        }
        return counts;
    }

    private boolean idle() {
        return window.work().running().isEmpty();
    }

    private HeatmapsModule heat() {
        return window.module(HeatmapsModule.class);
    }

    private void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, condition);
    }
}
