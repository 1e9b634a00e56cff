package dev.microtower.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.WebMercator;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The base of the map's overlays on a real map in a real window: what makes a layer paint again
 * (a zoom, a long pan, new content, being shown after a change while hidden) and what does not (a
 * short pan, a layout pass with nothing moved), and that an overlay's canvas frame lets a click
 * on it through to the overlay below when its canvas does not take the mouse.
 */
class CanvasLayerTest {
    private static final GeoPoint BAY = new GeoPoint(37.62, -122.15);
    private static final double ZOOM = 10;

    private final FxRobot robot = new FxRobot();
    private Stage stage;
    private MapPane map;

    /** A layer that paints one disc at the bay and counts its paints and the clicks it takes. */
    private static final class Probe extends CanvasLayer {
        final List<Viewport> painted = new ArrayList<>();
        int clicks;

        Probe(int margin) {
            super(true, margin);
            canvas().canvas().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> clicks++);
        }

        @Override
        public String title() {
            return "Probe";
        }

        @Override
        public List<LegendEntry> legend() {
            return List.of();
        }

        void changeContent() {
            contentChanged();
        }

        /** A layout pass that is not asked for by a change of content or view. */
        void layoutAgain() {
            markDirty();
        }

        @Override
        protected void paint(GraphicsContext g, Viewport v) {
            painted.add(v);
            g.setFill(Color.RED);
            double x = v.screenX(WebMercator.worldX(BAY.lon())) + margin();
            double y = v.screenY(WebMercator.worldY(BAY.lat())) + margin();
            g.fillOval(x - 5, y - 5, 10, 10);
        }
    }

    @BeforeEach
    void open() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        map = FxToolkit.setupFixture(() -> {
            MapPane pane = new MapPane();
            stage.setScene(new Scene(pane, 800, 600));
            stage.show();
            pane.show(BAY, ZOOM);
            return pane;
        });
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> stage.hide());
    }

    private Probe add(MapDepth depth, int margin) throws Exception {
        Probe layer = FxToolkit.setupFixture(() -> {
            Probe p = new Probe(margin);
            map.addOverlay(depth, p);
            return p;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return layer;
    }

    private void fx(Runnable action) throws Exception {
        FxToolkit.setupFixture(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves the view by about {@code px} screen pixels east. */
    private void panBy(double px) throws Exception {
        double degreesPerPixel = 360 / (WebMercator.TILE_SIZE * Math.pow(2, ZOOM));
        fx(() -> map.mapView().setCenter(BAY.lat(), BAY.lon() + px * degreesPerPixel));
    }

    @Test
    void aShortPanMovesThePicturePaintedLastAndALongPanOrAZoomPaintsAgain() throws Exception {
        Probe layer = add(MapDepth.SITES, PaddedCanvas.MARGIN_PX);
        int first = layer.painted.size();
        assertTrue(first >= 1, "painted once shown on the map");
        assertEquals(layer.viewport(), layer.painted.get(first - 1), "painted for the view of the last layout");

        panBy(10);
        assertEquals(first, layer.painted.size(), "a pan of 10 px within the 32 px margin only moves the canvas");
        assertFalse(layer.viewport().equals(layer.painted.get(first - 1)), "the view did move");

        panBy(200);
        assertEquals(first + 1, layer.painted.size(), "a pan past the margin paints again");

        fx(() -> map.zoomAt(1, 400, 300));
        assertEquals(first + 2, layer.painted.size(), "a zoom paints again");
        assertEquals(ZOOM + 1, layer.painted.get(first + 1).zoom(), 1e-9);
    }

    @Test
    void whatChangedWhileHiddenIsPaintedWhenShownAgain() throws Exception {
        Probe layer = add(MapDepth.SITES, PaddedCanvas.MARGIN_PX);
        fx(() -> layer.shownProperty().set(false));
        int before = layer.painted.size();

        fx(layer::changeContent);
        panBy(300);
        assertEquals(before, layer.painted.size(), "a hidden layer does not paint");

        fx(() -> layer.shownProperty().set(true));
        assertEquals(before + 1, layer.painted.size(), "shown again: painted once, for the view now");
        assertEquals(layer.viewport(), layer.painted.get(before));

        fx(layer::changeContent);
        assertEquals(before + 2, layer.painted.size(), "new content paints again without the view moving");
    }

    @Test
    void aViewSizedLayerPaintsAgainOnlyWhenTheViewOrItsContentChanged() throws Exception {
        Probe layer = add(MapDepth.AREAS, 0);
        int first = layer.painted.size();
        assertEquals(800, layer.canvas().canvas().getWidth(), "the size of the view, no margin");

        fx(layer::layoutAgain);
        fx(layer::layoutAgain);
        assertEquals(first, layer.painted.size(), "a layout pass with nothing moved paints nothing");

        panBy(3);
        assertEquals(first + 1, layer.painted.size(), "without a margin every pan paints again");
    }

    @Test
    void aClickOnAnOverlayWhoseCanvasTakesNoMouseReachesTheOverlayBelow() throws Exception {
        Probe below = add(MapDepth.SITES, PaddedCanvas.MARGIN_PX);
        Probe above = add(MapDepth.TOOLS, 0);
        fx(() -> above.canvas().canvas().setMouseTransparent(true));

        Point2D centre = FxToolkit.setupFixture(() -> map.localToScreen(400, 300));
        robot.moveTo(centre).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, below.clicks, "the click went through the frame above to the canvas below");
        assertEquals(0, above.clicks);
    }
}
