package dev.microtower.compare.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.compare.SmallNetwork;
import dev.microtower.compare.engine.CompareTable;
import dev.microtower.compare.engine.RiskScan;
import dev.microtower.core.DataKind;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.shell.MainWindow;
import dev.microtower.testing.Windows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The compare panel in the real window, on a real database file holding the small network and a
 * copy of it in which the only Oakland MFC is closed (written through the node store).
 */
class CompareWindowTest {
    private static final String COPY = "Oakland MFC closed";
    private final FxRobot robot = new FxRobot();
    private MainWindow window;
    private Stage stage;
    private ScenarioId copy;

    @BeforeEach
    void openTheWindowOnANetworkAndACopyWithAClosedMfc(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("db");
        try (OpenSession session = OpenSession.open(file)) {
            SmallNetwork.write(session);
            copy = session.get(ScenarioRepository.class)
                    .copy(ScenarioId.BASELINE, COPY)
                    .id();
            close(session, SmallNetwork.MFC_OAK);
        }
        stage = FxToolkit.registerPrimaryStage();
        window = Windows.open(stage, file, 1280, 800);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.mapComplete());
        robot.interact(() -> window.showSidePanel(CompareModule.PANEL));
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.hide();
            window.closeDatabase();
        });
    }

    @Test
    void theCompareTableShowsTheCoverageLostInTheCopyWithItsDeltaInRed() throws Exception {
        CompareModule module = window.module(CompareModule.class);
        waitForCoverage(module, 50.0);

        TableView<CompareTable.Row> table = module.panel().table();
        CompareTable.Row coverage = row(table, "same-day-coverage-orders").orElseThrow();
        assertEquals("Same-day coverage (orders)", text(table, 0, coverage));
        assertEquals("90.0%", text(table, 1, coverage));
        assertEquals("50.0%", text(table, 2, coverage));
        assertEquals(-40.0, coverage.cells().get(1).delta(), 1e-9);
        TableCell<?, ?> delta = shownCell(table, "-40.0 pt");
        assertEquals(ComparePanel.WORSE_STYLE, delta.getStyle(), "less coverage is worse: red");
        assertTrue(shownCell(table, "-44.4%") != null, "Δ% against the reference's 90%");
        String tip = ComparePanel.explain(module.model().table.get(), coverage);
        assertTrue(tip.contains("same-day delivery zone of an open site"), tip);
        assertTrue(tip.contains("Orders covered: 5"), tip);
        assertTrue(tip.contains("Orders covered: 9"), tip);

        // the map rings the closed site of the copy
        assertEquals(1, module.layer().sites().size());
        assertEquals("MFC-OAK", module.layer().sites().get(0).code());
        assertEquals(ChangesLayer.Kind.CHANGED, module.layer().sites().get(0).kind());
    }

    @Test
    void differencesOnlyHidesTheKpisThatAreTheSame() throws Exception {
        CompareModule module = window.module(CompareModule.class);
        waitForCoverage(module, 50.0);
        TableView<CompareTable.Row> table = module.panel().table();
        assertTrue(row(table, "open-sites-regional-dc").isPresent());

        robot.clickOn("#compare-differences-only");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(row(table, "same-day-coverage-orders").isPresent());
        assertTrue(row(table, "open-storage-capacity").isPresent());
        assertFalse(row(table, "open-sites-regional-dc").isPresent(), "the DCs are the same in both");
        assertEquals(
                module.model().table.get().differingRows().size(),
                table.getItems().size());
    }

    @Test
    void theTableFollowsAChangeOfTheComparedScenarioData() throws Exception {
        CompareModule module = window.module(CompareModule.class);
        waitForCoverage(module, 50.0);
        // the window's own store writes, and the window is told as an edit would tell it
        NodeRepository nodes = window.session().orElseThrow().get(NodeRepository.class);
        nodes.save(copy, nodes.find(copy, SmallNetwork.MFC_SF).orElseThrow().withStatus(NodeStatus.CLOSED));
        robot.interact(() -> window.changes().publish(copy, Set.of(DataKind.NETWORK)));
        // only the dark store's 2 of 10 orders are still covered
        waitForCoverage(module, 20.0);
        assertEquals(2, module.layer().sites().size());
    }

    @Test
    void noCompareStartsWhileThePanelIsHiddenAndTheChangeIsComputedWhenItShowsAgain() throws Exception {
        CompareModule module = window.module(CompareModule.class);
        waitForCoverage(module, 50.0);
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> !module.model().comparing.get());
        robot.interact(() -> window.showSidePanel("layers-tab"));
        NodeRepository nodes = window.session().orElseThrow().get(NodeRepository.class);
        nodes.save(copy, nodes.find(copy, SmallNetwork.MFC_SF).orElseThrow().withStatus(NodeStatus.CLOSED));
        boolean[] started = new boolean[1];
        robot.interact(() -> {
            window.changes().publish(copy, Set.of(DataKind.NETWORK));
            started[0] = module.model().comparing.get(); // a request is busy from the moment it is made
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(started[0], "the change of a compared scenario starts no compare while the panel is hidden");
        assertFalse(module.model().comparing.get());
        assertEquals(1, module.layer().sites().size(), "the rings are those of the last comparison");

        robot.interact(() -> window.showSidePanel(CompareModule.PANEL));
        waitForCoverage(module, 20.0); // only the dark store's 2 of 10 orders are still covered
        assertEquals(2, module.layer().sites().size());
    }

    @Test
    void theRiskScanRanksTheOnlyOaklandSiteFirstFillsInEachPlanAndAClickSelectsIt() throws Exception {
        CompareModule module = window.module(CompareModule.class);
        robot.clickOn("#risk-scan-button");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            RiskScan.Result result = module.model().risk.get();
            return result != null && !module.model().scanning.get() && result.replanned() == 4;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                SmallNetwork.MFC_OAK,
                module.panel().risks().getItems().get(0).site().code());
        assertEquals(4, module.panel().risks().getItems().get(0).ordersLosingCoverage());
        RiskScan.Result result = module.model().risk.get();
        RiskScan.SiteRisk oakland = module.panel().risks().getItems().get(0);
        assertEquals(
                String.format(
                        java.util.Locale.ROOT,
                        "%,d (%+,d)",
                        oakland.plan().unitsShortAfterPlan(),
                        oakland.plan().unitsShortAfterPlan() - result.plan().unitsShortAfterPlan()),
                cell(module, "risk-plan-units-short"),
                "the row shows the units short after the plan without the site, and the change");
        String stockouts = cell(module, "risk-plan-stockouts");
        assertEquals(
                String.format(
                        java.util.Locale.ROOT,
                        "%,d (%+,d)",
                        oakland.plan().stockoutsAfterPlan(),
                        oakland.plan().stockoutsAfterPlan() - result.plan().stockoutsAfterPlan()),
                stockouts,
                "the row shows the stockouts left by the plan without the site, and the change");
        assertTrue(cell(module, "risk-plan-cost").matches("[0-9,]+ \\([+-][0-9,]+\\)"), cell(module, "risk-plan-cost"));
        assertTrue(
                robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                        .anyMatch(l -> l.getText() != null && l.getText().contains("(4 of 4 done)")),
                "the title says how far the plans have got");

        robot.interact(() -> module.panel().risks().getSelectionModel().select(0));
        NetworkModel network = window.service(NetworkModel.class);
        assertEquals(SmallNetwork.MFC_OAK, network.selectedProperty().get().code());
    }

    @Test
    void theRowsACancelledScanStillSendsAreNotShownOverTheNewerScan() throws Exception {
        CompareModule module = window.module(CompareModule.class);
        List<RiskScan.Result> shownAfter = new ArrayList<>();
        List<Task<?>> started = new ArrayList<>();
        boolean[] capturing = new boolean[1];
        boolean[] newerStarted = new boolean[1];
        boolean[] buttonEnabled = new boolean[1];
        robot.interact(() -> {
            window.work().running().addListener((ListChangeListener<Task<?>>) change -> {
                while (change.next()) {
                    if (capturing[0]) {
                        started.addAll(change.getAddedSubList());
                    }
                }
            });
            // the moment the baseline's scan shows its first rows (coverage only), cancel it as the
            // status bar's Cancel does and scan the copy: the cancelled scan still finishes the plan it
            // is making and sends that row, after the newer scan started
            module.model().risk.addListener((o, was, now) -> {
                if (newerStarted[0]) {
                    if (now != null) {
                        shownAfter.add(now);
                    }
                } else if (now != null) {
                    newerStarted[0] = true;
                    started.get(0).cancel();
                    window.switchScenario(copy);
                    Button scan = robot.lookup("#risk-scan-button").queryButton();
                    buttonEnabled[0] = !scan.isDisabled();
                    scan.fire();
                }
            });
            capturing[0] = true;
            robot.lookup("#risk-scan-button").queryButton().fire();
            capturing[0] = false;
        });
        assertEquals(1, started.size(), "the scan is one background task");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> newerStarted[0]);
        assertTrue(buttonEnabled[0], "a cancelled scan lets the next one start");
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> !module.model().scanning.get());
        // let the baseline's scan finish too, so any row it still sends has arrived
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                        () -> window.work().running().isEmpty())
                .get());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(shownAfter.isEmpty());
        for (RiskScan.Result result : shownAfter) {
            assertTrue(
                    result.ranked().stream().noneMatch(r -> r.site().code().equals(SmallNetwork.MFC_OAK)),
                    "a row of the baseline's scan (the Oakland MFC is open there, closed in the copy) was shown"
                            + " over the newer scan of the copy");
        }
        assertEquals(COPY, module.model().riskScenario.get());
        assertEquals(
                module.model().risk.get().ranked().size(),
                module.model().risk.get().replanned(),
                "the newer scan's own result is the one kept");
    }

    private static String cell(CompareModule module, String column) {
        TableColumn<?, ?> found = module.panel().risks().getColumns().stream()
                .filter(c -> column.equals(c.getId()))
                .findFirst()
                .orElseThrow();
        return String.valueOf(found.getCellObservableValue(0).getValue());
    }

    private static void close(OpenSession session, NodeCode code) {
        NodeRepository nodes = session.get(NodeRepository.class);
        ScenarioId id = session.get(ScenarioRepository.class)
                .findByName(COPY)
                .orElseThrow()
                .id();
        nodes.save(id, nodes.find(id, code).orElseThrow().withStatus(NodeStatus.CLOSED));
    }

    private static void waitForCoverage(CompareModule module, double copyCoverage) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            CompareTable table = module.model().table.get();
            return table != null
                    && table.rows().stream()
                            .anyMatch(r -> r.id().equals("same-day-coverage-orders")
                                    && Math.abs(r.cells().get(1).value() - copyCoverage) < 1e-9);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Optional<CompareTable.Row> row(TableView<CompareTable.Row> table, String id) {
        return table.getItems().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private static String text(TableView<CompareTable.Row> table, int column, CompareTable.Row row) {
        TableColumn<CompareTable.Row, ?> c = table.getColumns().get(column);
        return String.valueOf(c.getCellObservableValue(row).getValue());
    }

    private TableCell<?, ?> shownCell(TableView<CompareTable.Row> table, String text) {
        return robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> text.equals(c.getText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cell shows " + text));
    }
}
