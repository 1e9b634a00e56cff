package dev.microtower.planning.ui;

import dev.microtower.core.SkuCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The inspector section with the forecast of one site × SKU of the selected site: what was sold
 * (per day, or per week when the series sells on few days), the forecast with its 80 % interval,
 * the method and level the forecast came from, and its backtest error. It only draws what {@link
 * #show} hands it; the figures are read off the FX thread by the module.
 */
final class ForecastChartSection {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** A series ready to draw: its SKUs to choose from, and the points, all computed off the FX thread. */
    record Chart(
            String site,
            SkuCode sku,
            List<SkuCode> skus,
            boolean weekly,
            LocalDate firstDay,
            double[] sold,
            double[] forecast,
            double[] low,
            double[] high,
            String method) {}

    final Label title = new Label("Forecast");
    final Label key = new Label();
    final ComboBox<SkuCode> sku = new ComboBox<>();
    final Label method = new Label();
    final Label error = new Label();
    /** Starts the backtest of the chart's error when it is not computed yet. */
    final Hyperlink check = new Hyperlink("Check this forecast on past days");

    final LineChart<Number, Number> chart;
    private final NumberAxis days = new NumberAxis();
    private final NumberAxis units = new NumberAxis();
    private final VBox root = new VBox(4);
    private boolean filling;
    private Runnable onChoose = () -> {};

    ForecastChartSection() {
        title.setStyle("-fx-font-weight: bold;");
        sku.setId("forecast-sku");
        sku.setVisibleRowCount(12);
        sku.valueProperty().addListener(o -> {
            if (!filling) {
                onChoose.run();
            }
        });
        days.setForceZeroInRange(false);
        days.setAutoRanging(true);
        days.setMinorTickVisible(false);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return DAY.format(LocalDate.ofEpochDay(Math.round(epochDay.doubleValue())));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        units.setLabel("units");
        units.setForceZeroInRange(true);
        chart = new LineChart<>(days, units);
        chart.setId("forecast-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(230);
        chart.setMinHeight(200);
        method.setId("forecast-method");
        error.setId("forecast-error");
        key.setId("forecast-key");
        check.setId("forecast-check");
        check.managedProperty().bind(check.visibleProperty());
        check.setVisible(false);
        for (Label l : List.of(title, key, method, error)) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setMaxWidth(Double.MAX_VALUE);
        }
        key.setStyle("-fx-font-size: 0.9em;");
        root.getChildren().addAll(title, new HBox(6, new Label("SKU"), sku), chart, key, method, error, check);
        root.setId("inspector-forecast");
        hide();
    }

    VBox node() {
        return root;
    }

    /** Runs when the user picks another SKU. */
    void onChoose(Runnable then) {
        onChoose = then;
    }

    void hide() {
        root.setVisible(false);
        root.setManaged(false);
    }

    /** Says what is on its way (the first forecast of a scenario takes a while). */
    void waiting(String message) {
        root.setVisible(true);
        root.setManaged(true);
        method.setText(message);
    }

    void show(Chart c) {
        root.setVisible(true);
        root.setManaged(true);
        filling = true;
        try {
            sku.setItems(FXCollections.observableArrayList(c.skus()));
            sku.setValue(c.sku());
        } finally {
            filling = false;
        }
        chart.getData().clear();
        if (c.sku() == null) {
            title.setText("Forecast at " + c.site());
            key.setText("");
            method.setText(c.method());
            error.setText("");
            check.setVisible(false);
            return;
        }
        int step = c.weekly() ? 7 : 1;
        long start = c.firstDay().toEpochDay();
        XYChart.Series<Number, Number> sold = series("sold", start, step, c.sold());
        long forecastStart = start + (long) c.sold().length * step;
        XYChart.Series<Number, Number> forecast = series("forecast", forecastStart, step, c.forecast());
        XYChart.Series<Number, Number> low = series("80 % interval, low", forecastStart, step, c.low());
        XYChart.Series<Number, Number> high = series("80 % interval, high", forecastStart, step, c.high());
        chart.getData().addAll(List.of(sold, forecast, low, high));
        sold.getNode().setStyle("-fx-stroke: #2f5f98; -fx-stroke-width: 1.5px;");
        forecast.getNode().setStyle("-fx-stroke: #e07b00; -fx-stroke-width: 2px;");
        for (XYChart.Series<Number, Number> s : List.of(low, high)) {
            s.getNode().setStyle("-fx-stroke: #e0a050; -fx-stroke-dash-array: 4 4; -fx-stroke-width: 1px;");
        }
        title.setText("Forecast of " + c.sku().value() + " at " + c.site());
        key.setText((c.weekly() ? "Blue: units sold per week (it sells on few days)" : "Blue: units sold per day")
                + "; orange: the forecast; dashed: its 80 % interval.");
        method.setText(c.method());
    }

    private static XYChart.Series<Number, Number> series(String name, long start, int step, double[] values) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int i = 0; i < values.length; i++) {
            s.getData().add(new XYChart.Data<>(start + (long) i * step, values[i]));
        }
        return s;
    }
}
