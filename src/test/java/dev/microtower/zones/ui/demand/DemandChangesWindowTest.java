package dev.microtower.zones.ui.demand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.ZoneCode;
import dev.microtower.demo.DemoNetworkGenerator;
import dev.microtower.demo.DemoOptions;
import dev.microtower.importexport.Importer;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.shell.MainWindow;
import dev.microtower.store.Database;
import dev.microtower.testing.Windows;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Demand side panel in the real window on a small generated Bay Area network in a real H2
 * file, with a copy of the baseline as a second scenario: a change added through the form is the
 * scenario's row in the database and one undo step, a wrong form writes nothing and names its
 * field, and an area drawn on the map becomes the district of a change. Each test undoes what it
 * wrote, so they do not depend on their order.
 */
class DemandChangesWindowTest {
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
        FxToolkit.setupFixture(() -> window.showSidePanel(DemandChangesModule.PANEL));
        waitIdle();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.hide();
            window.closeDatabase();
        });
    }

    @AfterEach
    void formClosed() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (robot.lookup("#demand-cancel")
                    .tryQuery()
                    .map(n -> n.isVisible())
                    .orElse(false)) {
                robot.lookup("#demand-cancel")
                        .queryAs(javafx.scene.control.Button.class)
                        .fire();
            }
        });
        waitIdle();
    }

    @Test
    void aChangeAddedForAZoneIsTheScenariosRowAndOneUndoTakesItBack() throws Exception {
        ZoneCode zone = aZone();
        int undoable = fx(() -> window.history().undoCount());
        robot.clickOn("#demand-add");
        robot.clickOn("#demand-factor").write("1.3");
        robot.interact(() -> {
            this.<DemandChangesPanel.What>combo("#demand-what").setValue(DemandChangesPanel.What.EVERYTHING);
            this.<DemandChangesPanel.Where>combo("#demand-where").setValue(DemandChangesPanel.Where.ZONE);
            this.<String>combo("#demand-where-value").setValue(zone.value());
            robot.lookup("#demand-from").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 1));
            robot.lookup("#demand-to").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 31));
        });
        robot.clickOn("#demand-save");
        waitFor(() -> stored(BASE).size() == 1);

        DemandMultiplier row = stored(BASE).get(0);
        assertEquals(zone, row.zone());
        assertEquals(1.3, row.factor(), 1e-9);
        assertEquals(LocalDate.of(2026, 12, 1), row.validFrom());
        assertEquals(LocalDate.of(2026, 12, 31), row.validTo());
        assertNull(row.node());
        assertNull(row.category());
        assertTrue(stored(copy).isEmpty(), "the other scenario has no demand change");
        assertEquals(undoable + 1, fx(() -> window.history().undoCount()));
        waitFor(() -> fx(() -> shownInList().size() == 1));
        assertEquals(
                "×1.3 for all products in zone " + zone + ", 1–31 Dec 2026",
                fx(() -> DemandWords.describe(shownInList().get(0))));
        assertEquals(List.of(row), fx(() -> changes().shown()), "the map layer and list show the row");

        fx(() -> {
            window.switchScenario(copy);
            return null;
        });
        waitFor(() -> fx(() -> shownInList().isEmpty()));
        fx(() -> {
            window.switchScenario(BASE);
            return null;
        });
        waitFor(() -> fx(() -> shownInList().size() == 1));

        fx(() -> {
            window.undo();
            return null;
        });
        waitFor(() -> stored(BASE).isEmpty());
        waitFor(() -> fx(() -> shownInList().isEmpty()));
    }

    @Test
    void aNegativeFactorIsRefusedNamingTheFieldAndNothingIsWritten() throws Exception {
        int undoable = fx(() -> window.history().undoCount());
        robot.clickOn("#demand-add");
        robot.clickOn("#demand-factor").write("-0.5");
        robot.clickOn("#demand-save");
        waitIdle();

        String problem =
                robot.lookup("#demand-form-message").queryAs(Label.class).getText();
        assertTrue(problem.startsWith("Factor: -0.5 is not allowed"), problem);
        assertTrue(stored(BASE).isEmpty(), "nothing was written");
        assertEquals(undoable, fx(() -> window.history().undoCount()));
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefusedNamingTheField() throws Exception {
        robot.clickOn("#demand-add");
        robot.clickOn("#demand-factor").write("0.8");
        robot.interact(() -> {
            robot.lookup("#demand-from").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 20));
            robot.lookup("#demand-to").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 12, 10));
        });
        robot.clickOn("#demand-save");
        waitIdle();

        String problem =
                robot.lookup("#demand-form-message").queryAs(Label.class).getText();
        assertTrue(problem.startsWith("To: the window ends"), problem);
        assertTrue(stored(BASE).isEmpty(), "nothing was written");
    }

    @Test
    void anAreaDrawnOnTheMapIsTheDistrictOfTheNewChange() throws Exception {
        robot.clickOn("#demand-add");
        robot.clickOn("#demand-factor").write("0.7");
        robot.interact(
                () -> this.<DemandChangesPanel.Where>combo("#demand-where").setValue(DemandChangesPanel.Where.AREA));
        fx(() -> {
            window.map().show(new GeoPoint(37.70, -122.30), 12);
            return null;
        });
        waitFor(() -> window.mapComplete());
        robot.clickOn("#demand-draw");
        assertTrue(fx(() -> window.map().editingProperty().get()), "the sites let clicks through");
        Point2D centre = fx(() -> window.map()
                .localToScreen(window.map().getWidth() / 2, window.map().getHeight() / 2));
        robot.clickOn(centre.add(-60, -40));
        robot.clickOn(centre.add(60, -40));
        robot.clickOn(centre.add(60, 40));
        robot.doubleClickOn(centre.add(-60, 40));
        waitIdle();
        assertFalse(fx(() -> window.map().editingProperty().get()), "drawing ended");
        assertTrue(
                robot.lookup("#demand-corners").queryAs(Label.class).getText().startsWith("Drawn: 4 corners"),
                robot.lookup("#demand-corners").queryAs(Label.class).getText());

        robot.clickOn("#demand-save");
        waitFor(() -> stored(BASE).size() == 1);
        DemandMultiplier row = stored(BASE).get(0);
        assertEquals(4, row.area().size());
        assertTrue(
                row.area().stream().allMatch(p -> p.distanceKm(new GeoPoint(37.70, -122.30)) < 10),
                row.area().toString());
        assertEquals(0.7, row.factor(), 1e-9);

        fx(() -> {
            window.undo();
            return null;
        });
        waitFor(() -> stored(BASE).isEmpty());
    }

    // ---- helpers ----

    private static ZoneCode aZone() {
        List<DeliveryZone> zones = new JooqZoneRepository(database).findAll(BASE);
        assertFalse(zones.isEmpty(), "the demo network has delivery zones");
        return zones.get(0).code();
    }

    private static List<DemandMultiplier> stored(ScenarioId scenario) {
        ScenarioRepository scenarios = new JooqScenarioRepository(database);
        return scenarios.findMultipliers(scenario);
    }

    private static DemandChanges changes() {
        return window.module(DemandChangesModule.class).changes();
    }

    @SuppressWarnings("unchecked")
    private List<DemandMultiplier> shownInList() {
        return List.copyOf(robot.lookup("#demand-list").queryAs(ListView.class).getItems());
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
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
