package dev.microtower.ui.map;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * A layer's one canvas, painted {@link #margin()} pixels past each edge of the view inside a
 * clipped frame: a pan shorter than the margin only moves the picture painted last, anything else
 * (zoom, resize, new content) paints it again. Moving the canvas inside the frame keeps the layer's
 * bounds unchanged, so the map is not laid out again on every mouse move.
 *
 * <p>A deferred canvas ({@link #deferred}) is for pictures too dear to paint on every frame: while
 * the user pans or zooms it moves and scales the picture painted last, and paints again once the
 * view has been still for a moment, as web maps do with their canvas overlays.
 */
public final class PaddedCanvas {
    /** The picture reaches this far past each edge of the view, so short pans need no repaint. */
    public static final int MARGIN_PX = 32;

    private final Canvas canvas = new Canvas();
    private final Pane frame = new Pane(canvas);
    private final Rectangle frameClip = new Rectangle();
    private final int margin;
    private final PauseTransition settle;
    private final javafx.scene.transform.Affine shown = new javafx.scene.transform.Affine();
    private Viewport drawn = Viewport.EMPTY;
    private boolean contentChanged = true;
    private int repaints;

    public PaddedCanvas() {
        this(MARGIN_PX);
    }

    /**
     * A canvas reaching {@code margin} pixels past each edge of the view; 0 gives a canvas the size
     * of the view, painted again whenever the view moves (for layers whose mouse handlers read view
     * coordinates off the canvas).
     */
    public PaddedCanvas(int margin) {
        this(margin, null, null);
    }

    private PaddedCanvas(int margin, Duration settleAfter, Runnable whenSettled) {
        this.margin = margin;
        canvas.setManaged(false);
        frame.setManaged(false);
        frame.setClip(frameClip);
        // only the canvas takes the mouse, never the frame's empty bounds: overlays below get the click
        frame.setPickOnBounds(false);
        canvas.getTransforms().add(shown);
        if (settleAfter == null) {
            settle = null;
        } else {
            settle = new PauseTransition(settleAfter);
            settle.setOnFinished(e -> {
                contentChanged = true;
                whenSettled.run();
            });
        }
    }

    /**
     * A canvas that, while the view moves, transforms its last picture and paints again {@code
     * settleAfter} after the last move; {@code whenSettled} asks the layer for a layout pass.
     */
    public static PaddedCanvas deferred(int margin, Duration settleAfter, Runnable whenSettled) {
        return new PaddedCanvas(margin, settleAfter, whenSettled);
    }

    /** How far the picture reaches past each edge of the view, in pixels. */
    public int margin() {
        return margin;
    }

    /** The node to add to the layer. */
    public Pane frame() {
        return frame;
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The next {@link #follow} paints again, even when the view did not move. */
    public void contentChanged() {
        contentChanged = true;
    }

    /** How many times the picture was painted again (not just moved). */
    public int repaints() {
        return repaints;
    }

    /**
     * Brings the picture up to date with {@code current}. {@code paint} receives the viewport and
     * draws in canvas pixels, which are view pixels shifted by the margin.
     */
    public void follow(Viewport current, Consumer<Viewport> paint) {
        if (fit(current)) {
            contentChanged = true;
        }
        double dx = current.originX() - drawn.originX(), dy = current.originY() - drawn.originY();
        boolean sameFrame = current.width() == drawn.width() && current.height() == drawn.height();
        // a pan within the margin only moves the picture painted last
        boolean moveOnly = !contentChanged
                && sameFrame
                && current.zoom() == drawn.zoom()
                && (dx == 0 && dy == 0 || Math.abs(dx) <= margin - 1 && Math.abs(dy) <= margin - 1);
        if (!moveOnly && !contentChanged && sameFrame && settle != null) {
            // the view is moving: show the last picture where it belongs, paint once it is still
            double s = Math.pow(2, current.zoom() - drawn.zoom());
            shown.setToTransform(
                    s,
                    0,
                    current.originX() - s * (drawn.originX() + margin),
                    0,
                    s,
                    current.originY() - s * (drawn.originY() + margin));
            if (canvas.getLayoutX() != 0 || canvas.getLayoutY() != 0) {
                canvas.relocate(0, 0);
            }
            settle.playFromStart();
            return;
        }
        if (!moveOnly) {
            repaints++;
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            paint.accept(current);
            drawn = current;
            contentChanged = false;
            dx = 0;
            dy = 0;
        }
        if (!shown.isIdentity()) {
            shown.setToIdentity();
        }
        double x = Math.round(dx) - margin, y = Math.round(dy) - margin;
        if (canvas.getLayoutX() != x || canvas.getLayoutY() != y) {
            canvas.relocate(x, y);
        }
    }

    /**
     * Sizes the frame to the view and the canvas to the view plus the margins; true if either size
     * changed, so what was painted no longer fits. For a layer that places the canvas itself.
     */
    public boolean fit(Viewport current) {
        int w = (int) Math.ceil(current.width()) + 2 * margin;
        int h = (int) Math.ceil(current.height()) + 2 * margin;
        if (canvas.getWidth() == w && canvas.getHeight() == h) {
            return false;
        }
        frame.resize(current.width(), current.height());
        frameClip.setWidth(current.width());
        frameClip.setHeight(current.height());
        canvas.setWidth(w);
        canvas.setHeight(h);
        return true;
    }
}
