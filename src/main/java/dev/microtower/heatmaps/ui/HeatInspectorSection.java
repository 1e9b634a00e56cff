package dev.microtower.heatmaps.ui;

import dev.microtower.heatmaps.domain.SiteReading;
import dev.microtower.ui.framework.PropertyGrids;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The inspector's section for the stock heatmap: the numbers behind the selected site's colour.
 * Hidden while the heatmap is off or the site has no reading.
 */
final class HeatInspectorSection extends VBox {
    private final GridPane grid = new GridPane();

    HeatInspectorSection() {
        Label title = new Label("Stock heatmap");
        title.getStyleClass().add("section-title");
        grid.getStyleClass().add("properties");
        grid.setId("inspector-heat");
        grid.setHgap(10);
        grid.setVgap(3);
        PropertyGrids.nameAndValueColumns(grid);
        getChildren().addAll(title, grid);
        setSpacing(6);
        managedProperty().bind(visibleProperty());
        setVisible(false);
    }

    /** Shows the numbers of {@code reading}; {@code null} hides the section. */
    void show(SiteReading reading) {
        grid.getChildren().clear();
        setVisible(reading != null);
        if (reading == null) {
            return;
        }
        Canvas swatch = HeatPalette.swatch(HeatPalette.colour(reading));
        Label band = new Label(reading.band().label(), swatch);
        band.setId("inspector-heat-band");
        band.getStyleClass().add("property-value");
        Label bandKey = new Label("Band");
        bandKey.getStyleClass().add("property-name");
        int row = 0;
        row = property(row, "Measure", reading.measure().label());
        row = property(row, "Assortment", reading.filter().label());
        row = property(row, "Value", reading.formattedValue());
        grid.addRow(row++, bandKey, band);
        row = property(
                row,
                "Available",
                String.format(
                        "%,d (on hand %,d + in transit %,d − reserved %,d)",
                        reading.available(), reading.onHand(), reading.inTransit(), reading.reserved()));
        row = property(
                row,
                "Covering targets",
                String.format("%,d (each SKU's stock up to its maximum level)", reading.covering()));
        row = property(row, "Target", String.format("%,d", reading.target()));
        row = property(row, "Safety stock", String.format("%,.1f", reading.safetyStock()));
        row = property(row, "Maximum level", String.format("%,d", reading.maxLevel()));
        row = property(row, "Forecast / day", String.format("%,.1f", reading.dailyForecast()));
        double cover = reading.daysOfCover();
        row = property(
                row,
                "Days of cover",
                Double.isNaN(cover) ? null : Double.isInfinite(cover) ? "no demand" : String.format("%.1f", cover));
        double used = reading.utilisation();
        row = property(row, "Capacity use", Double.isNaN(used) ? null : String.format("%.0f %%", used * 100));
        property(row, "SKUs too little", String.format("%,d of %,d", reading.skusTooLittle(), reading.skus()));
    }

    private int property(int row, String name, String value) {
        Label key = new Label(name);
        key.getStyleClass().add("property-name");
        Label text = new Label(value == null || value.isBlank() ? "—" : value);
        text.getStyleClass().add("property-value");
        text.setWrapText(true);
        // a wrapped value takes the lines it needs instead of ending in "..."
        text.setMinHeight(Region.USE_PREF_SIZE);
        grid.addRow(row, key, text);
        return row + 1;
    }
}
