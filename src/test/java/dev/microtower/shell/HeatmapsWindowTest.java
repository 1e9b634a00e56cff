package dev.microtower.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.WebMercator;
import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.heatmaps.domain.DemandFilter;
import dev.microtower.heatmaps.domain.DemandPeriod;
import dev.microtower.heatmaps.domain.SiteReading;
import dev.microtower.heatmaps.domain.StockBand;
import dev.microtower.heatmaps.ui.DemandHeatLayer;
import dev.microtower.heatmaps.ui.HeatPalette;
import dev.microtower.heatmaps.ui.HeatmapsModule;
import dev.microtower.heatmaps.ui.StockHeatLayer;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.store.jooq.JooqOrderRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.SyntheticNetwork;
import dev.microtower.testing.Windows;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Both heatmaps in the real window on a small network with twelve weeks of orders, where one dark
 * store holds no stock at all: its forecast, and so its target, is above zero, so it is a stockout.
 */
class HeatmapsWindowTest {
    private static final List<Node> NODES = SyntheticNetwork.nodes(36, 3);
    private static final List<Sku> SKUS = SyntheticNetwork.skus(5);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 30);
    private static final List<Order> ORDERS = SyntheticNetwork.orders(NODES, SKUS, LAST_DAY, 84, 2, 5);
    private static final Node STOCKOUT = NODES.stream()
            .filter(n -> n.type() == NodeType.DARK_STORE && n.isStocked())
            .findFirst()
            .orElseThrow();

    private static MainWindow window;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startWindowOnANetworkWithAStockout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("network");
        List<Node> stocked = NODES.stream().filter(n -> !n.equals(STOCKOUT)).toList();
        try (Database db = Database.open(file)) {
            SyntheticNetwork.writeTo(db, NODES, SKUS, SyntheticNetwork.stock(stocked, SKUS));
            new JooqOrderRepository(db).saveAll(ORDERS);
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

    @Test
    void theStockHeatmapTogglesOnAndOff() throws Exception {
        assertFalse(heat().stockLayer().isVisible(), "heatmaps start switched off");
        click("#layer-stock-heatmap");
        assertTrue(heat().stockLayer().isVisible());
        waitForStockReadings();
        assertEquals(
                NODES.stream().filter(Node::isStocked).count(),
                heat().stockLayer().readingsProperty().get().size());

        click("#layer-stock-heatmap");
        assertFalse(heat().stockLayer().isVisible());
        assertFalse(robot.lookup("#layer-stock-heatmap").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void theSiteWithAStockoutIsInTheTooLittleBandOnTheMapAndInTheInspector() throws Exception {
        showStockHeatmap();
        SiteReading reading = heat().stockLayer().reading(STOCKOUT.code()).orElseThrow();
        assertEquals(StockBand.TOO_LITTLE, reading.band());
        assertEquals(0, reading.available());
        assertTrue(reading.target() > 0, "the stockout site has a target: " + reading);
        assertEquals(
                HeatPalette.TOO_LITTLE,
                heat().stockLayer().colourOf(STOCKOUT.code()).orElseThrow());

        // with the markers hidden, the disc under the site's marker is what the map shows there
        robot.interact(() -> Windows.sites(window).shownProperty().set(false));
        try {
            robot.interact(() -> window.map().show(STOCKOUT.location(), 14));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.mapComplete());
            WaitForAsyncUtils.waitForFxEvents();
            assertColour(HeatPalette.TOO_LITTLE, pixelAt(STOCKOUT));
        } finally {
            robot.interact(() -> Windows.sites(window).shownProperty().set(true));
        }

        robot.interact(() -> Windows.sites(window).selectedProperty().set(STOCKOUT));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(
                "Too little",
                robot.lookup("#inspector-heat-band").queryAs(Label.class).getText());
        robot.interact(() -> Windows.sites(window).selectedProperty().set(null));
    }

    @Test
    void stockWrittenAfterTheHeatmapWasShownIsReadAgainWhenTheDataVersionMoves() throws Exception {
        showStockHeatmap();
        Database db = Windows.database(window).orElseThrow();
        Instant asOf = Instant.parse("2026-07-01T06:00:00Z");
        StockRepository stock = new JooqStockRepository(db);
        try {
            SiteReading before = heat().stockLayer().reading(STOCKOUT.code()).orElseThrow();
            long enough = before.maxLevel(); // stock up to the maximum level: within target
            for (Sku sku : SKUS) {
                stock.save(ScenarioId.BASELINE, new StockLevel(STOCKOUT.code(), sku.code(), enough, 0, 0, asOf));
            }
            robot.interact(() -> window.changes().publish(window.scenario(), DataChange.everything()));
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> !heat().stockLayer().busy()
                            && heat().stockLayer()
                                            .reading(STOCKOUT.code())
                                            .orElseThrow()
                                            .band()
                                    != StockBand.TOO_LITTLE);
            SiteReading after = heat().stockLayer().reading(STOCKOUT.code()).orElseThrow();
            assertEquals(enough * SKUS.size(), after.available());
            assertNotEquals(
                    HeatPalette.TOO_LITTLE,
                    heat().stockLayer().colourOf(STOCKOUT.code()).orElseThrow());
        } finally {
            for (Sku sku : SKUS) {
                stock.save(ScenarioId.BASELINE, new StockLevel(STOCKOUT.code(), sku.code(), 0, 0, 0, asOf));
            }
            robot.interact(() -> window.changes().publish(window.scenario(), DataChange.everything()));
            WaitForAsyncUtils.waitFor(
                    60,
                    TimeUnit.SECONDS,
                    () -> !heat().stockLayer().busy()
                            && heat().stockLayer()
                                            .reading(STOCKOUT.code())
                                            .orElseThrow()
                                            .band()
                                    == StockBand.TOO_LITTLE);
        }
    }

    @Test
    void theDemandHeatmapTogglesOnAndOff() throws Exception {
        assertFalse(heat().demandLayer().isVisible(), "heatmaps start switched off");
        click("#layer-demand-heatmap");
        assertTrue(heat().demandLayer().isVisible());
        waitForDemandPicture();
        assertTrue(heat().demandLayer().pictureProperty().get().bins().totalOrders() > 0);

        click("#layer-demand-heatmap");
        assertFalse(heat().demandLayer().isVisible());
    }

    @Test
    void aChangeOfStockAndPlansLeavesTheDemandHeatmapAloneWhileAChangeOfOrdersCountsAgain() throws Exception {
        robot.interact(() -> heat().demandLayer().shownProperty().set(true));
        try {
            waitForDemandPicture();
            DemandHeatLayer layer = heat().demandLayer();
            int pictures = layer.pictures();

            // what an accepted transfer says
            robot.interact(
                    () -> window.changes().publish(ScenarioId.BASELINE, EnumSet.of(DataKind.STOCK, DataKind.PLANS)));
            Thread.sleep(600); // four times the debounce: a reload would have started
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(layer.busy(), "a change of stock that leaves the SKUs as they were is not counted again");
            assertEquals(pictures, layer.pictures());

            robot.interact(() -> window.changes().publish(ScenarioId.BASELINE, EnumSet.of(DataKind.ORDERS)));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !layer.busy() && layer.pictures() == pictures + 1);
        } finally {
            robot.interact(() -> heat().demandLayer().shownProperty().set(false));
        }
    }

    @Test
    void aSkuImportThatMovesASkuToANewCategoryIsOfferedAndCountedByTheDemandHeatmap() throws Exception {
        robot.interact(() -> heat().demandLayer().shownProperty().set(true));
        Database db = Windows.database(window).orElseThrow();
        JooqSkuRepository skus = new JooqSkuRepository(db);
        Sku moved = SKUS.get(1);
        AssortmentFilter beverages = AssortmentFilter.category("Beverages");
        try {
            waitForDemandPicture();
            DemandHeatLayer layer = heat().demandLayer();
            assertFalse(layer.choices().contains(beverages));
            skus.save(new Sku(
                    moved.code(),
                    moved.name(),
                    "Beverages",
                    moved.temperatureClass(),
                    moved.unitVolumeL(),
                    moved.unitWeightKg(),
                    moved.unitCost(),
                    moved.shelfLifeDays(),
                    moved.bulky(),
                    moved.tags(),
                    moved.unitPrice()));
            // what an import of skus.csv says (ImportExportService: "skus" touches STOCK)
            robot.interact(() -> window.changes().publish(ScenarioId.BASELINE, EnumSet.of(DataKind.STOCK)));
            WaitForAsyncUtils.waitFor(
                    30, TimeUnit.SECONDS, () -> layer.choices().contains(beverages));

            robot.interact(() -> layer.filterProperty().set(beverages));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> drawnFor(layer, beverages));
            assertTrue(
                    layer.pictureProperty().get().bins().totalOrders() > 0,
                    "the orders of the moved SKU count for its new category");
        } finally {
            skus.save(moved);
            robot.interact(() -> window.changes().publish(ScenarioId.BASELINE, EnumSet.of(DataKind.STOCK)));
            robot.interact(() -> heat().demandLayer().filterProperty().set(AssortmentFilter.ALL));
            robot.interact(() -> heat().demandLayer().shownProperty().set(false));
        }
    }

    @Test
    void changingTheDemandFilterCountsAgainAndOnlyTheLatestChoiceIsShown() throws Exception {
        robot.interact(() -> heat().demandLayer().shownProperty().set(true));
        try {
            waitForDemandPicture();
            DemandHeatLayer layer = heat().demandLayer();
            int pictures = layer.pictures();
            AssortmentFilter sku = AssortmentFilter.sku(SKUS.get(2));
            robot.interact(() -> {
                layer.filterProperty().set(AssortmentFilter.category("Dairy"));
                layer.periodProperty().set(DemandPeriod.ALL_HISTORY);
                layer.filterProperty().set(sku);
                layer.periodProperty().set(DemandPeriod.LAST_7_DAYS);
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> drawnFor(layer, sku));

            assertEquals(pictures + 1, layer.pictures(), "the choices in between were never counted or shown");
            DemandFilter shown = layer.pictureProperty().get().filter();
            assertEquals(LAST_DAY.toEpochDay() - 6, shown.firstDay());
            assertEquals(LAST_DAY.toEpochDay(), shown.lastDay());
            long expected = ORDERS.stream()
                    .filter(o ->
                            !o.createdAt().atZone(ZoneOffset.UTC).toLocalDate().isBefore(LAST_DAY.minusDays(6)))
                    .filter(o -> o.lines().stream()
                            .anyMatch(l -> l.sku().equals(SKUS.get(2).code())))
                    .count();
            assertEquals(expected, layer.pictureProperty().get().bins().totalOrders());
        } finally {
            robot.interact(() -> {
                heat().demandLayer().filterProperty().set(AssortmentFilter.ALL);
                heat().demandLayer().shownProperty().set(false);
            });
        }
    }

    private static HeatmapsModule heat() {
        return window.module(HeatmapsModule.class);
    }

    private void showStockHeatmap() throws Exception {
        robot.interact(() -> heat().stockLayer().shownProperty().set(true));
        waitForStockReadings();
    }

    private static void waitForStockReadings() throws Exception {
        WaitForAsyncUtils.waitFor(
                90,
                TimeUnit.SECONDS,
                () -> !heat().stockLayer().busy()
                        && heat().stockLayer().reading(STOCKOUT.code()).isPresent());
    }

    private static void waitForDemandPicture() throws Exception {
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> !heat().demandLayer().busy()
                        && heat().demandLayer().pictureProperty().get().filter() != null);
    }

    /** Scrolls the layers panel so that the node shows, then clicks it. */
    private void click(String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroll) {
                Bounds content = scroll.getContent().getLayoutBounds();
                Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double room = content.getHeight() - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    scroll.setVvalue(Math.min(1, Math.max(0, (inContent.getMinY() - 40) / room)));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Color pixelAt(Node site) throws Exception {
        StockHeatLayer layer = heat().stockLayer();
        var v = layer.viewport();
        Point2D inLayer = new Point2D(
                v.screenX(WebMercator.worldX(site.location().lon())),
                v.screenY(WebMercator.worldY(site.location().lat())));
        Point2D inMap = window.map().sceneToLocal(layer.localToScene(inLayer));
        WritableImage image = FxToolkit.setupFixture(() -> window.map().snapshot(null, null));
        return image.getPixelReader().getColor((int) Math.round(inMap.getX()), (int) Math.round(inMap.getY()));
    }

    private static void assertColour(Color expected, Color actual) {
        double off = Math.abs(expected.getRed() - actual.getRed())
                + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(off < 0.03, "expected " + expected + " on the map, found " + actual);
    }

    /** The demand layer has finished drawing its picture for {@code assortment}. */
    private static boolean drawnFor(DemandHeatLayer layer, AssortmentFilter assortment) {
        return !layer.busy()
                && layer.pictureProperty().get().filter() != null
                && layer.pictureProperty().get().filter().assortment().equals(assortment);
    }
}
