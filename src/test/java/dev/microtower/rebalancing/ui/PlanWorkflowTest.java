package dev.microtower.rebalancing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.demo.DemoNetworkGenerator;
import dev.microtower.demo.DemoOptions;
import dev.microtower.importexport.Importer;
import dev.microtower.importexport.TransferExport;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.rebalancing.domain.PlanRun;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import dev.microtower.rebalancing.domain.SuggestionStatus;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.rebalancing.store.jooq.JooqPlanRepository;
import dev.microtower.shell.MainWindow;
import dev.microtower.store.Database;
import dev.microtower.testing.HeldForecast;
import dev.microtower.testing.Windows;
import dev.microtower.ui.framework.DataChanges;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Point2D;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Plan, look, decide, export: the rebalancing workflow in the real window on a small generated
 * network (the Bay Area sites, 200 SKUs, four weeks of orders) in a real H2 file. The tests run in
 * order: the first one makes the plan the others decide.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanWorkflowTest {
    private static MainWindow window;
    private static Stage stage;
    private static Database database;
    private static Map<SkuCode, Sku> skus;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startWindowOnASmallNetwork(@TempDir Path dir) throws Exception {
        Path files = dir.resolve("files");
        DemoNetworkGenerator.generate(new DemoOptions(11, DemoOptions.bayAreaNodes(), 200, 28, 250), files);
        Path file = dir.resolve("network");
        try (Database db = Database.open(file)) {
            new Importer(db).importPath(files, ScenarioId.BASELINE);
            skus = new JooqSkuRepository(db)
                    .findAll().stream().collect(Collectors.toMap(Sku::code, Function.identity()));
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
    void closeDialogsAndClearTheFilter() throws Exception {
        FxToolkit.setupFixture(() -> {
            Windows.closeDialogs(robot, stage);
            plans().table().table().getSelectionModel().clearSelection();
        });
        // the drawer is closed when no plan is shown
        robot.interact(
                () -> robot.lookup("#suggestions-filter").tryQuery().ifPresent(filter -> ((TextInputControl) filter)
                        .clear()));
    }

    @Test
    @Order(1)
    void planningDrawsTheStoredPlanAsArrowsAndTableRows() throws Exception {
        assertTrue(repository().runs(ScenarioId.BASELINE).isEmpty(), "no plan before Plan is pressed");

        robot.clickOn("#plan-button");
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> plans().model().runProperty().get() != null && idle());
        WaitForAsyncUtils.waitForFxEvents();

        List<PlanRun> runs = repository().runs(ScenarioId.BASELINE);
        assertEquals(1, runs.size());
        assertEquals(runs.get(0).id(), plans().model().runProperty().get().id());
        List<StoredSuggestion> stored = repository().suggestions(runs.get(0).id());
        assertFalse(stored.isEmpty(), "the small network needs some transfers");

        List<SuggestionRow> rows = plans().table().rows();
        assertEquals(stored, rows.stream().map(SuggestionRow::stored).toList());
        assertEquals(stored.size(), plans().table().table().getItems().size());
        assertTrue(
                plans().table().table().getHeight() >= SuggestionsTable.MIN_TABLE_HEIGHT,
                "the drawer opens with rows to read, not the table's header alone: " + tableState());

        // every stored suggestion is part of exactly one arrow: its lane and temperature class
        Map<String, Long> expected = new TreeMap<>();
        for (StoredSuggestion s : stored) {
            expected.merge(
                    lane(s.suggestion().from(), s.suggestion().to(), temperature(s)),
                    s.suggestion().quantity(),
                    Long::sum);
        }
        Map<String, Long> drawn = new TreeMap<>();
        for (FlowsLayer.Arrow a : plans().flows().arrows()) {
            drawn.merge(lane(a.from(), a.to(), a.temperature()), a.quantity(), Long::sum);
        }
        assertEquals(expected, drawn);
        assertEquals(
                stored.stream().map(StoredSuggestion::id).collect(Collectors.toSet()),
                plans().flows().arrows().stream()
                        .flatMap(a -> a.suggestionIds().stream())
                        .collect(Collectors.toSet()));
        assertTrue(plans().model().drawerShownProperty().get(), "the suggestions drawer opens");
    }

    @Test
    @Order(2)
    void clickingAnArrowSelectsItsSuggestionsInTheTable() throws Exception {
        FlowsLayer flows = plans().flows();
        FlowsLayer.Arrow arrow = null;
        Point2D at = null;
        // an arrow whose middle is clear of site markers, and shown at this zoom
        for (FlowsLayer.Arrow a : flows.arrows()) {
            Point2D mid = flows.screenMidpoint(a).orElse(null);
            if (mid != null
                    && flows.arrowAt(mid.getX(), mid.getY()).filter(a::equals).isPresent()
                    && !Windows.sites(window).markerAt(mid.getX(), mid.getY())
                    && mid.getX() > 20
                    && mid.getY() > 20
                    && mid.getX() < window.map().getWidth() - 20
                    && mid.getY() < window.map().getHeight() - 20) {
                arrow = a;
                at = mid;
                break;
            }
        }
        assertNotNull(arrow, "some arrow is clear of the markers");

        robot.moveTo(flows.localToScreen(at));
        WaitForAsyncUtils.waitForFxEvents();
        String tooltip = robot.lookup("#flow-tooltip").queryLabeled().getText();
        assertTrue(robot.lookup("#flow-tooltip").queryLabeled().isVisible(), "hovering shows the arrow's tooltip");
        assertTrue(tooltip.startsWith(arrow.from() + " → " + arrow.to()), tooltip);
        robot.clickOn(flows.localToScreen(at));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Set.copyOf(arrow.suggestionIds()), plans().table().selectedIds());
        assertTrue(flows.highlighted().containsAll(arrow.suggestionIds()));
    }

    @Test
    @Order(3)
    void acceptingASuggestionPutsItsUnitsInTransitAtTheDestination() throws Exception {
        SuggestionRow row = proposedRow();
        var s = row.suggestion();
        long inTransitBefore = stock(s.to(), s.sku()).inTransit();
        long onHandBefore = stock(s.from(), s.sku()).onHand();
        long versionBefore = window.changes().versionProperty().get();

        List<DataChange> heard = new CopyOnWriteArrayList<>();
        DataChanges.Subscription listening = window.changes().subscribe(heard::add);
        selectWithTheRobot(row);
        robot.clickOn("#accept-suggestion");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rowNow(row.id()).accepted() && idle());
        listening.cancel();
        assertEquals(
                List.of(EnumSet.of(DataKind.STOCK, DataKind.PLANS)),
                heard.stream().map(c -> EnumSet.copyOf(c.kinds())).toList(),
                "an accepted transfer changes stock and plans, not the order history");

        assertEquals(inTransitBefore + s.quantity(), stock(s.to(), s.sku()).inTransit());
        assertEquals(onHandBefore - s.quantity(), stock(s.from(), s.sku()).onHand());
        assertEquals(SuggestionStatus.ACCEPTED, storedNow(row.id()).status());
        assertTrue(window.changes().versionProperty().get() > versionBefore, "the window hears that stock changed");
        FlowsLayer.Leg leg = plans().flows().arrows().stream()
                .flatMap(a -> a.legs().stream())
                .filter(l -> l.id() == row.id())
                .findFirst()
                .orElseThrow();
        assertTrue(leg.accepted(), "the arrow shows the suggestion as accepted");

        // Edit → Undo takes the decision back, Redo makes it again
        robot.interact(window::undo);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rowNow(row.id()).proposed() && idle());
        assertEquals(inTransitBefore, stock(s.to(), s.sku()).inTransit());
        assertEquals(onHandBefore, stock(s.from(), s.sku()).onHand());
        robot.interact(window::redo);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rowNow(row.id()).accepted() && idle());
        assertEquals(inTransitBefore + s.quantity(), stock(s.to(), s.sku()).inTransit());
    }

    @Test
    @Order(4)
    void editingAQuantityAboveWhatTheSourceHasFreeIsRefusedWithAMessage() throws Exception {
        SuggestionRow row = proposedRow();
        var s = row.suggestion();
        StockLevel fromBefore = stock(s.from(), s.sku());
        StockLevel toBefore = stock(s.to(), s.sku());
        long free = fromBefore.onHand() - fromBefore.reserved();

        selectWithTheRobot(row);
        robot.clickOn("#edit-quantity");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#edit-quantity-field")
                .tryQuery()
                .isPresent());
        robot.doubleClickOn("#edit-quantity-field").eraseText(20).write(Long.toString(free + 1));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#error-dialog")
                .tryQuery()
                .isPresent());

        String message = robot.lookup("#error-dialog").queryAs(DialogPane.class).getContentText();
        assertTrue(message.contains("only " + free + " units of " + s.sku() + " free"), message);
        assertEquals(fromBefore, stock(s.from(), s.sku()));
        assertEquals(toBefore, stock(s.to(), s.sku()));
        assertEquals(SuggestionStatus.PROPOSED, storedNow(row.id()).status());
        assertTrue(rowNow(row.id()).proposed());
    }

    @Test
    @Order(5)
    void theAcceptedTransfersExportToCsv() throws Exception {
        Path csv = Files.createTempDirectory("flows").resolve("accepted.csv");
        List<StoredSuggestion> accepted = repository()
                .suggestions(plans().model().runProperty().get().id())
                .stream()
                .filter(StoredSuggestion::accepted)
                .toList();
        assertFalse(accepted.isEmpty());

        Task<?> export = FxToolkit.setupFixture(() -> plans().controller().exportAccepted(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, export::isDone);

        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv, StandardCharsets.UTF_8)) {
            List<NamedCsvRecord> records = reader.stream().toList();
            assertEquals(TransferExport.COLUMNS, records.get(0).getHeader());
            assertEquals(accepted.size(), records.size());
            for (int i = 0; i < accepted.size(); i++) {
                var s = accepted.get(i).suggestion();
                NamedCsvRecord r = records.get(i);
                assertEquals(s.from().value(), r.getField("from"));
                assertEquals(s.to().value(), r.getField("to"));
                assertEquals(s.sku().value(), r.getField("sku"));
                assertEquals(Long.toString(s.quantity()), r.getField("quantity"));
                assertEquals(accepted.get(i).status().name(), r.getField("status"));
            }
        }
        assertTrue(
                plans().table().message().contains("Wrote " + accepted.size()),
                plans().table().message());
    }

    @Test
    @Order(6)
    void aPlanCancelledBetweenItsStepsIsNotStored() throws Exception {
        int before = repository().runs(ScenarioId.BASELINE).size();
        PlanningService planning = window.session().orElseThrow().get(PlanningService.class);
        planning.clear();
        // made anew: computed, or taken from the file where an earlier test's Plan kept it (ADR 0016)
        int forecastsBefore = planning.forecastsComputed() + planning.storedForecastsUsed();
        // another caller forecasts the baseline and is held inside: the plan's forecast step waits for it
        HeldForecast other = HeldForecast.hold(planning, ScenarioId.BASELINE);
        try {
            Task<?> plan = FxToolkit.setupFixture(() -> plans().controller().plan());
            WaitForAsyncUtils.waitFor(
                    30,
                    TimeUnit.SECONDS,
                    () -> FxToolkit.setupFixture(() -> plan.getState() == Worker.State.RUNNING
                            && plan.getMessage().contains("reading the network")));
            // without interrupting the thread: an interrupted database write would fail on its own and
            // hide a plan that ignored the cancel
            robot.interact(() -> plan.cancel(false));
            assertTrue(plans().model().planningProperty().get(), "Plan stays busy until its computation stops");
        } finally {
            other.release();
        }
        // the plan goes on to the forecast the other caller made, then stops before the next step
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> !plans().model().planningProperty().get());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, PlanWorkflowTest::idle);
        assertEquals(before, repository().runs(ScenarioId.BASELINE).size(), "a cancelled plan is never stored");
        assertEquals(
                forecastsBefore + 1,
                planning.forecastsComputed() + planning.storedForecastsUsed(),
                "the plan reused the forecast made meanwhile");
        assertEquals("Planning cancelled: no plan was stored", plans().table().message());
    }

    // ---- helpers ----

    private static PlanModule plans() {
        return window.module(PlanModule.class);
    }

    private static boolean idle() {
        return window.work().running().isEmpty();
    }

    private static PlanRepository repository() {
        return new JooqPlanRepository(database);
    }

    private static String lane(NodeCode from, NodeCode to, TemperatureClass temperature) {
        return from + ">" + to + ":" + temperature;
    }

    private static TemperatureClass temperature(StoredSuggestion s) {
        return skus.get(s.suggestion().sku()).temperatureClass();
    }

    private static StockLevel stock(NodeCode node, SkuCode sku) {
        return new JooqStockRepository(database)
                .find(ScenarioId.BASELINE, node, sku)
                .orElse(new StockLevel(node, sku, 0, 0, 0, java.time.Instant.EPOCH));
    }

    private static StoredSuggestion storedNow(long id) {
        return repository().suggestions(plans().model().runProperty().get().id()).stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private static SuggestionRow rowNow(long id) {
        return plans().table().rows().stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** A proposed suggestion whose row the filter can single out by its SKU, source and destination. */
    private static SuggestionRow proposedRow() {
        Map<String, Integer> perKey = new HashMap<>();
        List<SuggestionRow> rows = plans().table().rows();
        rows.forEach(r -> perKey.merge(key(r), 1, Integer::sum));
        return rows.stream()
                .filter(SuggestionRow::proposed)
                .filter(r -> perKey.get(key(r)) == 1)
                .filter(r -> r.suggestion().quantity() > 1)
                .findFirst()
                .orElseThrow();
    }

    private static String key(SuggestionRow r) {
        var s = r.suggestion();
        return s.sku() + " " + s.from() + " " + s.to();
    }

    /** The table's row for {@code row} if it is laid out and visible, looked up on the FX thread. */
    private Optional<TableRow<?>> visibleRow(SuggestionRow row) throws TimeoutException {
        return WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> robot.lookup("#suggestions-table .table-row-cell")
                        .match((TableRow<?> cell) -> cell.isVisible()
                                && !cell.isEmpty()
                                && cell.getItem() instanceof SuggestionRow r
                                && r.id() == row.id())
                        .tryQuery()
                        .map(n -> (TableRow<?>) n)));
    }

    /** What the table shows, for a failure message: its size and each laid-out row's item. */
    private String tableState() throws TimeoutException {
        return WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
            var table = plans().table().table();
            return "table " + table.getWidth() + "x" + table.getHeight() + " visible=" + table.isVisible()
                    + " in scene=" + (table.getScene() != null) + " drawer="
                    + plans().model().drawerShownProperty().get() + " items="
                    + table.getItems().size()
                    + " cells="
                    + robot.lookup("#suggestions-table .table-row-cell").queryAll().stream()
                            .map(n -> (TableRow<?>) n)
                            .map(c -> (c.isVisible() ? "" : "hidden ") + (c.isEmpty() ? "empty" : c.getItem()))
                            .toList();
        }));
    }

    /** Filters the table down to the row and clicks it. */
    private void selectWithTheRobot(SuggestionRow row) throws TimeoutException {
        // scrolled down, as after clicking an arrow whose rows are far down: the filter's match must still show
        robot.interact(() -> plans().table()
                .table()
                .scrollTo(plans().table().table().getItems().size() - 1));
        robot.clickOn("#suggestions-filter").write(key(row));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, plans().table().table().getItems().size());
        // the table's cells follow the filtered items on a later layout pulse: wait for the row itself
        try {
            WaitForAsyncUtils.waitFor(
                    10, TimeUnit.SECONDS, () -> visibleRow(row).isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("row " + row.id() + " never showed: " + tableState(), e);
        }
        TableRow<?> line = visibleRow(row).orElseThrow();
        // the status cell: the row is wider than the table, its middle may be scrolled out of view
        robot.clickOn(line.getChildrenUnmodifiable().get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of(row.id()), plans().table().selectedIds());
    }
}
