package dev.microtower.map;

import com.gluonhq.maps.MapLayer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A map layer that draws everything it shows on one {@link Canvas}: thousands of features cost
 * one node in the scene graph, and a frame is redrawn only when the viewport or the data changed.
 */
public abstract class CanvasLayer extends MapLayer {
    protected final Canvas canvas = new Canvas();
    private Viewport drawn = Viewport.EMPTY;
    private Viewport current = Viewport.EMPTY;
    private boolean contentChanged = true;

    protected CanvasLayer() {
        getChildren().add(canvas);
    }

    @Override
    protected void initialize() {
        // the base map moves by translation while dragging and by zoom while scrolling
        baseMap.translateXProperty().addListener(o -> markDirty());
        baseMap.translateYProperty().addListener(o -> markDirty());
        baseMap.zoom().addListener(o -> markDirty());
        visibleProperty().addListener(o -> contentChanged());
    }

    /** Subclasses call this when their data, style or selection changed. */
    protected final void contentChanged() {
        contentChanged = true;
        markDirty();
    }

    /** The viewport of the frame drawn last. */
    public final Viewport viewport() {
        return current;
    }

    @Override
    protected final void layoutLayer() {
        current = computeViewport();
        if (current.isEmpty() || !isVisible()) {
            return;
        }
        if (canvas.getWidth() != current.width() || canvas.getHeight() != current.height()) {
            canvas.setWidth(current.width());
            canvas.setHeight(current.height());
            contentChanged = true;
        }
        if (contentChanged || !current.equals(drawn)) {
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, current.width(), current.height());
            draw(g, current);
            drawn = current;
            contentChanged = false;
        }
    }

    private Viewport computeViewport() {
        return getParent() instanceof Region view ? Viewport.of(baseMap, view) : Viewport.EMPTY;
    }

    /** Draws one frame on a cleared canvas. Runs on the FX thread: keep it allocation-light. */
    protected abstract void draw(GraphicsContext g, Viewport viewport);
}
