package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.rebalancing.ui.PlanModule;
import dev.microtower.store.Database;
import dev.microtower.testing.SyntheticNetwork;
import dev.microtower.testing.Windows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window at a laptop's 1280 x 720: the map comes first and nothing is cut off. */
class WindowLayoutTest {
    private static final List<Node> NODES = SyntheticNetwork.nodes(60, 3);
    private static final List<Sku> SKUS = SyntheticNetwork.skus(4);
    private static final Node SHOWN = NODES.stream()
            .filter(n -> n.type() == NodeType.DARK_STORE)
            .findFirst()
            .orElseThrow();

    @TempDir
    Path dir;

    private MainWindow window;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openAt1280x720() throws Exception {
        Path file = dir.resolve("layout");
        try (Database db = Database.open(file)) {
            SyntheticNetwork.writeTo(db, NODES, SKUS, SyntheticNetwork.stock(List.of(SHOWN), SKUS));
        }
        stage = FxToolkit.registerPrimaryStage();
        window = Windows.open(stage, file, 1280, 720);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.mapComplete());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.hide();
            window.closeDatabase();
        });
        Files.deleteIfExists(LayoutSettings.defaultFile()); // folded panels must not carry over to other tests
    }

    private double mapShare() {
        return window.map().getWidth() / stage.getScene().getWidth();
    }

    private void selectTheSite() throws Exception {
        robot.interact(() -> Windows.sites(window)
                .site(SHOWN.code())
                .ifPresent(Windows.sites(window).selectedProperty()::set));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#inspector-totals")
                .queryAs(Label.class)
                .getText()
                .isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theMapGetsAtLeastSixtyPercentOfTheWidthWithASiteSelected() throws Exception {
        selectTheSite();
        assertTrue(mapShare() >= 0.6, "map share " + mapShare());
    }

    @Test
    void theMapGetsAtLeastSixtyPercentOfTheWidthWithTheDrawerShown() throws Exception {
        selectTheSite();
        robot.interact(() ->
                window.module(PlanModule.class).model().drawerShownProperty().set(true));
        assertTrue(window.drawerShownProperty().get(), "the drawer is under the map");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(mapShare() >= 0.6, "map share " + mapShare());
        assertTrue(window.map().getHeight() > 200, "the map keeps room above the drawer");
    }

    @Test
    void theInspectorTakesTheChosenWidthOnlyForASite() throws Exception {
        SidePanel inspector = robot.lookup("#inspector-panel").queryAs(SidePanel.class);
        robot.interact(() -> inspector.chosenWidthProperty().set(460)); // as if dragged wider
        WaitForAsyncUtils.waitForFxEvents();
        double overview = inspector.getWidth();
        selectTheSite();
        double site = inspector.getWidth();

        assertEquals(460, site, 1, "a site with its stock table gets the width the user chose");
        assertTrue(overview < site - 100, "the overview leaves the room to the map: " + overview + " px");
    }

    @Test
    void foldingThePanelsAwayGivesTheMapTheirRoom() throws Exception {
        double before = window.map().getWidth();
        robot.interact(() -> {
            robot.lookup("#side-panel").queryAs(SidePanel.class).openProperty().set(false);
            robot.lookup("#inspector-panel")
                    .queryAs(SidePanel.class)
                    .openProperty()
                    .set(false);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(stage.getScene().getWidth(), window.map().getWidth(), 4, "the map spans the window");
        assertTrue(window.map().getWidth() > before);
    }

    @Test
    void nothingInTheToolbarStatusBarOrInspectorIsCutOff() throws Exception {
        selectTheSite();
        double width = stage.getScene().getWidth();
        for (String id : List.of(".main-toolbar #search", "#plan-button", "#status-position", "#status-zoom")) {
            javafx.scene.Node node = robot.lookup(id).query();
            Bounds inScene = node.localToScene(node.getBoundsInLocal());
            assertTrue(
                    node.isVisible() && inScene.getMinX() >= 0 && inScene.getMaxX() <= width + 0.5,
                    id + " spans " + inScene + " visible " + node.isVisible() + " in " + node.getParent());
        }
        List<Label> names = robot.lookup("#inspector-panel .property-name").queryAllAs(Label.class).stream()
                .filter(javafx.scene.Node::isVisible)
                .toList();
        assertFalse(names.isEmpty());
        for (Label name : names) {
            assertTrue(
                    name.getWidth() + 0.5 >= name.prefWidth(-1),
                    "\"" + name.getText() + "\" is cut to " + name.getWidth() + " px");
        }
    }
}
