package dev.microtower.map.layers;

import dev.microtower.map.Viewport;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * A layer's one canvas, painted {@link #MARGIN_PX} past each edge of the view inside a clipped
 * frame: a pan shorter than the margin only moves the picture painted last, anything else (zoom,
 * resize, new content) paints it again. Moving the canvas inside the frame keeps the layer's
 * bounds unchanged, so the map is not laid out again on every mouse move.
 */
final class PaddedCanvas {
    /** The picture reaches this far past each edge of the view, so short pans need no repaint. */
    static final int MARGIN_PX = 32;

    private final Canvas canvas = new Canvas();
    private final Pane frame = new Pane(canvas);
    private final Rectangle frameClip = new Rectangle();
    private Viewport drawn = Viewport.EMPTY;
    private boolean contentChanged = true;
    private int repaints;

    PaddedCanvas() {
        canvas.setManaged(false);
        frame.setManaged(false);
        frame.setClip(frameClip);
    }

    /** The node to add to the layer. */
    Pane frame() {
        return frame;
    }

    Canvas canvas() {
        return canvas;
    }

    /** The next {@link #follow} paints again, even when the view did not move. */
    void contentChanged() {
        contentChanged = true;
    }

    /** How many times the picture was painted again (not just moved). */
    int repaints() {
        return repaints;
    }

    /**
     * Brings the picture up to date with {@code current}. {@code paint} receives the viewport and
     * draws in canvas pixels, which are view pixels shifted by the margin.
     */
    void follow(Viewport current, Consumer<Viewport> paint) {
        int w = (int) Math.ceil(current.width()) + 2 * MARGIN_PX;
        int h = (int) Math.ceil(current.height()) + 2 * MARGIN_PX;
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            frame.resize(current.width(), current.height());
            frameClip.setWidth(current.width());
            frameClip.setHeight(current.height());
            canvas.setWidth(w);
            canvas.setHeight(h);
            contentChanged = true;
        }
        double dx = current.originX() - drawn.originX(), dy = current.originY() - drawn.originY();
        // a pan within the margin only moves the picture painted last
        boolean moveOnly = !contentChanged
                && current.zoom() == drawn.zoom()
                && current.width() == drawn.width()
                && current.height() == drawn.height()
                && Math.abs(dx) <= MARGIN_PX - 1
                && Math.abs(dy) <= MARGIN_PX - 1;
        if (!moveOnly) {
            repaints++;
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            paint.accept(current);
            drawn = current;
            contentChanged = false;
            dx = 0;
            dy = 0;
        }
        double x = Math.round(dx) - MARGIN_PX, y = Math.round(dy) - MARGIN_PX;
        if (canvas.getLayoutX() != x || canvas.getLayoutY() != y) {
            canvas.relocate(x, y);
        }
    }
}
