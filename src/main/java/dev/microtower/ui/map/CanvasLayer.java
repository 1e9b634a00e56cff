package dev.microtower.ui.map;

import com.gluonhq.maps.MapLayer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The shared base of the map's overlays (house style, habit 8): one {@link PaddedCanvas}, a switch
 * for the layers panel, and the follow-the-view wiring every overlay needs. The base map's pan and
 * zoom ask for a layout pass; each pass takes the {@link #viewport() viewport} and, while the layer
 * is shown, brings the canvas up to date with it, painting only when the view moved past the
 * margin or the layer called {@link #contentChanged()}. A subclass holds immutable render data,
 * calls {@link #contentChanged()} when it replaces them, and paints in {@link #paint}.
 */
public abstract class CanvasLayer extends MapLayer implements MapOverlay {
    private final BooleanProperty shown;
    private final PaddedCanvas canvas;
    private Viewport current = Viewport.EMPTY;
    private long layoutNanos;

    /** A layer on a canvas reaching {@link PaddedCanvas#MARGIN_PX} past the view. */
    protected CanvasLayer(boolean shownAtStart) {
        this(shownAtStart, PaddedCanvas.MARGIN_PX);
    }

    /** A layer on a canvas reaching {@code margin} past the view; 0 for one the size of the view. */
    protected CanvasLayer(boolean shownAtStart, int margin) {
        this(shownAtStart, new PaddedCanvas(margin));
    }

    /**
     * A layer whose picture is too dear to paint on every frame of a gesture: the last one is moved
     * and scaled meanwhile and painted again {@code settleAfter} after the view stopped.
     */
    protected CanvasLayer(boolean shownAtStart, int margin, Duration settleAfter) {
        shown = new SimpleBooleanProperty(this, "shown", shownAtStart);
        canvas = PaddedCanvas.deferred(margin, settleAfter, this::markDirty);
        getChildren().add(canvas.frame());
    }

    private CanvasLayer(boolean shownAtStart, PaddedCanvas canvas) {
        shown = new SimpleBooleanProperty(this, "shown", shownAtStart);
        this.canvas = canvas;
        getChildren().add(canvas.frame());
    }

    @Override
    public final BooleanProperty shownProperty() {
        return shown;
    }

    @Override
    protected final void initialize() {
        // the base map moves by translation while dragging and by zoom while scrolling
        baseMap.translateXProperty().addListener(o -> markDirty());
        baseMap.translateYProperty().addListener(o -> markDirty());
        baseMap.zoom().addListener(o -> markDirty());
        // what changed while the layer was hidden is painted when it is shown again
        visibleProperty().addListener(o -> contentChanged());
    }

    /** What the layer draws changed: the next pulse paints it again. FX thread. */
    protected void contentChanged() {
        canvas.contentChanged();
        markDirty();
    }

    @Override
    protected final void layoutLayer() {
        long start = System.nanoTime();
        try {
            current = getParent() instanceof Region view ? Viewport.of(baseMap, view) : Viewport.EMPTY;
            follow(current);
        } finally {
            layoutNanos += System.nanoTime() - start;
        }
    }

    /**
     * Brings the picture up to date with the view, on every layout pass, shown or not: by default
     * the canvas follows the view while the layer is shown and has a size. A layer that places its
     * picture itself (stretching it during a zoom, say) overrides this.
     */
    protected void follow(Viewport v) {
        if (!v.isEmpty() && isVisible()) {
            canvas.follow(v, now -> paint(canvas.canvas().getGraphicsContext2D(), now));
        }
    }

    /**
     * Paints the whole picture on a cleared canvas; canvas pixel = view pixel + {@link #margin()}.
     * Nothing by default, for a layer that paints from its own {@link #follow}.
     */
    protected void paint(GraphicsContext g, Viewport v) {}

    /** The viewport of the last layout pass; empty before the layer is on a map. */
    public final Viewport viewport() {
        return current;
    }

    /** The layer's one canvas and its frame. */
    protected final PaddedCanvas canvas() {
        return canvas;
    }

    /** How far the canvas reaches past each edge of the view, in pixels. */
    protected final int margin() {
        return canvas.margin();
    }

    /** Time spent in this layer's layout and painting since it was made, for the benchmarks. */
    public final long layoutNanos() {
        return layoutNanos;
    }
}
