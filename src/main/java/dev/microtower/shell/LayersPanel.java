package dev.microtower.shell;

import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.MapOverlay;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The left panel: one switch and one legend per map overlay, in drawing order. */
final class LayersPanel extends VBox {
    private final ObservableList<MapOverlay> overlays;

    LayersPanel(ObservableList<MapOverlay> overlays) {
        this.overlays = overlays;
        getStyleClass().add("layers-panel");
        setSpacing(4);
        setPadding(new Insets(10));
        overlays.addListener((ListChangeListener<MapOverlay>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        Label title = new Label("Layers");
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        // the overlay drawn on top is listed first, as in drawing programs
        for (int i = overlays.size() - 1; i >= 0; i--) {
            MapOverlay overlay = overlays.get(i);
            CheckBox shown = new CheckBox(overlay.title());
            shown.setId(id(overlay));
            shown.getStyleClass().add("layer-switch");
            shown.selectedProperty().bindBidirectional(overlay.shownProperty());
            VBox legend = new VBox(2);
            legend.setPadding(new Insets(2, 0, 8, 22));
            legend.disableProperty().bind(overlay.shownProperty().not());
            for (LegendEntry entry : overlay.legend()) {
                legend.getChildren().add(legendLine(entry));
            }
            getChildren().addAll(shown, legend);
            Supplier<Node> settings = overlay.controls();
            if (settings != null) {
                javafx.scene.Node controls = settings.get();
                VBox.setMargin(controls, new Insets(0, 0, 8, 22));
                // the settings of a hidden overlay fold away, so the panel stays short
                controls.visibleProperty().bind(overlay.shownProperty());
                controls.managedProperty().bind(overlay.shownProperty());
                getChildren().add(controls);
            }
        }
    }

    /** The id of an overlay's switch: "layer-" and the title in lower case with dashes. */
    static String id(MapOverlay overlay) {
        return "layer-" + overlay.title().toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private static HBox legendLine(LegendEntry entry) {
        HBox line = new HBox(6);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("legend-line");
        if (entry.shown() != null) {
            CheckBox box = new CheckBox();
            box.selectedProperty().bindBidirectional(entry.shown());
            line.getChildren().add(box);
        }
        // long legend lines wrap in a narrow panel instead of ending in "..."
        Label text = new Label(entry.label());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        line.getChildren().addAll(entry.symbol().get(), text);
        return line;
    }
}
