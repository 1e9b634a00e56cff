package dev.microtower.ui.map;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;

/**
 * One line of an overlay's legend: a symbol drawn as the map draws it, a label, and optionally a
 * switch that shows or hides just this kind of feature (e.g. one site type).
 *
 * @param symbol makes a fresh node each call, because a JavaFX node has only one parent
 * @param shown {@code null} when the entry cannot be switched on its own
 */
public record LegendEntry(String label, Supplier<javafx.scene.Node> symbol, BooleanProperty shown) {
    public static LegendEntry of(String label, Supplier<javafx.scene.Node> symbol) {
        return new LegendEntry(label, symbol, null);
    }
}
