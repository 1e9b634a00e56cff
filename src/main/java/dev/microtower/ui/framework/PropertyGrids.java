package dev.microtower.ui.framework;

import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The name / value grids of the inspector's sections, laid out alike by every feature. */
public final class PropertyGrids {
    private PropertyGrids() {}

    /** Names keep their full width (never "…"); values take the rest and wrap. */
    public static void nameAndValueColumns(GridPane grid) {
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        values.setMinWidth(60);
        grid.getColumnConstraints().setAll(names, values);
    }
}
