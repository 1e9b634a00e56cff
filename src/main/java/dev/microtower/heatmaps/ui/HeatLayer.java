package dev.microtower.heatmaps.ui;

import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.ui.map.CanvasLayer;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.Viewport;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.canvas.GraphicsContext;

/**
 * What both heatmaps share: a canvas layer below the sites, hidden until switched on, a choice
 * of SKU, category or the whole assortment, and a line that says what is shown or what is being
 * computed. Subclasses paint; controllers in {@code heatmaps.ui} feed them data.
 */
public abstract class HeatLayer extends CanvasLayer {
    private final ObjectProperty<AssortmentFilter> filter =
            new SimpleObjectProperty<>(this, "filter", AssortmentFilter.ALL);
    private final ObservableList<AssortmentFilter> choices = FXCollections.observableArrayList(AssortmentFilter.ALL);
    private final StringProperty status = new SimpleStringProperty(this, "status", "Switch on to compute.");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);

    protected HeatLayer() {
        super(false);
        // heat is background: clicks go to the sites and the map
        setMouseTransparent(true);
    }

    @Override
    public List<LegendEntry> legend() {
        return List.of(); // the legend depends on the settings: it is part of the controls
    }

    /** The filter as a saved view keeps it: kind and value ("CATEGORY:Dairy"). */
    protected Map<String, String> filterSetting() {
        AssortmentFilter f = filter.get();
        return Map.of("filter", f.kind().name() + ":" + f.value());
    }

    /** Puts back a filter {@link #filterSetting()} gave, if the assortment still has it; else the whole assortment. */
    protected void applyFilterSetting(Map<String, String> settings) {
        String saved = settings.get("filter");
        if (saved == null) {
            return;
        }
        filter.set(choices.stream()
                .filter(f -> (f.kind().name() + ":" + f.value()).equals(saved))
                .findFirst()
                .orElse(AssortmentFilter.ALL));
    }

    /** The part of the assortment shown. */
    public ObjectProperty<AssortmentFilter> filterProperty() {
        return filter;
    }

    /** What the filter selector offers: the whole assortment, each category, each SKU. */
    public ObservableList<AssortmentFilter> choices() {
        return choices;
    }

    /** Offers these choices; a filter no longer among them falls back to the whole assortment. */
    public void offer(List<AssortmentFilter> offered) {
        if (!offered.contains(filter.get())) {
            filter.set(AssortmentFilter.ALL);
        }
        choices.setAll(offered);
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

    /** Paints one frame; canvas pixel = screen pixel + {@link #margin()}. */
    @Override
    protected abstract void paint(GraphicsContext g, Viewport v);
}
