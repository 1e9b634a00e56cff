package dev.microtower.presentation.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one map layer looked in a saved view: whether it was shown, the state of each switch of its
 * legend (a site type, a temperature chain) by the legend line's label, and the layer's own
 * settings in words (what a heatmap measures, for which SKUs). Layers are named by their title in
 * the layers panel, so a view saved in one database applies in another.
 */
public record LayerState(String layer, boolean shown, Map<String, Boolean> switches, Map<String, String> settings) {
    public LayerState {
        Objects.requireNonNull(layer, "layer");
        switches = Collections.unmodifiableMap(new LinkedHashMap<>(switches == null ? Map.of() : switches));
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings == null ? Map.of() : settings));
    }

    /** A layer without settings of its own. */
    public LayerState(String layer, boolean shown, Map<String, Boolean> switches) {
        this(layer, shown, switches, Map.of());
    }
}
