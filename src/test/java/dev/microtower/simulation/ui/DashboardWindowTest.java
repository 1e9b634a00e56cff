package dev.microtower.simulation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.demo.DemoOptions;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.shell.MainWindow;
import dev.microtower.simulation.domain.Measure;
import dev.microtower.simulation.domain.SimulationResult;
import dev.microtower.simulation.domain.Totals;
import dev.microtower.simulation.service.FulfilmentKpiSource;
import dev.microtower.simulation.service.SimulationService;
import dev.microtower.testing.Windows;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fulfilment dashboard in the real window on a small generated Bay Area network (200 SKUs, four
 * weeks of 250 orders a day) in a real H2 file: the tiles, the drill-down to the lost lines, and the
 * decision log of one order. Each test starts the simulation itself (a second start reuses the run).
 */
class DashboardWindowTest {
    private static MainWindow window;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startWindowOnASmallNetwork(@TempDir Path dir) throws Exception {
        Path file = Windows.generatedNetwork(dir, new DemoOptions(11, DemoOptions.bayAreaNodes(), 200, 28, 250));
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

    private DashboardModel model() {
        return window.module(SimulationModule.class).model();
    }

    @BeforeEach
    void openTheDashboardAndSimulate() throws Exception {
        robot.interact(() -> window.showSidePanel(SimulationModule.PANEL));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#fulfilment-run");
        WaitForAsyncUtils.waitFor(
                120, TimeUnit.SECONDS, () -> model().runProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDashboardShowsATileForEveryFulfilmentKpi() throws Exception {
        SimulationService.Run run = model().runProperty().get();
        FlowPane tiles = robot.lookup("#fulfilment-tiles").queryAs(FlowPane.class);
        assertEquals(FulfilmentKpiSource.values(run).size(), tiles.getChildren().size());
        String fill =
                robot.lookup("#tile-value-fill-rate-lines").queryAs(Label.class).getText();
        assertTrue(fill.endsWith(" %"), fill);
        assertEquals(
                "baseline",
                robot.lookup("#tile-delta-fill-rate-lines").queryAs(Label.class).getText());
    }

    @Test
    void theKpiLayerColoursTheSitesByTheChosenKpiWithItsScaleAndDefinition() throws Exception {
        KpiMapLayer layer = window.module(SimulationModule.class).kpiLayer();
        robot.interact(() -> layer.shownProperty().set(true));
        @SuppressWarnings("unchecked")
        ComboBox<KpiMapLayer.Choice> choice = robot.lookup("#kpi-layer-choice").queryAs(ComboBox.class);
        robot.interact(() -> choice.setValue(KpiMapLayer.choice("on-time-rate")));
        WaitForAsyncUtils.waitForFxEvents();
        KpiMapLayer.Picture picture = layer.pictureProperty().get();
        assertEquals("on-time-rate", picture.kpi().id());
        SimulationService.Run run = model().runProperty().get();
        long promised = run.result().bySite().values().stream()
                .filter(t -> !Double.isNaN(onTime(t)))
                .count();
        assertEquals(promised, picture.spots().size(), "every site with promised orders is coloured");
        KpiMapLayer.Spot worst = picture.spots().stream()
                .min(Comparator.comparingDouble(KpiMapLayer.Spot::value))
                .orElseThrow();
        KpiMapLayer.Spot best = picture.spots().stream()
                .max(Comparator.comparingDouble(KpiMapLayer.Spot::value))
                .orElseThrow();
        assertTrue(best.value() > worst.value(), "the sites differ in on-time rate");
        assertEquals(KpiMapLayer.WORST, worst.colour());
        assertEquals(KpiMapLayer.BEST, best.colour());
        assertEquals(
                DashboardView.format(worst.value(), "%"),
                robot.lookup("#kpi-layer-min").queryAs(Label.class).getText());
        assertEquals(
                DashboardView.format(best.value(), "%"),
                robot.lookup("#kpi-layer-max").queryAs(Label.class).getText());
        String definition =
                robot.lookup("#kpi-layer-definition").queryAs(Label.class).getText();
        assertTrue(definition.contains("arrived complete by it"), definition);
        // the inspector lists the selected site's value of the KPI on the map, first
        NetworkModel network = window.service(NetworkModel.class);
        robot.interact(
                () -> network.selectedProperty().set(network.site(worst.site()).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                DashboardView.format(worst.value(), "%"),
                robot.lookup("#inspector-fulfilment-on-time-rate")
                        .queryAs(Label.class)
                        .getText());
        robot.interact(() -> layer.shownProperty().set(false));
    }

    @Test
    void theDashboardReplaysAChosenHistoryPeriodOrTheForecastHorizon() throws Exception {
        SimulationService.Run whole = model().runProperty().get();
        LocalDate from = whole.result().firstDay().plusDays(7);
        LocalDate to = from.plusDays(6);
        robot.interact(() -> {
            robot.lookup("#fulfilment-from").queryAs(DatePicker.class).setValue(from);
            robot.lookup("#fulfilment-to").queryAs(DatePicker.class).setValue(to);
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            SimulationService.Run r = model().runProperty().get();
            return r != null && r.result().firstDay().equals(from);
        });
        SimulationService.Run week = model().runProperty().get();
        assertEquals(to, week.result().lastDay());
        assertTrue(week.result().network().get(Measure.ORDERS)
                < whole.result().network().get(Measure.ORDERS));

        @SuppressWarnings("unchecked")
        ComboBox<DashboardModel.Demand> demand =
                robot.lookup("#fulfilment-demand").queryAs(ComboBox.class);
        robot.interact(() -> demand.setValue(DashboardModel.Demand.FORECAST));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            SimulationService.Run r = model().runProperty().get();
            return r != null && r.request().forecast();
        });
        WaitForAsyncUtils.waitForFxEvents();
        SimulationService.Run forecast = model().runProperty().get();
        assertTrue(forecast.result().firstDay().isAfter(whole.result().lastDay().minusDays(1)), "after the history");
        assertTrue(forecast.result().network().get(Measure.ORDERS) > 0);
        assertTrue(robot.lookup("#fulfilment-status")
                .queryAs(Label.class)
                .getText()
                .startsWith("Forecast demand, "));
        assertTrue(robot.lookup("#fulfilment-from")
                .queryAs(DatePicker.class)
                .getParent()
                .isDisabled());
        robot.interact(() -> {
            demand.setValue(DashboardModel.Demand.HISTORY);
            robot.lookup("#fulfilment-from").queryAs(DatePicker.class).setValue(null);
            robot.lookup("#fulfilment-to").queryAs(DatePicker.class).setValue(null);
        });
    }

    private static double onTime(Totals t) {
        return t.get(Measure.ORDERS_PROMISED) == 0
                ? Double.NaN
                : t.get(Measure.ORDERS_ON_TIME) / t.get(Measure.ORDERS_PROMISED);
    }

    @Test
    void theFillRateTileDrillsDownToTheLostLines() {
        robot.clickOn("#tile-fill-rate-lines");
        WaitForAsyncUtils.waitForFxEvents();
        SimulationResult result = model().runProperty().get().result();
        TableView<?> table = robot.lookup("#drill-down").queryAs(TableView.class);
        assertTrue(result.lostLineCount() > 0, "the small network loses some lines");
        assertEquals(
                Math.min(result.lostLineCount(), SimulationResult.KEPT),
                table.getItems().size());
        assertEquals(
                result.lostLines().get(0).order().value(),
                ((DashboardView.Row) table.getItems().get(0)).order());
    }

    @Test
    void theDecisionLogOfAChosenOrderNamesTheFences() throws Exception {
        robot.clickOn("#tile-fill-rate-orders");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#drill-down").queryAs(TableView.class);
        int row = 0;
        while (((DashboardView.Row) table.getItems().get(row)).site().equals("outside every zone")) {
            row++;
        }
        int chosen = row;
        robot.interact(() -> table.getSelectionModel().select(chosen));
        robot.interact(() -> model().decisionProperty().set(null));
        // the button may be scrolled below the panel's fold: press it as the keyboard would
        robot.interact(() -> robot.lookup("#why-this-site").queryButton().fire());
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> model().decisionProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String log = robot.lookup("#decision-log").queryAs(TextArea.class).getText();
        assertTrue(
                log.startsWith(
                        "Order " + model().decisionProperty().get().order().value()),
                log);
        assertTrue(log.contains("✔ Site open: open"), log);
        assertTrue(log.contains("Customer in a delivery zone: "), log);
        assertTrue(log.contains("Orders per day: "), log);
        assertTrue(log.contains("Stock: "), log);
        assertTrue(log.contains("lost"), log);
    }
}
