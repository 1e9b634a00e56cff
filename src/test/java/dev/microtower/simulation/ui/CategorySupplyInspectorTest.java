package dev.microtower.simulation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.DataKind;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.demo.DemoOptions;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.shell.MainWindow;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.store.CategorySupplyRepository;
import dev.microtower.testing.Windows;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A regional DC's vendor supply by category in the real window's inspector, on a small generated
 * network in a real H2 file: a bad lead time is refused inline naming the field and nothing is
 * saved; a good one is saved as one edit, listed, and taken back by Undo.
 */
class CategorySupplyInspectorTest {
    private static MainWindow window;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startWindowOnASmallNetwork(@TempDir Path dir) throws Exception {
        Path file = Windows.generatedNetwork(dir, new DemoOptions(11, DemoOptions.bayAreaNodes(), 200, 7, 50));
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

    private static List<CategorySupply> stored(NodeCode dc) {
        return window.session()
                .orElseThrow()
                .get(CategorySupplyRepository.class)
                .findAll(ScenarioId.BASELINE, dc);
    }

    @Test
    void aDcsCategoryTermsAreRefusedInlineWhenBadSavedAsOneEditAndUndone() throws Exception {
        NetworkModel network = window.service(NetworkModel.class);
        Node dc = network.sites().stream()
                .filter(n -> n.type() == NodeType.REGIONAL_DC)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> network.selectedProperty().set(dc));
        @SuppressWarnings("unchecked")
        ComboBox<String> category = robot.lookup("#category-supply-category").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> !category.getItems().isEmpty());
        assertTrue(robot.lookup("#inspector-category-supply").query().isVisible());
        String chosen = category.getItems().get(0);
        TextField lead = robot.lookup("#category-supply-lead").queryAs(TextField.class);
        robot.interact(() -> {
            category.setValue(chosen);
            lead.setText("-2");
        });
        robot.interact(() -> robot.lookup("#category-supply-set").queryButton().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Vendor lead time (days): must be 0 or more",
                robot.lookup("#category-supply-message").queryAs(Label.class).getText());
        assertEquals(List.of(), stored(dc.code()), "nothing was saved");

        // vendor supply feeds the replay, not the forecast: the saved edit keeps the scenario's forecast
        PlanningService planning = window.session().orElseThrow().get(PlanningService.class);
        NetworkForecast forecast = planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none())
                .forecast();
        robot.interact(() -> lead.setText("9"));
        robot.interact(() -> robot.lookup("#category-supply-set").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stored(dc.code()).isEmpty());
        assertEquals(List.of(new CategorySupply(dc.code(), chosen, 9.0, null)), stored(dc.code()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + CategorySupplySection.idOf(chosen))
                .tryQuery()
                .isPresent());
        String shown = robot.lookup("#" + CategorySupplySection.idOf(chosen))
                .queryAs(Label.class)
                .getText();
        assertTrue(shown.startsWith("9 days, every "), shown);
        NetworkForecast after = planning.forecast(ScenarioId.BASELINE, Progress.NONE, Cancellation.none())
                .forecast();
        assertTrue(forecast == after, "the vendor-supply edit kept the forecast (the same one, not made again)");
        assertEquals(
                "",
                robot.lookup("#category-supply-message").queryAs(Label.class).getText());

        robot.interact(() -> window.history().undo());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored(dc.code()).isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + CategorySupplySection.idOf(chosen))
                .tryQuery()
                .isEmpty());
    }

    /**
     * A site that is no longer a regional DC but still holds vendor supply by category (kept when
     * its type changed) shows the rows with a word that they are unused, without the form, and lets
     * them be removed; once removed the section is gone.
     */
    @Test
    void aFormerDcsKeptRowsAreShownAsUnusedAndCanBeRemoved() throws Exception {
        NetworkModel network = window.service(NetworkModel.class);
        Node mfc = network.sites().stream()
                .filter(n -> n.type() == NodeType.MICRO_FULFILLMENT_CENTER)
                .findFirst()
                .orElseThrow();
        robot.interact(() -> network.selectedProperty().set(mfc));
        // an MFC without rows: no section
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#inspector-category-supply")
                .query()
                .isVisible());

        String kept = window.session()
                .orElseThrow()
                .get(SkuRepository.class)
                .findAll()
                .get(0)
                .category();
        window.session()
                .orElseThrow()
                .get(CategorySupplyRepository.class)
                .replace(ScenarioId.BASELINE, mfc.code(), List.of(new CategorySupply(mfc.code(), kept, 4.0, null)));
        robot.interact(() -> window.changes().publish(ScenarioId.BASELINE, Set.of(DataKind.SUPPLY)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#inspector-category-supply")
                .query()
                .isVisible());
        String own = robot.lookup("#category-supply-own").queryAs(Label.class).getText();
        assertTrue(own.startsWith("Kept from when this site was a regional DC: not used"), own);
        assertTrue(!robot.lookup("#category-supply-form").query().isVisible(), "no form to add rows to an MFC");

        String remove =
                "#category-supply-remove-" + CategorySupplySection.idOf(kept).substring("category-supply-".length());
        robot.interact(() -> robot.lookup(remove).queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stored(mfc.code()).isEmpty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#inspector-category-supply")
                .query()
                .isVisible());
    }
}
