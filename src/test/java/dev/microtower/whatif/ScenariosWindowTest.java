package dev.microtower.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.compare.ui.ChangesLayer;
import dev.microtower.core.Cancellation;
import dev.microtower.core.DataKind;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.scenarios.domain.Difference;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.shell.MainWindow;
import dev.microtower.store.Database;
import dev.microtower.testing.Windows;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import dev.microtower.zones.ui.ZonesModule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Scenarios in the real window on the three-site fixture in a real H2 file: creating a scenario
 * switches the whole window to it, a change in the copy shows on the map, in the inspector and in
 * the differences while the baseline in the database stays as it was, and switching back shows
 * the baseline again; deleting and promoting keep the window on a scenario that exists.
 */
class ScenariosWindowTest {
    private static final NodeCode DC = NodeCode.of("DC-OAK");
    private static final GeoPoint ELSEWHERE = new GeoPoint(37.80, -122.27);

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private MainWindow window;
    private WhatIfModule whatIf;

    @BeforeEach
    void openTheFixture(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("network");
        try (Database db = Database.open(file)) {
            DemoLoader.load(db, "demo-fixture/", Progress.NONE, Cancellation.none());
        }
        stage = FxToolkit.registerPrimaryStage();
        window = Windows.open(stage, file, 1280, 800);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.mapComplete());
        whatIf = window.module(WhatIfModule.class);
        waitFor(() -> whatIf.model().current.get() != null);
    }

    @AfterEach
    void close() throws Exception {
        Windows.close(robot, stage, window);
    }

    @Test
    void theMapTheInspectorAndTheDifferencesFollowTheScenarioAndTheBaselineStaysUnchanged() throws Exception {
        assertEquals("Baseline", switcherText());
        robot.interact(() -> whatIf.controller().create("Oakland closes", "what if the DC closes"));
        waitFor(() -> "Oakland closes".equals(switcherText()));
        ScenarioId copy = window.scenario();
        assertTrue(!copy.isBaseline());
        assertEquals(copy, window.history().scenario());

        // an edit of the copy, as the site editor makes it: written off the FX thread, then published
        NodeRepository nodes = window.session().orElseThrow().get(NodeRepository.class);
        Node baselineDc = nodes.find(ScenarioId.BASELINE, DC).orElseThrow();
        nodes.save(copy, baselineDc.withStatus(NodeStatus.CLOSED).withLocation(ELSEWHERE));
        robot.interact(() -> window.changes().publish(copy, Set.of(DataKind.NETWORK)));

        waitFor(() -> shownDc().map(n -> n.status() == NodeStatus.CLOSED).orElse(false));
        assertEquals(ELSEWHERE, nodes.find(copy, DC).orElseThrow().location(), "in the database");
        assertEquals(
                ELSEWHERE, shownDc().orElseThrow().location(), () -> shownDc().toString());
        waitFor(() -> whatIf.model().differences.stream().anyMatch(d -> d.code().equals("DC-OAK")));
        Difference closed = whatIf.model().differences.stream()
                .filter(d -> d.code().equals("DC-OAK"))
                .findFirst()
                .orElseThrow();
        assertEquals("closed", closed.verb());
        assertTrue(closed.toString().contains("status active → closed"), closed.toString());
        assertTrue(
                closed.toString().contains("location 37.77490, -122.21940 → 37.80000, -122.27000"), closed.toString());
        waitFor(() -> whatIf.changedSites().marked().equals(List.of(DC)));

        // clicking the difference selects the site: the inspector shows the copy's site
        robot.interact(() -> whatIf.panel().differences.getSelectionModel().select(closed));
        waitFor(() -> inspectorText().contains("DC-OAK · Regional DC · Closed"));
        assertEquals(DC, network().selectedProperty().get().code());

        // the baseline in the database is as it was
        assertEquals(baselineDc, nodes.find(ScenarioId.BASELINE, DC).orElseThrow());

        // back to the baseline through the toolbar's switcher: map, inspector and history follow
        Scenario baseline = whatIf.model().named("Baseline").orElseThrow();
        robot.interact(() -> whatIf.switcher().box().setValue(baseline));
        waitFor(() -> shownDc().map(n -> n.status() == NodeStatus.ACTIVE).orElse(false));
        assertEquals(ScenarioId.BASELINE, window.scenario());
        assertEquals(ScenarioId.BASELINE, window.history().scenario());
        assertEquals(baselineDc.location(), shownDc().orElseThrow().location());
        waitFor(() -> network().selectedProperty().get().status() == NodeStatus.ACTIVE);
        waitFor(() -> inspectorText().contains("DC-OAK · Regional DC · Active"));
        assertTrue(inspectorText().contains("Oakland DC"), inspectorText());
        waitFor(() -> whatIf.model().differences.isEmpty()
                && whatIf.changedSites().marked().isEmpty());
    }

    @Test
    void theZonesOnTheMapFollowTheScenarioShown() throws Exception {
        ZonesModule zones = window.module(ZonesModule.class);
        waitFor(() -> !zones.editor().layer().zones().isEmpty());
        List<DeliveryZone> baselineZones = zones.editor().layer().zones();
        robot.interact(() -> whatIf.controller().create("One zone fewer", ""));
        waitFor(() -> !window.scenario().isBaseline());
        ScenarioId copy = window.scenario();
        // the copy loses one zone, written off the FX thread and published as an edit would be
        ZoneRepository store = window.session().orElseThrow().get(ZoneRepository.class);
        DeliveryZone gone = store.findAll(copy).get(0);
        store.change(copy, List.of(gone.code()), List.of());
        robot.interact(() -> window.changes().publish(copy, Set.of(DataKind.ZONES)));
        waitFor(() -> zones.editor().layer().zones().size() == baselineZones.size() - 1);
        assertTrue(
                zones.editor().layer().zones().stream().noneMatch(z -> z.code().equals(gone.code())));

        Scenario baseline = whatIf.model().named("Baseline").orElseThrow();
        robot.interact(() -> whatIf.switcher().box().setValue(baseline));
        waitFor(() -> zones.editor().layer().zones().size() == baselineZones.size());
        assertTrue(
                zones.editor().layer().zones().stream().anyMatch(z -> z.code().equals(gone.code())));

        Scenario copied = whatIf.model().named("One zone fewer").orElseThrow();
        robot.interact(() -> whatIf.switcher().box().setValue(copied));
        waitFor(() -> zones.editor().layer().zones().size() == baselineZones.size() - 1);
    }

    @Test
    void theWindowTitleNamesTheScenarioOnScreenAndTheBaselineSaysSoToo() throws Exception {
        String database = window.session().orElseThrow().file().toString().replace(".mv.db", "");
        waitFor(() -> stage.getTitle() != null && stage.getTitle().contains("scenario:"));
        assertEquals("Microtower — " + database + " — scenario: Baseline (the network as it is)", stage.getTitle());

        robot.interact(() -> whatIf.controller().create("Close MFC-03", ""));
        waitFor(() -> stage.getTitle().endsWith("scenario: Close MFC-03"));
        assertEquals("Microtower — " + database + " — scenario: Close MFC-03", stage.getTitle());

        robot.interact(() -> whatIf.controller().rename(window.scenario(), "Close MFC-03 and MFC-05"));
        waitFor(() -> stage.getTitle().endsWith("scenario: Close MFC-03 and MFC-05"));

        Scenario baseline = whatIf.model().named("Baseline").orElseThrow();
        robot.interact(() -> whatIf.switcher().box().setValue(baseline));
        waitFor(() -> stage.getTitle().endsWith("scenario: Baseline (the network as it is)"));
        assertEquals(ScenarioId.BASELINE, window.scenario());
    }

    @Test
    void theLayersPanelListsOneLayerOfScenarioChangesAndTheSiteToolsExplainTheirSymbols() throws Exception {
        robot.interact(() -> whatIf.controller().create("Oakland closes", ""));
        waitFor(() -> "Oakland closes".equals(switcherText()));
        ScenarioId copy = window.scenario();
        NodeRepository nodes = window.session().orElseThrow().get(NodeRepository.class);
        nodes.save(copy, nodes.find(copy, DC).orElseThrow().withStatus(NodeStatus.CLOSED));
        robot.interact(() -> window.changes().publish(copy, Set.of(DataKind.NETWORK)));
        waitFor(() -> whatIf.changedSites().marked().equals(List.of(DC)));

        List<String> titles = robot.lookup(".layer-switch").queryAllAs(javafx.scene.control.CheckBox.class).stream()
                .map(javafx.scene.control.CheckBox::getText)
                .toList();
        assertEquals(
                1, titles.stream().filter(t -> t.equals("Scenario changes")).count(), titles.toString());
        assertTrue(titles.stream().noneMatch(t -> t.equals("Changed in this scenario")), titles.toString());
        // the Scenarios panel's ring is on the one layer the compare view draws on too
        ChangesLayer layer = window.service(ChangesLayer.class);
        assertEquals(
                List.of("DC-OAK"),
                layer.sites().stream().map(ChangesLayer.SiteMark::code).toList());
        assertEquals(ChangesLayer.Kind.CHANGED, layer.sites().get(0).kind());
        for (var overlay : window.map().overlays()) {
            if (overlay.title().equals("Site tools") || overlay.title().equals("Scenario changes")) {
                assertTrue(!overlay.legend().isEmpty(), overlay.title() + " has no legend");
            }
        }
    }

    @Test
    void deletingTheShownScenarioShowsItsParentAndPromotingShowsTheNewBaseline() throws Exception {
        robot.interact(() -> whatIf.controller().create("First idea", ""));
        waitFor(() -> "First idea".equals(switcherText()));
        ScenarioId first = window.scenario();
        robot.interact(() -> whatIf.controller().create("Second idea", ""));
        waitFor(() -> "Second idea".equals(switcherText()));
        Scenario second = whatIf.model().current.get();
        assertEquals(first, second.parent());

        robot.interact(() -> whatIf.controller().delete(second));
        waitFor(() -> "First idea".equals(switcherText())
                && whatIf.model().named("Second idea").isEmpty());
        assertEquals(first, window.scenario());

        NodeRepository nodes = window.session().orElseThrow().get(NodeRepository.class);
        nodes.delete(first, NodeCode.of("PUP-SF1"));
        robot.interact(() -> window.changes().publish(first, Set.of(DataKind.NETWORK)));
        waitFor(() -> network().sites().size() == 2);

        Scenario chosen = whatIf.model().current.get();
        robot.interact(() -> whatIf.controller().promote(chosen));
        String kept = "Baseline until " + LocalDate.now();
        waitFor(() ->
                "Baseline".equals(switcherText()) && whatIf.model().named(kept).isPresent());
        assertEquals(ScenarioId.BASELINE, window.scenario());
        waitFor(() -> network().sites().size() == 2);
        assertEquals(2, nodes.count(ScenarioId.BASELINE));
        assertEquals(3, nodes.count(whatIf.model().named(kept).orElseThrow().id()));
        assertTrue(whatIf.model().named("First idea").isEmpty());
    }

    private NetworkModel network() {
        return whatIf.controllerNetwork();
    }

    private Optional<Node> shownDc() {
        return Windows.sites(window).site(DC);
    }

    private String switcherText() {
        Scenario shown = whatIf.switcher().box().getValue();
        return shown == null ? null : shown.name();
    }

    /** Every word the inspector shows. */
    private String inspectorText() {
        return robot.lookup("#inspector .label").queryAllAs(Label.class).stream()
                .filter(javafx.scene.Node::isVisible)
                .map(Label::getText)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
