package dev.microtower.shell;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bar under the menus: the name, then the features' items (search, Plan), then the drop hint on the right. */
final class WindowToolBar {
    private final ToolBar bar = new ToolBar();
    private final Region spacer = new Region();

    WindowToolBar() {
        Label brand = new Label("Microtower");
        brand.getStyleClass().add("brand");
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label("Drop CSV, XLSX or GeoJSON files here to import");
        hint.getStyleClass().add("hint");
        // the hint goes first when the window is narrow: the features' items matter more
        hint.setMinWidth(0);
        bar.getItems().addAll(brand, spacer, hint);
        bar.getStyleClass().add("main-toolbar");
        bar.setStyle("-fx-alignment: center-left;");
    }

    ToolBar bar() {
        return bar;
    }

    /** Adds {@code items} after those added before, left of the spacer. */
    void add(Node... items) {
        bar.getItems().addAll(bar.getItems().indexOf(spacer), List.of(items));
    }
}
