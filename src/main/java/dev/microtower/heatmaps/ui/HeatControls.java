package dev.microtower.heatmaps.ui;

import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.heatmaps.domain.DemandPeriod;
import dev.microtower.heatmaps.domain.StockBand;
import dev.microtower.heatmaps.domain.StockMeasure;
import dev.microtower.ui.map.LegendEntry;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.controlsfx.control.SearchableComboBox;

/** The settings and legends the layers panel shows under the two heatmaps. */
final class HeatControls {
    private HeatControls() {}

    static VBox stock(StockHeatLayer layer) {
        ComboBox<StockMeasure> measure = new ComboBox<>(FXCollections.observableArrayList(StockMeasure.values()));
        measure.setId("stock-heat-measure");
        measure.setMaxWidth(Double.MAX_VALUE);
        follow(measure.valueProperty(), layer.measureProperty());
        VBox legend = new VBox(3);
        legend.setId("stock-heat-legend");
        fillStockLegend(legend, layer.measureProperty().get());
        layer.measureProperty().addListener((o, was, now) -> fillStockLegend(legend, now));
        return box(
                caption("Measure"),
                measure,
                caption("SKU or category"),
                filter("stock-heat-filter", layer),
                legend,
                status("stock-heat-status", layer));
    }

    static VBox demand(DemandHeatLayer layer) {
        ComboBox<DemandPeriod> period = new ComboBox<>(FXCollections.observableArrayList(DemandPeriod.values()));
        period.setId("demand-heat-period");
        period.setMaxWidth(Double.MAX_VALUE);
        follow(period.valueProperty(), layer.periodProperty());
        Label low = new Label("1");
        Label high = new Label();
        high.setId("demand-heat-max");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox ends = new HBox(low, gap, high);
        ends.getStyleClass().add("heat-legend-text");
        Runnable label = () -> high.setText(
                String.format("%,d", layer.pictureProperty().get().bins().maxOrders()));
        label.run();
        layer.pictureProperty().addListener(o -> label.run());
        Label what = new Label("Orders per hexagon (log scale), by customer location");
        what.setWrapText(true);
        what.getStyleClass().add("heat-legend-text");
        VBox legend = new VBox(2, what, HeatPalette.demandRamp(190), ends);
        legend.setId("demand-heat-legend");
        return box(
                caption("Period"),
                period,
                caption("SKU or category"),
                filter("demand-heat-filter", layer),
                legend,
                status("demand-heat-status", layer));
    }

    private static VBox box(javafx.scene.Node... children) {
        VBox box = new VBox(4, children);
        box.getStyleClass().add("heat-controls");
        box.setMaxWidth(210);
        return box;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heat-caption");
        return label;
    }

    private static Label status(String id, HeatLayer layer) {
        Label status = new Label();
        status.setId(id);
        status.setWrapText(true);
        status.getStyleClass().add("heat-status");
        status.textProperty().bind(layer.statusProperty());
        return status;
    }

    /** A searchable choice of the whole assortment, a category or a SKU. */
    private static SearchableComboBox<AssortmentFilter> filter(String id, HeatLayer layer) {
        SearchableComboBox<AssortmentFilter> combo = new SearchableComboBox<>(layer.choices());
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        follow(combo.valueProperty(), layer.filterProperty());
        // replacing the items clears the selection: show the layer's choice again
        layer.choices().addListener((javafx.collections.ListChangeListener<AssortmentFilter>)
                c -> combo.setValue(layer.filterProperty().get()));
        return combo;
    }

    /**
     * Keeps a selector and a layer property in step; a selector that loses its value (its items
     * were replaced) leaves the layer's choice alone.
     */
    private static <T> void follow(ObjectProperty<T> control, ObjectProperty<T> model) {
        control.set(model.get());
        control.addListener((o, was, now) -> {
            if (now != null) {
                model.set(now);
            }
        });
        model.addListener((o, was, now) -> control.set(now));
    }

    private static void fillStockLegend(VBox legend, StockMeasure measure) {
        legend.getChildren().clear();
        legend.getChildren()
                .add(note(
                        switch (measure) {
                            case STOCK_AGAINST_TARGET ->
                                "Available = on hand + in transit − reserved, against the" + " plan's targets:";
                            case DAYS_OF_COVER -> "Available ÷ forecast demand per day:";
                            case CAPACITY_UTILISATION -> "On hand ÷ storage capacity:";
                        }));
        for (LegendEntry entry : stockLegend(measure)) {
            legend.getChildren().add(line(entry));
        }
    }

    /** The colours of the stock heatmap for {@code measure}, as the layers panel and a presentation list them. */
    static List<LegendEntry> stockLegend(StockMeasure measure) {
        List<LegendEntry> lines = new ArrayList<>();
        switch (measure) {
            case STOCK_AGAINST_TARGET -> {
                for (StockBand band : StockBand.values()) {
                    lines.add(entry(HeatPalette.band(band), band.label() + ": " + band.rule()));
                }
            }
            case DAYS_OF_COVER -> {
                HeatPalette.steps(measure).forEach(s -> lines.add(entry(s.colour(), s.label())));
                lines.add(entry(HeatPalette.NO_READING, "no stock and no forecast"));
            }
            case CAPACITY_UTILISATION -> {
                HeatPalette.steps(measure).forEach(s -> lines.add(entry(s.colour(), s.label())));
                lines.add(entry(HeatPalette.NO_READING, "no capacity recorded"));
            }
        }
        return lines;
    }

    private static LegendEntry entry(Color colour, String text) {
        return LegendEntry.of(text, () -> HeatPalette.swatch(colour));
    }

    private static Label note(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("heat-legend-text");
        return label;
    }

    private static HBox line(LegendEntry entry) {
        Label label = new Label(entry.label());
        label.setWrapText(true);
        label.getStyleClass().add("heat-legend-text");
        HBox line = new HBox(6, entry.symbol().get(), label);
        line.setAlignment(Pos.TOP_LEFT);
        line.getStyleClass().add("legend-line");
        return line;
    }
}
