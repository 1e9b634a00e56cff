package dev.microtower.heatmaps.ui;

import com.gluonhq.maps.MapLayer;
import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.MapOverlay;
import dev.microtower.ui.map.PaddedCanvas;
import dev.microtower.ui.map.Viewport;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * What both heatmaps share: one margin-padded canvas below the sites, hidden until switched on,
 * a choice of SKU, category or the whole assortment, and a line that says what is shown or what
 * is being computed. Subclasses paint; controllers in {@code heatmaps.ui} feed them data.
 */
public abstract class HeatLayer extends MapLayer implements MapOverlay {
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final ObjectProperty<AssortmentFilter> filter =
            new SimpleObjectProperty<>(this, "filter", AssortmentFilter.ALL);
    private final ObservableList<AssortmentFilter> choices = FXCollections.observableArrayList(AssortmentFilter.ALL);
    private final StringProperty status = new SimpleStringProperty(this, "status", "Switch on to compute.");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final PaddedCanvas canvas = new PaddedCanvas();
    private Viewport current = Viewport.EMPTY;

    protected HeatLayer() {
        getChildren().add(canvas.frame());
        // heat is background: clicks go to the sites and the map
        setMouseTransparent(true);
    }

    @Override
    public BooleanProperty shownProperty() {
        return shown;
    }

    @Override
    public List<LegendEntry> legend() {
        return List.of(); // the legend depends on the settings: it is part of the controls
    }

    /** The part of the assortment shown. */
    public ObjectProperty<AssortmentFilter> filterProperty() {
        return filter;
    }

    /** What the filter selector offers: the whole assortment, each category, each SKU. */
    public ObservableList<AssortmentFilter> choices() {
        return choices;
    }

    /** What is shown, or what is being computed, in words. */
    public StringProperty statusProperty() {
        return status;
    }

    /** Whether what the layer shows is being computed; the controller that feeds the layer sets it. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    @Override
    public boolean busy() {
        return busy.get();
    }

    /** The viewport of the frame shown last. */
    public Viewport viewport() {
        return current;
    }

    @Override
    protected void initialize() {
        baseMap.translateXProperty().addListener(o -> markDirty());
        baseMap.translateYProperty().addListener(o -> markDirty());
        baseMap.zoom().addListener(o -> markDirty());
        visibleProperty().addListener(o -> contentChanged());
    }

    /** Subclasses call this when what they draw changed. */
    protected final void contentChanged() {
        canvas.contentChanged();
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        current = getParent() instanceof Region view ? Viewport.of(baseMap, view) : Viewport.EMPTY;
        viewportChanged(current);
        if (!current.isEmpty() && isVisible()) {
            canvas.follow(current, v -> paint(canvas.canvas().getGraphicsContext2D(), v));
        }
    }

    /** Called on every layout with the new viewport, shown or not. */
    protected void viewportChanged(Viewport v) {}

    /** Paints one frame; canvas pixel = screen pixel + {@link #margin()}. */
    protected abstract void paint(GraphicsContext g, Viewport v);

    protected static double margin() {
        return PaddedCanvas.MARGIN_PX;
    }
}
