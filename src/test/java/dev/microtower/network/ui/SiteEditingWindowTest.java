package dev.microtower.network.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.demo.DemoNetworkGenerator;
import dev.microtower.demo.DemoOptions;
import dev.microtower.importexport.Importer;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.shell.MainWindow;
import dev.microtower.store.Database;
import dev.microtower.testing.Windows;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing sites in the real window on a small generated Bay Area network in a real H2 file, with
 * a copy of the baseline as a second scenario that no edit of the baseline may touch. Each test
 * starts from the network as the previous one left it and undoes what it did, so they do not
 * depend on their order.
 */
class SiteEditingWindowTest {
    private static final ScenarioId BASE = ScenarioId.BASELINE;
    private static MainWindow window;
    private static Stage stage;
    private static Database database;
    private static ScenarioId copy;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startWindowOnASmallNetworkWithACopy(@TempDir Path dir) throws Exception {
        Path files = dir.resolve("files");
        DemoNetworkGenerator.generate(new DemoOptions(11, DemoOptions.bayAreaNodes(), 200, 14, 60), files);
        Path file = dir.resolve("network");
        try (Database db = Database.open(file)) {
            new Importer(db).importPath(files, BASE);
            copy = new JooqScenarioRepository(db).copy(BASE, "What if").id();
        }
        stage = FxToolkit.registerPrimaryStage();
        window = Windows.open(stage, file, 1280, 800);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.mapComplete());
        database = Windows.database(window).orElseThrow();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.hide();
            window.closeDatabase();
        });
    }

    @AfterEach
    void toolsOffAndDialogsClosed() throws Exception {
        FxToolkit.setupFixture(() -> {
            Windows.closeDialogs(robot, stage);
            module().tools().modeProperty().set(SiteToolsLayer.Mode.OFF);
            module().inspector().stopEditing();
        });
        waitIdle();
    }

    @Test
    void closingASiteFromTheInspectorWritesItsStatusLeavesTheCopyAloneAndUndoReopensIt() throws Exception {
        Node site = anMfc();
        show(site.code());
        robot.clickOn("#site-close");
        waitFor(() -> stored(BASE, site.code()).status() == NodeStatus.CLOSED);

        assertEquals(site.status(), stored(copy, site.code()).status(), "the other scenario keeps its site open");
        assertEquals("Reopen site", fx(() -> module().inspector().closeSite.getText()));
        assertEquals(
                NodeStatus.CLOSED,
                fx(() -> module().model().site(site.code()).orElseThrow().status()));

        fx(() -> {
            window.undo();
            return null;
        });
        waitFor(() -> stored(BASE, site.code()).status() == site.status());
        assertEquals(site, stored(BASE, site.code()));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "site-capacity | -500 | Storage capacity (units) must be a non-negative number",
                "site-latitude | 95   | Latitude must be a latitude"
            })
    void aBadValueTypedInTheInspectorIsRefusedNamingTheFieldAndNothingIsWritten(
            String field, String value, String message) throws Exception {
        Node site = anMfc();
        show(site.code());
        int undoable = fx(() -> window.history().undoCount());
        robot.clickOn("#site-edit");
        TextField input = robot.lookup("#" + field).queryAs(TextField.class);
        robot.interact(input::clear);
        robot.clickOn(input).write(value);
        robot.interact(() -> module().inspector().save.fire());
        waitIdle();

        String problem =
                robot.lookup("#" + field + "-problem").queryAs(Label.class).getText();
        assertTrue(problem.startsWith(message), problem);
        assertTrue(fx(() -> module().inspector().formMessage.getText()).startsWith("Not saved:"));
        assertEquals(site, stored(BASE, site.code()), "nothing was written");
        assertEquals(undoable, fx(() -> window.history().undoCount()));

        // the form closes, the typing still in it, without scrolling the inspector away from the
        // site's buttons down to the forecast below
        robot.interact(() -> module().inspector().cancel.fire());
        waitIdle();
        assertTrue(
                robot.lookup("#site-edit")
                        .match(NodeQueryUtils.isVisible())
                        .tryQuery()
                        .isPresent(),
                "Edit site is in view after Cancel");
    }

    @Test
    void editedPropertiesAreSavedTogetherAsOneUndoStep() throws Exception {
        Node site = anMfc();
        show(site.code());
        int undoable = fx(() -> window.history().undoCount());
        robot.clickOn("#site-edit");
        robot.interact(() -> {
            SiteForm form = module().inspector().form;
            form.name.setText("Renamed MFC");
            form.capacity.setText("12345");
            form.leadTime.setText("2.5");
            module().inspector().save.fire();
        });
        waitFor(() -> stored(BASE, site.code()).name().equals("Renamed MFC"));

        Node saved = stored(BASE, site.code());
        assertEquals(12_345L, saved.storageCapacityUnits());
        assertEquals(2.5, saved.leadTimeDays());
        assertEquals(site.name(), stored(copy, site.code()).name());
        assertEquals(undoable + 1, fx(() -> window.history().undoCount()));

        fx(() -> {
            window.undo();
            return null;
        });
        waitFor(() -> stored(BASE, site.code()).equals(site));
    }

    @Test
    void aSiteIsAddedWhereTheMapIsClickedInAddModeAndStartsPlanned() throws Exception {
        robot.clickOn("#add-site-tool");
        assertTrue(fx(() -> window.map().editingProperty().get()));
        // the middle of the bay: no site there
        Point2D at = onMap(new GeoPoint(37.70, -122.30));
        robot.moveTo(at).clickOn(MouseButton.PRIMARY);
        waitFor(() -> robot.lookup("#add-site-code").tryQuery().isPresent());

        TextField code = robot.lookup("#add-site-code").queryAs(TextField.class);
        robot.interact(() -> code.setText(anMfc().code().value()));
        robot.clickOn("#add-site-name").write("Bay pier dark store");
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        String refused = robot.lookup("#add-site-problem").queryAs(Label.class).getText();
        assertTrue(refused.startsWith("Code " + anMfc().code() + " is already used"), refused);

        robot.interact(() -> code.setText("DS-PIER"));
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        NodeCode added = NodeCode.of("DS-PIER");
        waitFor(() -> nodes().find(BASE, added).isPresent());

        Node site = stored(BASE, added);
        assertEquals(NodeType.DARK_STORE, site.type());
        assertEquals(NodeStatus.PLANNED, site.status());
        assertEquals("Bay pier dark store", site.name());
        assertTrue(
                site.location().distanceKm(new GeoPoint(37.70, -122.30)) < 0.5,
                site.location().toString());
        assertTrue(nodes().find(copy, added).isEmpty(), "the copy has no new site");
        waitFor(() -> fx(() -> module().model().selectedProperty().get() != null
                && module().model().selectedProperty().get().code().equals(added)));

        fx(() -> {
            window.undo();
            return null;
        });
        waitFor(() -> nodes().find(BASE, added).isEmpty());
    }

    @Test
    void aSiteDraggedInMoveModeMovesAndPlainDraggingOnlyPans() throws Exception {
        Node site = anMfc();
        show(site.code());
        Point2D from = onScreen(site.code());
        robot.drag(from, MouseButton.PRIMARY).moveBy(30, 20).moveBy(30, 20).drop();
        waitIdle();
        assertEquals(site.location(), stored(BASE, site.code()).location(), "with the tool off a drag pans");

        show(site.code());
        robot.clickOn("#move-sites-tool");
        from = onScreen(site.code());
        robot.drag(from, MouseButton.PRIMARY).moveBy(30, 20).moveBy(30, 20).drop();
        waitFor(() -> !stored(BASE, site.code()).location().equals(site.location()));

        Node moved = stored(BASE, site.code());
        assertTrue(moved.location().lon() > site.location().lon(), "moved east");
        assertTrue(moved.location().lat() < site.location().lat(), "moved south");
        assertEquals(site.location(), stored(copy, site.code()).location());

        fx(() -> {
            window.undo();
            return null;
        });
        waitFor(() -> stored(BASE, site.code()).equals(site));
    }

    @Test
    void deletingASiteSaysWhatGoesWithItAndUndoPutsAllOfItBack() throws Exception {
        Node site = anMfc();
        int stockRows =
                new JooqStockRepository(database).findAtNode(BASE, site.code()).size();
        int zones = new JooqZoneRepository(database).findAll(BASE).size();
        assertTrue(stockRows > 0, "the MFC holds stock");
        show(site.code());
        robot.clickOn("#site-delete");
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertTrue(pane.getContentText().contains(stockRows + " stock rows"), pane.getContentText());
        robot.clickOn((Button) pane.lookupButton(ButtonType.OK));
        waitFor(() -> nodes().find(BASE, site.code()).isEmpty());
        assertTrue(
                new JooqStockRepository(database).findAtNode(BASE, site.code()).isEmpty());
        assertTrue(nodes().find(copy, site.code()).isPresent());

        fx(() -> {
            window.undo();
            return null;
        });
        waitFor(() -> nodes().find(BASE, site.code()).isPresent());
        assertEquals(site, stored(BASE, site.code()));
        assertEquals(
                stockRows,
                new JooqStockRepository(database).findAtNode(BASE, site.code()).size());
        assertEquals(zones, new JooqZoneRepository(database).findAll(BASE).size());
    }

    // ---- helpers ----

    /** An open MFC that serves no pickup point, as the database has it now. */
    private static Node anMfc() {
        List<Node> all = nodes().findAll(BASE);
        return all.stream()
                .filter(n -> n.type() == NodeType.MICRO_FULFILLMENT_CENTER && n.status() == NodeStatus.ACTIVE)
                .filter(n -> all.stream().noneMatch(p -> n.code().equals(p.servedBy())))
                .findFirst()
                .orElseThrow();
    }

    private static NodeRepository nodes() {
        return new JooqNodeRepository(database);
    }

    private static Node stored(ScenarioId scenario, NodeCode code) {
        return nodes().find(scenario, code).orElseThrow();
    }

    private static NetworkModule module() {
        return window.module(NetworkModule.class);
    }

    /** Selects the site, centres the map on it close up and waits for the map. */
    private void show(NodeCode code) throws Exception {
        fx(() -> {
            module().select(code);
            return null;
        });
        waitFor(() -> fx(() -> module().inspector().shown() != null
                && module().inspector().shown().code().equals(code)));
        waitFor(() -> window.mapComplete());
    }

    private Point2D onScreen(NodeCode code) throws Exception {
        return fx(() -> {
            SitesLayer sites = Windows.sites(window);
            Point2D at = sites.screenPosition(code).orElseThrow();
            return sites.localToScreen(at);
        });
    }

    private Point2D onMap(GeoPoint point) throws Exception {
        fx(() -> {
            window.map().show(point, 13);
            return null;
        });
        waitFor(() -> window.mapComplete());
        return fx(() -> {
            var map = window.map();
            return map.localToScreen(map.getWidth() / 2, map.getHeight() / 2);
        });
    }

    private static void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> window.work().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        waitIdle();
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
