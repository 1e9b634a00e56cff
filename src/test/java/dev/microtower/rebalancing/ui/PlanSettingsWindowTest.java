package dev.microtower.rebalancing.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.ScenarioId;
import dev.microtower.demo.DemoOptions;
import dev.microtower.rebalancing.domain.PlanRun;
import dev.microtower.rebalancing.store.jooq.JooqPlanRepository;
import dev.microtower.shell.MainWindow;
import dev.microtower.testing.Windows;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
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

/** The Plan settings dialog in the real window: refuses what is out of range, and the plan made after it is priced by it. */
class PlanSettingsWindowTest {
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

    @Test
    void outOfRangeSettingsAreRefusedAndTheNextPlanIsPricedAndStoredWithTheChosenOnes() throws Exception {
        PlanModule plans = window.module(PlanModule.class);
        Platform.runLater(() -> plans.controller().chooseSettings());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#plan-settings-dialog")
                .tryQuery()
                .isPresent());
        DialogPane pane = robot.lookup("#plan-settings-dialog").query();
        Node ok = pane.lookupButton(ButtonType.OK);
        TextField fixed = robot.lookup("#plan-settings-fixed").query();
        TextField holding = robot.lookup("#plan-settings-holding").query();
        Label problem = robot.lookup("#plan-settings-problem").query();
        assertEquals("15", fixed.getText());
        assertFalse(ok.isDisabled());

        robot.interact(() -> fixed.setText("-5"));
        assertTrue(ok.isDisabled(), "a negative shipment cost cannot be confirmed");
        assertEquals("Fixed cost per shipment must be between 0 and 1,000,000.", problem.getText());
        robot.interact(() -> fixed.setText("lots"));
        assertEquals("Fixed cost per shipment must be a number: 'lots'", problem.getText());
        robot.interact(() -> fixed.setText("30"));
        robot.interact(() -> holding.setText("140"));
        assertTrue(ok.isDisabled());
        assertEquals("Holding cost must be between 0 and 100 % a year: 140", problem.getText());
        robot.interact(() -> holding.setText("20"));
        assertFalse(ok.isDisabled());
        assertEquals("", problem.getText());
        picture(pane, "plan-settings.png");
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(30.0, plans.model().settingsProperty().get().fixedCostPerShipment());
        assertEquals(0.20, plans.model().settingsProperty().get().holdingRatePerYear(), 1e-12);

        robot.clickOn("#plan-button");
        WaitForAsyncUtils.waitFor(
                120,
                TimeUnit.SECONDS,
                () -> plans.model().runProperty().get() != null
                        && window.work().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<PlanRun> runs = new JooqPlanRepository(Windows.database(window).orElseThrow()).runs(ScenarioId.BASELINE);
        assertEquals(1, runs.size());
        assertEquals(30.0, runs.get(0).summary().fixedCostPerShipment());
        assertEquals(0.20, runs.get(0).summary().money().holdingRatePerYear(), 1e-12);
        String summary = robot.lookup("#plan-summary").queryLabeled().getText();
        assertTrue(summary.contains("30.00 per shipment"), summary);
        assertTrue(summary.contains("holding 20 %/yr"), summary);
        assertTrue(summary.contains("lost sales ~"), summary);
        picture(stage.getScene().getRoot(), "plan-priced.png");
    }

    /** With {@code -Dscreenshots.write=true}, writes a picture of {@code node} to docs/screenshots. */
    private void picture(Node node, String name) throws Exception {
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
