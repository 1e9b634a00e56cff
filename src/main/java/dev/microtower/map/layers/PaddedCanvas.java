package dev.microtower.map.layers;

import dev.microtower.map.Viewport;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * One canvas that reaches {@link #MARGIN_PX} past each edge of the map, in a clipped frame: a pan
 * shorter than the margin only moves the picture painted last, anything else paints it again.
 * The same scheme {@link SitesLayer} uses, for layers that draw on one canvas.
 */
final class PaddedCanvas {
    /** How far the picture reaches past each edge of the view. */
    static final int MARGIN_PX = 32;

    /** Paints a frame on the cleared canvas; canvas pixel = screen pixel + {@link #MARGIN_PX}. */
    @FunctionalInterface
    interface Painter {
        void paint(GraphicsContext g, Viewport v);
    }

    private final Canvas canvas = new Canvas();
    // moving the canvas must not change the layer's bounds, or the whole map is laid out again
    private final Pane frame = new Pane(canvas);
    private final Rectangle clip = new Rectangle();
    private Viewport drawn = Viewport.EMPTY;
    private boolean changed = true;

    PaddedCanvas() {
        canvas.setManaged(false);
        frame.setManaged(false);
        frame.setClip(clip);
        frame.setMouseTransparent(true);
    }

    /** The node to add to the layer. */
    Pane frame() {
        return frame;
    }

    /** The next {@link #follow} paints again. */
    void contentChanged() {
        changed = true;
    }

    /** Shows {@code current}: moves the last picture for a short pan, else paints again. */
    void follow(Viewport current, Painter painter) {
        if (current.isEmpty()) {
            return;
        }
        int w = (int) Math.ceil(current.width()) + 2 * MARGIN_PX;
        int h = (int) Math.ceil(current.height()) + 2 * MARGIN_PX;
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            frame.resize(current.width(), current.height());
            clip.setWidth(current.width());
            clip.setHeight(current.height());
            canvas.setWidth(w);
            canvas.setHeight(h);
            changed = true;
        }
        double dx = current.originX() - drawn.originX(), dy = current.originY() - drawn.originY();
        boolean moveOnly = !changed
                && current.zoom() == drawn.zoom()
                && current.width() == drawn.width()
                && current.height() == drawn.height()
                && Math.abs(dx) <= MARGIN_PX - 1
                && Math.abs(dy) <= MARGIN_PX - 1;
        if (!moveOnly) {
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            painter.paint(g, current);
            drawn = current;
            changed = false;
            dx = 0;
            dy = 0;
        }
        double x = Math.round(dx) - MARGIN_PX, y = Math.round(dy) - MARGIN_PX;
        if (canvas.getLayoutX() != x || canvas.getLayoutY() != y) {
            canvas.relocate(x, y);
        }
    }
}
