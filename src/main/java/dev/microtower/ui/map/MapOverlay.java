package dev.microtower.ui.map;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;

/**
 * Something the layers panel lists: a title, a visibility switch and a legend. The base map and
 * every {@link com.gluonhq.maps.MapLayer} overlay (sites today; zones, heatmaps and flows later)
 * implement it, so a new overlay appears in the panel by being registered with the {@link
 * MapPane}, without the panel knowing its type.
 */
public interface MapOverlay {
    String title();

    BooleanProperty shownProperty();

    /** The symbols this overlay draws, in the order the panel lists them; may be empty. */
    List<LegendEntry> legend();

    /**
     * The legend a presentation or an export shows for this overlay: {@link #legend()} unless the
     * overlay keeps its legend among its {@link #controls()} (the heatmaps, whose legend follows
     * their measure) and gives it here as lines.
     */
    default List<LegendEntry> keyLegend() {
        return legend();
    }

    /**
     * The overlay's settings (what a heatmap measures, for which SKUs) as words, for a saved view
     * to keep and {@link #applySettings put back}; empty for an overlay without settings.
     */
    default Map<String, String> settings() {
        return Map.of();
    }

    /** Puts back settings {@link #settings()} gave; keys or values it does not know are left alone. */
    default void applySettings(Map<String, String> settings) {}

    /**
     * Settings the panel shows under the legend (e.g. what a heatmap measures), or {@code null}
     * for none. The supplier makes fresh nodes each call, because the panel may be rebuilt; keep
     * their state in the overlay's properties.
     */
    default Supplier<javafx.scene.Node> controls() {
        return null;
    }

    /**
     * Whether a click at this scene position lands on something of this overlay's (a site marker,
     * say), so that overlays above it let the click through.
     */
    default boolean takesClickAt(double sceneX, double sceneY) {
        return false;
    }

    /**
     * Whether what the overlay shows is drawn for the current view (no zoom gesture waiting for
     * its repaint); a test or a snapshot waits for it.
     */
    default boolean settled() {
        return true;
    }

    /** Whether the overlay is still computing what it shows; a snapshot waits until it is not. */
    default boolean busy() {
        return false;
    }
}
