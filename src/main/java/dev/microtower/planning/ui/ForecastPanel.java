package dev.microtower.planning.ui;

import dev.microtower.forecasting.domain.Backtest;
import dev.microtower.forecasting.domain.BacktestLevel;
import dev.microtower.forecasting.domain.BacktestRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The Forecast side panel: the out-of-sample backtest of the scenario on screen, the same table as
 * {@code forecast --backtest}. "Every level" shows one pooled row per level; a level shows its
 * series. Every column sorts (n/a last) and explains its measure in a tooltip. The key columns
 * (level or series, MASE, seasonal naive MASE, WAPE, bias) fit the side panel's default width
 * without scrolling; "More columns" adds the rest, scrolled sideways. The figures arrive through
 * {@link #backtest}; {@link #status} says what is being computed or what was.
 */
final class ForecastPanel {
    /** The filter's first choice: one pooled row per level. */
    static final String EVERY_LEVEL = "Every level (all series pooled)";

    final ObjectProperty<Backtest> backtest = new SimpleObjectProperty<>();
    final TableView<BacktestRow> table = new TableView<>();
    final ChoiceBox<String> level = new ChoiceBox<>();
    final Label status = new Label();
    /** Shows the columns beyond the key ones (naive WAPE, no history, RMSSE, units sold, method). */
    final CheckBox more = new CheckBox("More columns");

    private final List<TableColumn<BacktestRow, ?>> extra = new ArrayList<>();
    private final VBox root = new VBox(8);
    // one of the two shows: the level in the pooled view, the series in a level's view (the side panel is narrow)
    private final TableColumn<BacktestRow, String> levelColumn = text(
            "Level",
            "Which sums are compared: the"
                    + " network, each site's total, each SKU over all sites, each category over all sites, or each site"
                    + " × SKU; each row pools every series of its level (large series weigh more).",
            r -> shortLabel(r.level()),
            72);
    private final TableColumn<BacktestRow, String> seriesColumn =
            text("Series", "The site, SKU, category or site × SKU.", ForecastPanel::series, 120);

    ForecastPanel() {
        List<String> choices = new ArrayList<>();
        choices.add(EVERY_LEVEL);
        for (BacktestLevel l : BacktestLevel.values()) {
            choices.add(l.label());
        }
        level.setItems(FXCollections.observableArrayList(choices));
        level.setValue(EVERY_LEVEL);
        level.setId("forecast-level");
        table.setId("forecast-table");
        table.setPlaceholder(new Label("No figures yet."));
        table.getColumns().add(levelColumn);
        table.getColumns().add(seriesColumn);
        table.getColumns().add(number("MASE", Measures.MASE, BacktestRow::mase, Measures::shortNumber, 36));
        table.getColumns()
                .add(number("Naive\nMASE", Measures.NAIVE_MASE, BacktestRow::naiveMase, Measures::shortNumber, 36));
        table.getColumns().add(number("WAPE", Measures.WAPE, BacktestRow::wape, Measures::shortPercent, 46));
        table.getColumns().add(number("Bias", Measures.BIAS, BacktestRow::bias, Measures::shortSignedPercent, 42));
        extra.add(number("Naive\nWAPE", Measures.NAIVE_WAPE, BacktestRow::naiveWape, Measures::percent, 56));
        extra.add(number("No\nhistory", Measures.NO_HISTORY, BacktestRow::shareWithoutHistory, Measures::percent, 56));
        extra.add(number("RMSSE", Measures.RMSSE, BacktestRow::rmsse, Measures::number, 56));
        extra.add(number(
                "Units\nsold",
                "Units sold on the evaluated days, over every origin.",
                BacktestRow::actualUnits,
                v -> String.format(Locale.ROOT, "%,.0f", v),
                70));
        extra.add(text(
                "Method",
                "The method the last origin's training window chose for the series"
                        + " (site × SKU only: higher levels are sums of them).",
                BacktestRow::method,
                140));
        table.getColumns().addAll(extra);
        table.setStyle("-fx-font-size: 11px;");
        more.setId("forecast-more-columns");
        more.selectedProperty().addListener(o -> showColumns());
        showColumns();
        VBox.setVgrow(table, Priority.ALWAYS);
        status.setId("forecast-status");
        status.setWrapText(true);
        Label title = new Label("Forecast accuracy, out of sample");
        title.getStyleClass().add("section-title");
        Label how = new Label("Each origin's forecast saw only the days before it, and chose its method inside"
                + " them; it is scored on the days after, next to seasonal naive (\"same day last week\") on"
                + " the same days. Hover a column for what it measures.");
        how.setWrapText(true);
        Label show = new Label("Show");
        show.setMinWidth(Region.USE_PREF_SIZE);
        HBox filter = new HBox(8, show, level);
        filter.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, how, filter, status, more, table);
        // narrow sides: the table's key columns need every pixel of the side panel's default width
        root.setPadding(new Insets(8, 4, 8, 4));
        root.setId("forecast-panel");
        level.valueProperty().addListener(o -> show());
        backtest.addListener(o -> show());
    }

    VBox node() {
        return root;
    }

    /**
     * The key columns share the table's width (no sideways scrolling in the narrow side panel); with
     * "More columns" every column keeps its own width and the table scrolls sideways.
     */
    private void showColumns() {
        boolean all = more.isSelected();
        for (TableColumn<BacktestRow, ?> c : extra) {
            c.setVisible(all);
        }
        table.setColumnResizePolicy(
                all ? TableView.UNCONSTRAINED_RESIZE_POLICY : TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    /** A level's name short enough for the narrow table; the filter names it in full. */
    private static String shortLabel(BacktestLevel level) {
        return switch (level) {
            case NETWORK -> "Network";
            case NODE -> "Site totals";
            case SKU -> "SKUs";
            case CATEGORY -> "Categories";
            case NODE_SKU -> "Site × SKU";
        };
    }

    /** The rows the filter asks for, in the table's current sort order. */
    private void show() {
        Backtest b = backtest.get();
        if (b == null) {
            table.getItems().clear();
            return;
        }
        String chosen = level.getValue();
        List<BacktestRow> rows = new ArrayList<>();
        boolean pooled = chosen == null || chosen.equals(EVERY_LEVEL);
        levelColumn.setVisible(pooled);
        seriesColumn.setVisible(!pooled);
        if (pooled) {
            Map<BacktestLevel, BacktestRow> sums = b.pooled();
            for (BacktestLevel l : BacktestLevel.values()) {
                rows.add(sums.get(l));
            }
        } else {
            for (BacktestLevel l : BacktestLevel.values()) {
                if (l.label().equals(chosen)) {
                    rows.addAll(b.rows(l));
                }
            }
        }
        table.getItems().setAll(rows);
        table.sort();
    }

    private static String series(BacktestRow r) {
        if (r.series().equals("(all)")) {
            return "all";
        }
        return r.level() == BacktestLevel.NODE_SKU ? r.series().replaceFirst("/", " × ") : r.series();
    }

    private static TableColumn<BacktestRow, String> text(
            String title, String tip, Function<BacktestRow, String> value, double width) {
        TableColumn<BacktestRow, String> c = new TableColumn<>();
        header(c, title, tip);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<BacktestRow, Double> number(
            String title,
            String tip,
            ToDoubleFunction<BacktestRow> value,
            Function<Double, String> format,
            double width) {
        TableColumn<BacktestRow, Double> c = new TableColumn<>();
        header(c, title, tip);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.applyAsDouble(d.getValue())));
        // n/a sorts last either way round: it is no figure, not a small one
        c.setComparator(
                Comparator.nullsLast(Comparator.<Double>comparingDouble(v -> Double.isNaN(v) ? Double.MAX_VALUE : v)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format.apply(v));
            }
        });
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setPrefWidth(width);
        return c;
    }

    /** A header label with the measure's explanation as tooltip (a column's text has none of its own). */
    private static void header(TableColumn<BacktestRow, ?> c, String title, String tip) {
        Label label = new Label(title);
        label.setTextAlignment(TextAlignment.CENTER);
        // the header's own padding and sort arrow must not cut a short title to "M..."
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setStyle("-fx-font-size: 10px;");
        Tooltip t = new Tooltip(tip);
        t.setWrapText(true);
        t.setMaxWidth(380);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        label.setTooltip(t);
        c.setGraphic(label);
        c.setId("forecast-col-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
    }
}
