package dev.microtower.zones.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.Importer;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.orders.store.jooq.JooqOrderRepository;
import dev.microtower.shell.MainWindow;
import dev.microtower.store.Database;
import dev.microtower.testing.SyntheticNetwork;
import dev.microtower.testing.Windows;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.engine.CoverageReport;
import dev.microtower.zones.engine.ZoneGenerator;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The zone editor in the real window on the demo's sites and delivery zones with a small
 * synthetic order history. One window for the class; tests run in order on the same database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ZoneEditorTest {
    private static final ScenarioId BASE = ScenarioId.BASELINE;
    private static final GeometryFactory F = new GeometryFactory();
    private static final int ORDERS = 4_000;

    @TempDir
    static Path dir;

    private static MainWindow window;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startWindowOnTheDemoSites() throws Exception {
        Path file = dir.resolve("zones");
        try (Database db = Database.open(file)) {
            List<Sku> skus = SyntheticNetwork.skus(3);
            SkuRepository skuRepository = new JooqSkuRepository(db);
            skus.forEach(skuRepository::save);
            Importer importer = new Importer(db);
            importer.importPath(demoFile("nodes.csv"), BASE);
            importer.importPath(demoFile("delivery-zones.geojson"), BASE);
            Random random = new Random(5);
            List<Order> orders = new ArrayList<>();
            Instant at = Instant.parse("2026-10-01T10:00:00Z");
            for (int i = 0; i < ORDERS; i++) {
                GeoPoint customer =
                        new GeoPoint(37.25 + 0.85 * random.nextDouble(), -122.55 + 0.8 * random.nextDouble());
                orders.add(new Order(
                        OrderCode.of("SO-" + i),
                        at.plusSeconds(60L * i),
                        null,
                        "web",
                        customer,
                        null,
                        List.of(new OrderLine(1, skus.get(i % 3).code(), 1 + random.nextInt(4)))));
            }
            new JooqOrderRepository(db).saveAll(orders);
        }
        stage = FxToolkit.registerPrimaryStage();
        window = Windows.open(stage, file, 1280, 800);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.mapComplete());
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> window.module(ZonesModule.class)
                                        .editor()
                                        .coverageProperty()
                                        .get()
                                != null
                        && window.module(ZonesModule.class)
                                        .editor()
                                        .layer()
                                        .zones()
                                        .size()
                                == 35);
        FxToolkit.setupFixture(() -> window.showSidePanel(ZonesModule.PANEL));
    }

    private static Path demoFile(String name) throws Exception {
        // the importer recognises a file by its name
        Path target = Files.createDirectories(dir.resolve("demo")).resolve(name);
        try (InputStream in = Objects.requireNonNull(
                ZoneEditorTest.class.getClassLoader().getResourceAsStream("sample-data/bay-area/" + name))) {
            Files.copy(in, target);
        }
        return target;
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.hide();
            window.closeDatabase();
        });
    }

    @AfterEach
    void backToViewing() throws Exception {
        FxToolkit.setupFixture(() ->
                window.module(ZonesModule.class).editor().layer().modeProperty().set(ZonesLayer.Mode.VIEW));
        settle();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void generatedZonesAreStoredAndTheirCoverageMatchesADirectCount() throws Exception {
        CoverageReport before =
                window.module(ZonesModule.class).editor().coverageProperty().get();
        robot.clickOn("#zones-generate");
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#generate-dialog").queryAs(DialogPane.class);
        robot.interact(
                () -> robot.lookup("#generate-speed").queryAs(TextField.class).setText("30"));
        assertTrue(
                robot.lookup("#generate-method").queryAs(Label.class).getText().contains("same day 7.5 km"),
                "the dialog says the method and the radius it gives");
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> window.module(ZonesModule.class)
                                        .editor()
                                        .coverageProperty()
                                        .get()
                                != before
                        && window.work().running().isEmpty());
        settle();

        List<Node> nodes = new JooqNodeRepository(db()).findAll(BASE);
        ZoneGenerator.Settings settings = new ZoneGenerator.Settings(
                EnumSet.allOf(SlaTier.class),
                30,
                Map.of(SlaTier.SAME_DAY, 0.25, SlaTier.NEXT_DAY, 0.75, SlaTier.REPLENISHMENT_HUB, 2.0));
        List<DeliveryZone> expected = ZoneGenerator.generate(nodes, settings);
        List<DeliveryZone> stored = zones();
        assertEquals(expected, stored, "every zone is replaced by the generated one, exactly");
        assertEquals(stored, window.module(ZonesModule.class).editor().layer().zones(), "the map shows what is stored");

        // the direct count: every order against every same-day zone of an open site, no index
        List<DeliveryZone> sameDay = stored.stream()
                .filter(z -> z.slaTier() == SlaTier.SAME_DAY)
                .filter(z -> nodes.stream().anyMatch(n -> n.code().equals(z.node()) && n.isStocked()))
                .toList();
        long covered = 0, units = 0, coveredUnits = 0;
        List<GeoPoint> uncovered = new ArrayList<>();
        for (Order o : new JooqOrderRepository(db()).findAll()) {
            var point = F.createPoint(
                    new Coordinate(o.customer().lon(), o.customer().lat()));
            units += o.units();
            if (sameDay.stream().anyMatch(z -> z.area().covers(point))) {
                covered++;
                coveredUnits += o.units();
            } else {
                uncovered.add(o.customer());
            }
        }
        CoverageReport report =
                window.module(ZonesModule.class).editor().coverageProperty().get();
        assertEquals(sameDay.size(), report.sameDayZones());
        assertEquals(ORDERS, report.orders());
        assertEquals(covered, report.ordersCovered());
        assertEquals(units, report.units());
        assertEquals(coveredUnits, report.unitsCovered());
        assertTrue(covered > 0 && covered < ORDERS, "some but not all orders are covered: " + covered);
        assertEquals(0, report.overlaps().size(), "Voronoi cells of one tier do not overlap");
        CoverageReport.HotSpot top = report.hotSpots().get(0);
        assertEquals(
                uncovered.stream()
                        .filter(p -> top.cell().covers(F.createPoint(new Coordinate(p.lon(), p.lat()))))
                        .count(),
                top.orders());
        String figures = robot.lookup("#zones-coverage").queryAs(Label.class).getText();
        assertTrue(
                figures.contains(String.format(java.util.Locale.ROOT, "%.1f %% of orders", 100.0 * covered / ORDERS)),
                figures);
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void aPolygonDrawnWithTheMouseIsStored() throws Exception {
        Node site = new JooqNodeRepository(db())
                .find(BASE, NodeCode.of("DS-SF-MIS"))
                .orElseThrow();
        List<DeliveryZone> before = zones();
        showAt(site.location(), 13);
        robot.clickOn("#zones-draw");
        robot.interact(() -> window.module(ZonesModule.class).editor().newZoneFor(site, SlaTier.NEXT_DAY));
        double zoom = window.map().viewport().zoom();
        Point2D c = mapCentreOnScreen();
        List<Point2D> clicks = List.of(c.add(-80, -60), c.add(90, -70), c.add(100, 60), c.add(-70, 80));
        List<GeoPoint> expected = clicks.stream().map(this::geoAt).toList();
        for (int i = 0; i < 3; i++) {
            robot.moveTo(clicks.get(i)).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        }
        robot.moveTo(clicks.get(3)).doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> zones().size() == before.size() + 1);
        settle();

        DeliveryZone drawn =
                zones().stream().filter(z -> !before.contains(z)).findFirst().orElseThrow();
        assertEquals("Z-DS-SF-MIS-ND", drawn.code().value());
        assertEquals(site.code(), drawn.node());
        assertEquals(SlaTier.NEXT_DAY, drawn.slaTier());
        Coordinate[] ring = drawn.area().getCoordinates();
        assertEquals(5, ring.length, "four corners and the closing one");
        // the robot moves by whole pixels: allow two of them
        double pixel = 360 / (256 * Math.pow(2, zoom));
        for (int i = 0; i < 4; i++) {
            assertEquals(expected.get(i).lon(), ring[i].x, 2 * pixel);
            assertEquals(expected.get(i).lat(), ring[i].y, 2 * pixel);
        }
        assertEquals(zoom, window.map().viewport().zoom(), 1e-9, "the double-click finished; it did not zoom");
        assertEquals(
                ZonesLayer.Mode.EDIT,
                window.module(ZonesModule.class).editor().layer().modeProperty().get());
        assertEquals(
                drawn,
                window.module(ZonesModule.class)
                        .editor()
                        .layer()
                        .selectedProperty()
                        .get());
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void aSelfIntersectingPolygonIsRefusedAndNothingIsWritten() throws Exception {
        List<DeliveryZone> before = zones();
        int undoable = window.history().undoCount();
        robot.clickOn("#zones-draw");
        Point2D c = mapCentreOnScreen();
        // a bow tie: the second edge crosses the fourth
        for (Point2D p : List.of(c.add(-70, -70), c.add(70, 70), c.add(70, -70), c.add(-70, 70))) {
            robot.moveTo(p).clickOn(javafx.scene.input.MouseButton.PRIMARY);
        }
        robot.type(KeyCode.ENTER);
        settle();

        String message = window.module(ZonesModule.class).editor().message();
        assertTrue(message.contains("Refused") && message.contains("Self-intersection"), message);
        assertTrue(robot.lookup("#zones-message").queryAs(Label.class).isVisible());
        assertEquals(before, zones(), "the database is unchanged");
        assertEquals(undoable, window.history().undoCount(), "nothing to undo was recorded");
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void undoAndRedoPutBackExactlyTheZonesThatWereThere() throws Exception {
        List<DeliveryZone> generated = zones();
        // a corner dragged with the mouse
        DeliveryZone zone = window.module(ZonesModule.class)
                .editor()
                .layer()
                .zone("Z-DS-SF-MIS-ND")
                .orElseThrow();
        robot.clickOn("#zones-edit");
        robot.interact(() -> window.module(ZonesModule.class)
                .editor()
                .layer()
                .selectedProperty()
                .set(zone));
        Coordinate corner = zone.area().getCoordinates()[1];
        Point2D from = onScreen(new GeoPoint(corner.y, corner.x));
        robot.drag(from, javafx.scene.input.MouseButton.PRIMARY)
                .moveTo(from.add(40, 30))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !zones().equals(generated));
        settle();
        List<DeliveryZone> moved = zones();
        DeliveryZone reshaped = moved.stream()
                .filter(z -> z.code().equals(zone.code()))
                .findFirst()
                .orElseThrow();
        assertNotEquals(zone.area(), reshaped.area());
        assertEquals(zone.area().getNumPoints(), reshaped.area().getNumPoints(), "a corner moved, none added");

        // the zone deleted with the panel's button
        robot.interact(() -> window.module(ZonesModule.class)
                .editor()
                .layer()
                .selectedProperty()
                .set(reshaped));
        robot.clickOn("#zones-delete");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> zones().size() == moved.size() - 1);
        settle();
        List<DeliveryZone> deleted = zones();

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        awaitZones(moved);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        awaitZones(generated);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        awaitZones(moved);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        awaitZones(deleted);
        assertEquals(deleted, window.module(ZonesModule.class).editor().layer().zones());
    }

    @Test
    @org.junit.jupiter.api.Order(5)
    void zonesExportedToGeoJsonComeBackExactlyWhenImported() throws Exception {
        Path file = dir.resolve("round-trip.geojson");
        List<DeliveryZone> exported = zones();
        robot.interact(() -> window.module(ZonesModule.class).editor().exportGeoJson(file));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> Files.exists(file) && window.work().running().isEmpty());

        JsonNode features = new ObjectMapper().readTree(file.toFile()).get("features");
        assertEquals(exported.size(), features.size());
        for (int i = 0; i < exported.size(); i++) {
            JsonNode properties = features.get(i).get("properties");
            assertEquals(exported.get(i).node().value(), properties.get("node").asText());
            assertEquals(
                    exported.get(i).slaTier().name(), properties.get("sla_tier").asText());
        }

        // change the zones, then import the file: the exported zones are back, exactly
        ZoneGenerator.Settings sameDayOnly =
                new ZoneGenerator.Settings(EnumSet.of(SlaTier.SAME_DAY), 15, Map.of(SlaTier.SAME_DAY, 0.2));
        robot.interact(() -> window.module(ZonesModule.class).editor().generate(sameDayOnly));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !zones().equals(exported));
        settle();
        List<DeliveryZone> regenerated = zones();
        robot.interact(() -> window.module(ZonesModule.class).editor().importGeoJson(file));
        awaitZones(exported);
        // the import is one edit too
        robot.interact(() -> window.undo());
        awaitZones(regenerated);
    }

    // ---- helpers ----

    private static Database db() {
        return Windows.database(window).orElseThrow();
    }

    private static List<DeliveryZone> zones() {
        return new JooqZoneRepository(db()).findAll(BASE);
    }

    private void awaitZones(List<DeliveryZone> expected) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> zones().equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(expected, zones());
        }
        settle();
        assertEquals(expected, window.module(ZonesModule.class).editor().layer().zones());
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.work().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showAt(GeoPoint where, double zoom) throws Exception {
        robot.interact(() -> window.map().show(where, zoom));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.mapComplete());
        settle();
    }

    private Point2D mapCentreOnScreen() {
        var map = window.map();
        return map.localToScreen(map.getWidth() / 2, map.getHeight() / 2);
    }

    private Point2D onScreen(GeoPoint point) {
        ZonesLayer layer = window.module(ZonesModule.class).editor().layer();
        return layer.localToScreen(layer.screenPosition(point));
    }

    private GeoPoint geoAt(Point2D screen) {
        ZonesLayer layer = window.module(ZonesModule.class).editor().layer();
        Point2D local = layer.screenToLocal(screen);
        return window.map().viewport().toGeo(local.getX(), local.getY());
    }
}
