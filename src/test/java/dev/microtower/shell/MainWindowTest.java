package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.ui.ImportExportModule;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.network.ui.NetworkModule;
import dev.microtower.store.Database;
import dev.microtower.testing.SyntheticNetwork;
import dev.microtower.testing.Windows;
import dev.microtower.ui.map.basemap.BaseMapException;
import dev.microtower.ui.map.basemap.BaseMapSettings;
import dev.microtower.ui.map.basemap.BaseMapTiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a real database file, driven headless. One window for the whole class. */
class MainWindowTest {
    private static final List<Node> NODES = SyntheticNetwork.nodes(240, 7);
    private static final List<Sku> SKUS = SyntheticNetwork.skus(6);
    private static final Node SHOWN = NODES.stream()
            .filter(n -> n.type() == NodeType.DARK_STORE)
            .findFirst()
            .orElseThrow();

    private static Path file;
    private static int nodesInDatabase;
    private static MainWindow window;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startWindowOnANetwork(@TempDir Path dir) throws Exception {
        file = dir.resolve("network");
        List<StockLevel> stock = SyntheticNetwork.stock(List.of(SHOWN), SKUS);
        try (Database db = Database.open(file)) {
            SyntheticNetwork.writeTo(db, NODES, SKUS, stock);
            nodesInDatabase = new JooqNodeRepository(db).count(ScenarioId.BASELINE);
        }
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

    @AfterEach
    void clearSelection() throws Exception {
        FxToolkit.setupFixture(() -> {
            Windows.sites(window).selectedProperty().set(null);
            Windows.sites(window).shownProperty().set(true);
        });
    }

    @Test
    void theSitesLayerHoldsEverySiteOfTheDatabase() {
        assertEquals(NODES.size(), nodesInDatabase);
        assertEquals(nodesInDatabase, Windows.sites(window).siteCount());
    }

    @Test
    void searchingASiteCodeSelectsItAndCentresTheMapOnIt() {
        Node target = NODES.get(100);
        robot.clickOn("#search").write(target.code().value()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> window.module(NetworkModule.class).search(""));

        assertEquals(target, Windows.sites(window).selectedProperty().get());
        GeoPoint centre = window.map().viewport().center();
        assertEquals(target.location().lat(), centre.lat(), 0.001);
        assertEquals(target.location().lon(), centre.lon(), 0.001);
        robot.interact(() -> robot.lookup("#search").queryTextInputControl().clear());
    }

    @Test
    void clickingASiteShowsItAndItsStockInTheInspector() throws Exception {
        showAndSettle(SHOWN, 15);
        Point2D onScreen = markerOnScreen(SHOWN.code());

        robot.moveTo(onScreen).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#inspector-totals")
                .queryAs(Label.class)
                .getText()
                .isEmpty());

        assertEquals(SHOWN, Windows.sites(window).selectedProperty().get());
        assertEquals(
                SHOWN.name(),
                robot.lookup("#inspector-title").queryAs(Label.class).getText());
        long onHand = SyntheticNetwork.stock(List.of(SHOWN), SKUS).stream()
                .mapToLong(StockLevel::onHand)
                .sum();
        String totals = robot.lookup("#inspector-totals").queryAs(Label.class).getText();
        assertTrue(totals.contains(String.format("On hand %,d", onHand)), totals);
        assertEquals(
                SKUS.size(),
                robot.lookup("#stock-table").queryAs(TableView.class).getItems().size());

        robot.clickOn("#stock-filter").write("Frozen");
        assertEquals(
                1,
                robot.lookup("#stock-table").queryAs(TableView.class).getItems().size());
    }

    @Test
    void togglingTheSitesLayerHidesItsMarkers() throws Exception {
        showAndSettle(SHOWN, 15);
        Point2D inMap = markerInMap(SHOWN.code());
        Color before = pixel(inMap);

        robot.clickOn("#layer-sites");
        WaitForAsyncUtils.waitForFxEvents();
        Color after = pixel(inMap);

        assertFalse(Windows.sites(window).isVisible());
        assertFalse(robot.lookup("#layer-sites").queryAs(CheckBox.class).isSelected());
        assertNotEquals(before, after, "the marker's pixel should change when the layer is hidden");
        robot.clickOn("#layer-sites");
        assertTrue(Windows.sites(window).isVisible());
    }

    @Test
    void noErrorDialogAppearsWhileTheMapLoadsOffline() throws Exception {
        // an online source nobody answers (port 9 discards): every tile fetch fails, as offline
        BaseMapTiles tiles = BaseMapTiles.shared();
        robot.interact(() -> {
            try {
                tiles.apply(BaseMapSettings.onlineXyz(
                        "http://127.0.0.1:9/{z}/{x}/{y}.png",
                        "Unreachable tiles",
                        18,
                        BaseMapSettings.DEFAULT_USER_AGENT));
            } catch (BaseMapException e) {
                throw new IllegalStateException(e);
            }
            window.map().reloadTiles();
        });
        try {
            assertNotSame(tiles.builtIn(), tiles.source(), "the map loads from the unreachable source");
            showAndSettle(NODES.get(0), 12);
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // a dialog opened late would show now
            WaitForAsyncUtils.waitForFxEvents();

            assertTrue(window.map().tilesLoaded(), "the built-in map stands in for the tiles that failed");
            assertEquals(List.of(stage), robot.listWindows(), "only the main window is open");
        } finally {
            robot.interact(() -> {
                tiles.use(tiles.builtIn());
                window.map().reloadTiles();
            });
        }
    }

    @Test
    void exportingTheViewWritesTheMapWithItsAttributionNotTheWholeWindow(@TempDir Path out) throws Exception {
        Path png = out.resolve("view.png");
        robot.interact(() -> window.module(ImportExportModule.class).exportView(png));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.work().running().isEmpty() && Files.exists(png));

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(Math.round(window.map().getWidth()), image.getWidth());
        assertEquals(Math.round(window.map().getHeight()), image.getHeight());
        assertTrue(image.getWidth() < stage.getScene().getWidth(), "the map only, not the panels beside it");
        javafx.scene.Node attribution = window.map().lookup(".map-attribution");
        assertTrue(attribution.isVisible()
                && !window.map().attributionProperty().get().isBlank());
        assertTrue(
                window.map().getLayoutBounds().contains(attribution.getBoundsInParent()),
                "the attribution is inside the exported picture");
    }

    /** Shows a site and waits until the base-map tiles in view have loaded. */
    private void showAndSettle(Node site, double zoom) throws Exception {
        robot.interact(() -> window.map().show(site.location(), zoom));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.mapComplete());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D markerOnScreen(NodeCode code) {
        Point2D inLayer = Windows.sites(window).screenPosition(code).orElseThrow();
        return Windows.sites(window).localToScreen(inLayer);
    }

    private Point2D markerInMap(NodeCode code) {
        Point2D inLayer = Windows.sites(window).screenPosition(code).orElseThrow();
        return window.map().sceneToLocal(Windows.sites(window).localToScene(inLayer));
    }

    private Color pixel(Point2D inMap) throws Exception {
        WritableImage image = FxToolkit.setupFixture(() -> window.map().snapshot(null, null));
        return image.getPixelReader().getColor((int) Math.round(inMap.getX()), (int) Math.round(inMap.getY()));
    }
}
