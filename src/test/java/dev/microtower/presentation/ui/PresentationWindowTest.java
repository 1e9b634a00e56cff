package dev.microtower.presentation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.ScenarioId;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import dev.microtower.presentation.domain.LayerState;
import dev.microtower.presentation.domain.StoryView;
import dev.microtower.presentation.domain.Storyboard;
import dev.microtower.presentation.export.Shot;
import dev.microtower.presentation.export.StoryboardPdf;
import dev.microtower.presentation.store.StoryboardRepository;
import dev.microtower.shell.LayoutSettings;
import dev.microtower.shell.MainWindow;
import dev.microtower.store.Database;
import dev.microtower.testing.SyntheticNetwork;
import dev.microtower.testing.Windows;
import dev.microtower.ui.map.MapOverlay;
import dev.microtower.ui.map.Viewport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode in the real window: F5 in, Esc out, the keys of a clicker through a storyboard, its PDF. */
class PresentationWindowTest {
    private static final List<Node> NODES = SyntheticNetwork.nodes(40, 7);
    private static final List<Sku> SKUS = SyntheticNetwork.skus(4);

    @TempDir
    Path dir;

    private MainWindow window;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void open() throws Exception {
        Path file = dir.resolve("present");
        try (Database db = Database.open(file)) {
            SyntheticNetwork.writeTo(db, NODES, SKUS, SyntheticNetwork.stock(NODES.subList(0, 5), SKUS));
        }
        stage = FxToolkit.registerPrimaryStage();
        window = Windows.open(stage, file, 1280, 800);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.mapComplete());
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> module().leave());
        Windows.close(robot, stage, window);
        Files.deleteIfExists(LayoutSettings.defaultFile());
    }

    private PresentationModule module() {
        return window.module(PresentationModule.class);
    }

    private BorderPane root() {
        return (BorderPane) window.root();
    }

    private void press(KeyCode key) {
        robot.interact(() -> {});
        robot.type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f5ShowsOnlyTheMapWithTilesAndEscPutsEveryPartBack() throws Exception {
        BorderPane root = root();
        var top = root.getTop();
        var bottom = root.getBottom();
        var left = root.getLeft();
        var right = root.getRight();
        Viewport before = window.map().viewport();
        robot.clickOn(window.map());
        press(KeyCode.F5);

        assertTrue(module().presenting());
        assertNull(root.getTop(), "menus and toolbar hidden");
        assertNull(root.getBottom(), "status bar hidden");
        assertNull(root.getLeft(), "side panels hidden");
        assertNull(root.getRight(), "inspector hidden");
        assertTrue(robot.lookup("#presentation").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(
                30, TimeUnit.SECONDS, () -> !module().tileTitles().isEmpty());
        assertTrue(
                module().tileTitles().contains("Same-day coverage (orders)"),
                module().tileTitles().toString());
        try {
            WaitForAsyncUtils.waitFor(
                    5,
                    TimeUnit.SECONDS,
                    () -> window.map().getWidth() >= stage.getScene().getWidth() - 4
                            && window.map().getHeight()
                                    >= stage.getScene().getHeight() - 4); // the map fills the screen
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("map " + window.map().getWidth() + " x "
                    + window.map().getHeight() + " in " + stage.getScene().getWidth() + " x "
                    + stage.getScene().getHeight());
        }

        WaitForAsyncUtils.sleep(3500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(module().cursorHidden(), "the pointer hides after 3 s of stillness");
        robot.moveBy(5, 5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(module().cursorHidden(), "moving the mouse shows it again");

        press(KeyCode.ESCAPE);
        assertFalse(module().presenting());
        assertSame(top, root.getTop());
        assertSame(bottom, root.getBottom());
        assertSame(left, root.getLeft());
        assertSame(right, root.getRight());
        assertTrue(robot.lookup("#presentation").tryQuery().isEmpty());
        assertEquals(before.zoom(), window.map().viewport().zoom(), 1e-6, "the window's own view is kept");
    }

    /** Three views with different places, zooms and layers. */
    private Storyboard threeViews() {
        GeoPoint a = NODES.get(0).location(),
                b = NODES.get(10).location(),
                c = NODES.get(20).location();
        return new Storyboard(
                "Tour",
                List.of(
                        view("Sites only", a, 9, Map.of("Sites", true, "Delivery zones", false)),
                        view("Zones", b, 11, Map.of("Sites", false, "Delivery zones", true))
                                .withSelection(NODES.get(10).code().value()),
                        view("Both", c, 13.5, Map.of("Sites", true, "Delivery zones", true))
                                .withLayer(new LayerState(
                                        "Stock heatmap", true, Map.of(), Map.of("measure", "DAYS_OF_COVER")))));
    }

    private static StoryView view(String title, GeoPoint centre, double zoom, Map<String, Boolean> shown) {
        List<LayerState> layers = new java.util.ArrayList<>();
        layers.add(new LayerState("Base map", true, Map.of()));
        shown.forEach((layer, on) -> layers.add(new LayerState(layer, on, Map.of())));
        return new StoryView(
                title, "caption of " + title, ScenarioId.BASELINE, centre, zoom, layers, null, Presenter.DEFAULT_KPIS);
    }

    private void save(Storyboard board) throws Exception {
        window.session().orElseThrow().get(StoryboardRepository.class).save(board);
        robot.interact(() -> module().panel().reload(board.name()));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> module().panel().storyboard().isPresent());
    }

    private MapOverlay layer(String title) {
        return window.map().overlays().stream()
                .filter(o -> o.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private void assertShows(StoryView view) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Viewport v = window.map().viewport();
            return Math.abs(v.zoom() - view.zoom()) < 1e-6
                    && Math.abs(v.center().lat() - view.centre().lat()) < 1e-4
                    && Math.abs(v.center().lon() - view.centre().lon()) < 1e-4;
        });
        for (LayerState state : view.layers()) {
            assertEquals(
                    state.shown(), layer(state.layer()).shownProperty().get(), view.title() + ": " + state.layer());
        }
        assertEquals(
                view.title(), robot.lookup("#presentation-title").queryLabeled().getText());
    }

    @Test
    void theArrowKeysAndPageKeysStepThroughTheSavedViews() throws Exception {
        Storyboard board = threeViews();
        save(board);
        boolean zonesBefore = layer("Delivery zones").shownProperty().get();
        Viewport before = window.map().viewport();
        robot.clickOn(window.map());
        press(KeyCode.F5);
        assertTrue(module().presenting());
        assertShows(board.views().get(0));
        press(KeyCode.RIGHT);
        assertShows(board.views().get(1));
        press(KeyCode.PAGE_DOWN);
        assertShows(board.views().get(2));
        press(KeyCode.PAGE_DOWN); // the last view stays
        assertEquals(2, module().shownView());
        press(KeyCode.PAGE_UP);
        assertShows(board.views().get(1));
        press(KeyCode.LEFT);
        assertShows(board.views().get(0));

        press(KeyCode.ESCAPE);
        assertFalse(module().presenting());
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> Math.abs(window.map().viewport().zoom() - before.zoom()) < 1e-6);
        assertEquals(before.center().lat(), window.map().viewport().center().lat(), 1e-4);
        assertEquals(zonesBefore, layer("Delivery zones").shownProperty().get(), "the layers are put back");
    }

    @Test
    void theStoryboardPdfHasAPagePerViewWithTheKpiTitles() throws Exception {
        Storyboard board = threeViews();
        CompletableFuture<List<Shot>> shots = new CompletableFuture<>();
        robot.interact(() -> module().shots(board).whenComplete((s, f) -> {
            if (f != null) {
                shots.completeExceptionally(f);
            } else {
                shots.complete(s);
            }
        }));
        List<Shot> taken = shots.get(90, TimeUnit.SECONDS);
        assertEquals(3, taken.size());
        assertFalse(module().presenting(), "the export leaves presentation mode");
        Path pdf = dir.resolve("out/tour.pdf");
        StoryboardPdf.write(board.name(), taken, pdf);
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertEquals(3, read.getNumberOfPages());
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= 3; page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String words = text.getText(read);
                assertTrue(words.contains(board.views().get(page - 1).title()), words);
                assertTrue(words.contains("Same-day coverage (orders)"), words);
                assertTrue(words.contains("Open storage capacity"), words);
                assertTrue(words.contains("Map data:"), words);
            }
        }
        assertNotNull(taken.get(0).screen());
    }
}
