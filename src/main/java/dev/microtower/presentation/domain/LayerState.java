package dev.microtower.presentation.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How one map layer looked in a saved view: whether it was shown and the state of each switch of
 * its legend (a site type, a temperature chain), by the legend line's label. Layers are named by
 * their title in the layers panel, so a view saved in one database applies in another.
 */
public record LayerState(String layer, boolean shown, Map<String, Boolean> switches) {
    public LayerState {
        Objects.requireNonNull(layer, "layer");
        switches = switches == null ? Map.of() : new LinkedHashMap<>(switches);
        switches = java.util.Collections.unmodifiableMap(switches);
    }
}
