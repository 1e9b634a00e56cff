package dev.microtower.planning.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.demo.DemoOptions;
import dev.microtower.forecasting.domain.BacktestLevel;
import dev.microtower.forecasting.domain.BacktestRow;
import dev.microtower.network.domain.Node;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.shell.MainWindow;
import dev.microtower.testing.Windows;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The forecast in the real window on a small generated Bay Area network (200 SKUs, 60 days of 150
 * orders a day: one backtest origin) in a real H2 file: the Forecast panel's rows for every level,
 * the inspector's chart of a site × SKU with its method and backtest error, and the network time
 * zone dialog refusing a zone that does not exist without writing anything.
 */
class ForecastWindowTest {
    private static MainWindow window;
    private static Stage stage;
    private static Path file;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startWindowOnASmallNetwork(@TempDir Path dir) throws Exception {
        file = Windows.generatedNetwork(dir, new DemoOptions(11, DemoOptions.bayAreaNodes(), 200, 60, 150));
        stage = FxToolkit.registerPrimaryStage();
        window = Windows.open(stage, file, 1280, 800);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.mapComplete());
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.hide();
            window.closeDatabase();
        });
    }

    private ForecastModule module() {
        return window.module(ForecastModule.class);
    }

    @Test
    void theForecastPanelShowsAPooledRowForEveryLevelAndEachLevelsSeries() throws Exception {
        ForecastPanel panel = module().panel();
        robot.interact(() -> window.showSidePanel(ForecastModule.PANEL));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> panel.backtest.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.backtest.get().evaluated(), panel.status.getText());
        assertEquals(
                Arrays.asList(BacktestLevel.values()),
                panel.table.getItems().stream().map(BacktestRow::level).toList(),
                "one pooled row per level");
        BacktestRow network = panel.table.getItems().get(0);
        assertFalse(Double.isNaN(network.mase()), "the network has a MASE");
        assertTrue(
                panel.status.getText().matches("\\d origins from .*days counted in UTC-08:00\\."),
                panel.status.getText());

        List<String> titles = panel.table.getColumns().stream()
                .map(c -> ((Label) c.getGraphic()).getText().replace('\n', ' '))
                .toList();
        assertEquals(
                List.of(
                        "Level",
                        "Series",
                        "MASE",
                        "Naive MASE",
                        "WAPE",
                        "Bias",
                        "Naive WAPE",
                        "No history",
                        "RMSSE",
                        "Units sold",
                        "Method"),
                titles);
        assertEquals(
                List.of("Level", "MASE", "Naive MASE", "WAPE", "Bias"),
                visibleTitles(panel),
                "the key columns, the rest on demand");
        assertNoSidewaysScrolling(panel);
        for (TableColumn<BacktestRow, ?> c : panel.table.getColumns()) {
            assertNotNull(((Label) c.getGraphic()).getTooltip(), "every column explains itself");
        }
        assertTrue(((Label) panel.table.getColumns().get(2).getGraphic())
                .getTooltip()
                .getText()
                .contains("week-on-week change"));
        assertTrue(panel.table.getColumns().get(0).isVisible(), "the pooled view names the level");
        assertFalse(panel.table.getColumns().get(1).isVisible(), "and not the series, all \"all\"");
        picture(panel.node(), "forecast-panel.png");
        robot.interact(() -> panel.more.setSelected(true));
        assertEquals(11 - 1, visibleTitles(panel).size(), "every column but the series");
        robot.interact(() -> panel.more.setSelected(false));
        assertEquals(5, visibleTitles(panel).size());

        robot.interact(() -> panel.level.setValue(BacktestLevel.NODE_SKU.label()));
        assertTrue(
                panel.table.getItems().size() > 100,
                "every site × SKU: " + panel.table.getItems().size());
        assertTrue(panel.table.getItems().stream().allMatch(r -> r.level() == BacktestLevel.NODE_SKU));
        assertTrue(panel.table.getColumns().get(1).isVisible(), "a level's view names each series");
        robot.interact(() -> panel.level.setValue(BacktestLevel.NODE.label()));
        assertEquals(
                panel.backtest.get().rows(BacktestLevel.NODE).size(),
                panel.table.getItems().size());
        // sorted by MASE, the figures rise and n/a comes last
        @SuppressWarnings("unchecked")
        TableColumn<BacktestRow, Double> mase =
                (TableColumn<BacktestRow, Double>) panel.table.getColumns().get(2);
        robot.interact(() -> {
            panel.table.getSortOrder().setAll(List.of(mase));
            mase.setSortType(TableColumn.SortType.ASCENDING);
            panel.table.sort();
        });
        double[] shown =
                panel.table.getItems().stream().mapToDouble(BacktestRow::mase).toArray();
        for (int i = 1; i < shown.length; i++) {
            assertTrue(Double.isNaN(shown[i]) || shown[i] >= shown[i - 1], Arrays.toString(shown));
        }
        robot.interact(() -> panel.level.setValue(ForecastPanel.EVERY_LEVEL));
    }

    @Test
    void theInspectorChartShowsTheMethodAndTheBacktestErrorOfTheChosenSiteAndSku() throws Exception {
        NetworkModel network = window.service(NetworkModel.class);
        Node site = network.sites().stream()
                .filter(Node::isStocked)
                .filter(n -> n.code().value().startsWith("MFC"))
                .findFirst()
                .orElseThrow();
        ForecastChartSection chart = module().chart();
        PlanningService planning = window.sessionProperty().get().get(PlanningService.class);
        // nothing computed yet (whichever test ran first): selecting a site costs only the forecast
        planning.clear();
        int backtests = planning.backtestsComputed();
        robot.interact(() -> network.selectedProperty().set(site));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> ForecastModule.NOT_CHECKED.equals(chart.error.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(chart.check.isVisible(), "the chart offers the check on past days");
        assertTrue(chart.method.getText().startsWith("Method: "), chart.method.getText());
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(backtests, planning.backtestsComputed(), "selecting a site starts no backtest");
        boolean[] backtesting = new boolean[1];
        robot.interact(() -> backtesting[0] = window.work().running().stream()
                .anyMatch(t -> t.getMessage() != null && t.getMessage().contains("acktest")));
        assertFalse(backtesting[0], "nor is one running");

        robot.interact(() -> chart.check.fire());
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> chart.error.getText().startsWith("Backtest,")
                        || chart.error.getText().startsWith("Backtest:"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(backtests + 1, planning.backtestsComputed(), "asked for: one backtest");
        assertFalse(chart.check.isVisible());
        assertTrue(chart.node().isVisible());
        assertTrue(chart.method.getText().startsWith("Method: "), chart.method.getText());
        assertTrue(chart.method.getText().contains("level used: site total"), chart.method.getText());
        assertEquals(4, chart.chart.getData().size(), "sold, forecast and the interval's two edges");
        assertTrue(chart.chart.getData().get(1).getData().size() >= 4, "the forecast horizon is drawn");
        assertTrue(chart.error.getText().contains("MASE "), chart.error.getText());
        SkuCode first = chart.sku.getValue();
        assertNotNull(first);
        assertTrue(chart.title.getText().contains(first.value()), chart.title.getText());
        picture(chart.node(), "forecast-chart.png");

        SkuCode other = chart.sku.getItems().get(chart.sku.getItems().size() - 1);
        assertNotEquals(first, other);
        robot.interact(() -> chart.sku.setValue(other));
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> chart.title.getText().contains(other.value())
                        && chart.error.getText().startsWith("Backtest"));
        assertEquals(other, chart.sku.getValue());
        assertTrue(chart.method.getText().startsWith("Method: ")
                || chart.method.getText().startsWith("No forecast"));
        assertEquals(backtests + 1, planning.backtestsComputed(), "another SKU reuses the computed backtest");
    }

    @Test
    void aTimeZoneThatDoesNotExistIsRefusedUnderTheFieldAndNothingIsWritten() throws Exception {
        openTimeZoneDialog();
        DialogPane pane = robot.lookup("#time-zone-dialog").query();
        TextField zone = robot.lookup("#time-zone-field").query();
        Label problem = robot.lookup("#time-zone-problem").query();
        javafx.scene.Node ok = pane.lookupButton(ButtonType.OK);
        assertEquals("", zone.getText(), "nothing stored yet");
        assertEquals("UTC-08:00 (guessed from the sites)", zone.getPromptText());
        assertFalse(ok.isDisabled());

        robot.interact(() -> zone.setText("Mars/Olympus"));
        assertTrue(ok.isDisabled(), "a zone that does not exist cannot be confirmed");
        assertEquals(
                "'Mars/Olympus' is not a time zone: give a region such as Europe/Paris or America/Sao_Paulo, or an"
                        + " offset from UTC such as -03:00 (from -12:00 to +14:00).",
                problem.getText());
        robot.interact(() -> zone.setText("+15:00"));
        assertTrue(ok.isDisabled(), "out of range");
        robot.interact(() -> zone.setText("America/Los_Angeles"));
        assertFalse(ok.isDisabled());
        assertEquals("", problem.getText());
        picture(pane, "time-zone.png");
        robot.interact(() -> zone.setText("PST"));
        robot.clickOn(pane.lookupButton(ButtonType.CANCEL));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.empty(), storedZone(), "cancelled: nothing written");

        openTimeZoneDialog();
        TextField again = robot.lookup("#time-zone-field").query();
        DialogPane pane2 = robot.lookup("#time-zone-dialog").query();
        robot.interact(() -> again.setText("America/Los_Angeles"));
        robot.clickOn(pane2.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storedZone().isPresent());
        assertEquals(Optional.of(ZoneId.of("America/Los_Angeles")), storedZone());
        robot.interact(() -> window.history().undo());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> storedZone().isEmpty());
    }

    private static List<String> visibleTitles(ForecastPanel panel) {
        return panel.table.getVisibleLeafColumns().stream()
                .map(c -> ((Label) c.getGraphic()).getText().replace('\n', ' '))
                .toList();
    }

    /** The key columns fit the side panel's default width: no horizontal scroll bar, no column cut off. */
    private void assertNoSidewaysScrolling(ForecastPanel panel) {
        WaitForAsyncUtils.waitForFxEvents();
        double[] widths = new double[2];
        boolean[] bar = new boolean[1];
        robot.interact(() -> {
            panel.table.layout();
            widths[0] = panel.table.getVisibleLeafColumns().stream()
                    .mapToDouble(TableColumn::getWidth)
                    .sum();
            widths[1] = panel.table.getWidth();
            bar[0] = panel.table.lookupAll(".scroll-bar").stream()
                    .anyMatch(n -> n instanceof javafx.scene.control.ScrollBar s
                            && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                            && s.isVisible());
        });
        assertTrue(widths[0] <= widths[1], "columns " + widths[0] + " px in a table " + widths[1] + " px wide");
        assertFalse(bar[0], "no horizontal scroll bar");
        // every figure and header shows in full: what is drawn is the whole text, not one cut to "..."
        List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> {
            for (javafx.scene.Node n : panel.table.lookupAll(".table-cell")) {
                if (n instanceof javafx.scene.control.Labeled cell && cell.getText() != null && cell.isVisible()) {
                    shown(cell, cut);
                }
            }
            for (TableColumn<BacktestRow, ?> c : panel.table.getVisibleLeafColumns()) {
                shown((Label) c.getGraphic(), cut);
            }
        });
        assertEquals(
                List.of(),
                cut,
                "cut off in the side panel, table " + widths[1] + " px, columns "
                        + panel.table.getVisibleLeafColumns().stream()
                                .map(c -> c.getId() + "=" + c.getWidth())
                                .toList());
    }

    private static void shown(javafx.scene.control.Labeled labeled, List<String> cut) {
        javafx.scene.Node text = labeled.lookup(".text");
        if (text instanceof javafx.scene.text.Text drawn && !drawn.getText().equals(labeled.getText())) {
            cut.add(labeled.getText() + " drawn as " + drawn.getText());
        }
    }

    private void openTimeZoneDialog() throws Exception {
        Platform.runLater(() -> module().chooseTimeZone());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#time-zone-dialog")
                .tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Optional<ZoneId> storedZone() {
        return new JooqScenarioRepository(Windows.database(window).orElseThrow()).findTimeZone(ScenarioId.BASELINE);
    }

    /** With {@code -Dscreenshots.write=true}, writes a picture of {@code node} to docs/screenshots. */
    private void picture(javafx.scene.Node node, String name) throws Exception {
        if (!Boolean.getBoolean("screenshots.write")) {
            return;
        }
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(new SnapshotParameters(), null));
        ImageIO.write(
                SwingFXUtils.fromFXImage(image[0], null),
                "png",
                Path.of("docs", "screenshots", name).toFile());
    }
}
