package dev.microtower.simulation.ui;

import dev.microtower.core.OrderCode;
import dev.microtower.core.kpi.KpiInput;
import dev.microtower.core.kpi.KpiValue;
import dev.microtower.simulation.domain.Candidate;
import dev.microtower.simulation.domain.DayTotals;
import dev.microtower.simulation.domain.Decision;
import dev.microtower.simulation.domain.FenceCheck;
import dev.microtower.simulation.domain.LateOrder;
import dev.microtower.simulation.domain.LostLine;
import dev.microtower.simulation.domain.Measure;
import dev.microtower.simulation.domain.Policy;
import dev.microtower.simulation.domain.Shipment;
import dev.microtower.simulation.service.FulfilmentKpiSource;
import dev.microtower.simulation.service.SimulationService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The fulfilment dashboard, built in code: policy and weights, one tile per KPI (value, Δ against
 * the reference scenario, the definition and inputs as tooltip), a per-day chart, the drill-down
 * table behind the fill and on-time tiles, and "why this site?" for the chosen order.
 */
public final class DashboardView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);

    /** One row of the drill-down table, whatever it lists. */
    record Row(String order, String day, String what, String site) {}

    private final DashboardModel model;
    private final DashboardController controller;
    private final FlowPane tiles = new FlowPane(6, 6);
    private final LineChart<Number, Number> chart = new LineChart<>(new NumberAxis(), new NumberAxis(0, 100, 10));
    private final TableView<Row> drill = new TableView<>();
    private final Label drillTitle = new Label();
    private final TextArea decision = new TextArea();
    private final VBox root = new VBox(8);

    DashboardView(DashboardModel model, DashboardController controller) {
        this.model = model;
        this.controller = controller;
        build();
        model.run.addListener(o -> showRun());
        model.drillDown.addListener(o -> showDrillDown());
        model.decision.addListener(o -> showDecision());
    }

    public Node node() {
        return root;
    }

    private void build() {
        ComboBox<Policy> policy = new ComboBox<>(FXCollections.observableArrayList(Policy.values()));
        policy.setId("fulfilment-policy");
        policy.setConverter(new StringConverter<>() {
            @Override
            public String toString(Policy p) {
                return p == null ? "" : p.label();
            }

            @Override
            public Policy fromString(String s) {
                return null;
            }
        });
        policy.setValue(model.policy.get());
        policy.valueProperty().addListener((o, was, now) -> model.usePreset(now));
        // the panel is narrow: each setting has its caption above it, so none is cut short
        VBox weights = new VBox(2);
        ComboBox<DashboardModel.Demand> demand =
                new ComboBox<>(FXCollections.observableArrayList(DashboardModel.Demand.values()));
        demand.setId("fulfilment-demand");
        demand.setValue(model.demand.get());
        demand.valueProperty().addListener((o, was, now) -> model.demand.set(now));
        demand.setTooltip(new Tooltip("Order history: the orders placed in the period. Forecast demand: the forecast"
                + " horizon's demand as orders, each forecast day repeating the same weekday of the history as often"
                + " as the forecast asks (see docs/kpis.md)."));
        DatePicker from =
                datePicker("fulfilment-from", model.from, "First day of the history replayed (empty: the first order)");
        DatePicker to =
                datePicker("fulfilment-to", model.to, "Last day of the history replayed (empty: the last order)");
        VBox period = new VBox(2, from, to);
        period.disableProperty().bind(model.demand.isEqualTo(DashboardModel.Demand.FORECAST));
        demand.setMaxWidth(Double.MAX_VALUE);
        policy.setMaxWidth(Double.MAX_VALUE);
        setting(weights, "Demand replayed", demand);
        setting(weights, "History period (first and last day)", period);
        setting(weights, "Routing policy", policy);
        Label rating = new Label("Rating weights (lower score wins)");
        rating.setStyle("-fx-font-weight: bold;");
        rating.setWrapText(true);
        rating.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setMargin(rating, new Insets(6, 0, 0, 0));
        weights.getChildren().add(rating);
        addWeight(weights, "Distance (per km)", model.distance);
        addWeight(weights, "Cost to serve (per unit of currency)", model.cost);
        addWeight(weights, "Split (per share of lines missing)", model.split);
        addWeight(weights, "Workload (per share of the day's capacity)", model.workload);
        Label status = new Label();
        status.setId("fulfilment-status");
        status.textProperty().bind(model.status);
        status.setWrapText(true);
        Button rerun = new Button("Simulate");
        rerun.setId("fulfilment-run");
        rerun.setOnAction(e -> controller.start());
        rerun.setMaxWidth(Double.MAX_VALUE);
        tiles.setId("fulfilment-tiles");
        tiles.setPrefWrapLength(380);
        chart.setId("fulfilment-chart");
        chart.setTitle("Per day (%)");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        chart.getXAxis().setLabel("day of the period");
        drill.setId("drill-down");
        drill.setPrefHeight(200);
        drill.getColumns().add(column("Order", Row::order));
        drill.getColumns().add(column("Day", Row::day));
        drill.getColumns().add(column("What", Row::what));
        drill.getColumns().add(column("Site", Row::site));
        drill.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button why = new Button("Why this site?");
        why.setId("why-this-site");
        why.disableProperty()
                .bind(drill.getSelectionModel().selectedItemProperty().isNull());
        why.setOnAction(e -> explainSelected(false));
        Button map = new Button("Show on map");
        map.disableProperty()
                .bind(drill.getSelectionModel().selectedItemProperty().isNull());
        map.setOnAction(e -> explainSelected(true));
        decision.setId("decision-log");
        decision.setEditable(false);
        decision.setWrapText(true);
        decision.setPrefRowCount(12);
        decision.setPromptText("Choose an order above and ask \"Why this site?\"");
        VBox content = new VBox(
                8, weights, rerun, status, tiles, chart, drillTitle, drill, new FlowPane(8, 4, why, map), decision);
        content.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.getChildren().add(scroll);
        showDrillDown();
    }

    private static void setting(VBox box, String caption, Node control) {
        Label label = new Label(caption);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setMargin(label, new Insets(4, 0, 0, 0));
        box.getChildren().addAll(label, control);
    }

    private static void addWeight(VBox box, String label, DoubleProperty weight) {
        Spinner<Double> spinner = new Spinner<>(0.0, 10_000.0, weight.get(), 0.5);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        spinner.getValueFactory().valueProperty().addListener((o, was, now) -> {
            if (now != null && now != weight.get()) {
                weight.set(now);
            }
        });
        weight.addListener((o, was, now) -> spinner.getValueFactory().setValue(now.doubleValue()));
        setting(box, label, spinner);
    }

    private static TableColumn<Row, String> column(String title, Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private void explainSelected(boolean showOnMap) {
        Row row = drill.getSelectionModel().getSelectedItem();
        if (row != null) {
            controller.explain(OrderCode.of(row.order()), showOnMap);
        }
    }

    private void showRun() {
        SimulationService.Run run = model.run.get();
        tiles.getChildren().clear();
        chart.getData().clear();
        if (run == null) {
            return;
        }
        SimulationService.Run ref = model.reference.get();
        Map<String, KpiValue> reference = ref == null || ref == run
                ? Map.of()
                : FulfilmentKpiSource.values(ref).stream().collect(Collectors.toMap(KpiValue::id, v -> v));
        for (KpiValue v : FulfilmentKpiSource.values(run)) {
            tiles.getChildren().add(tile(v, reference.get(v.id())));
        }
        XYChart.Series<Number, Number> fill = new XYChart.Series<>();
        fill.setName("Fill rate (lines)");
        XYChart.Series<Number, Number> onTime = new XYChart.Series<>();
        onTime.setName("On time");
        List<DayTotals> days = run.result().byDay();
        for (int i = 0; i < days.size(); i++) {
            var t = days.get(i).totals();
            if (t.get(Measure.LINES) > 0) {
                fill.getData().add(new XYChart.Data<>(i + 1, 100 * t.get(Measure.LINES_FILLED) / t.get(Measure.LINES)));
            }
            if (t.get(Measure.ORDERS_PROMISED) > 0) {
                onTime.getData()
                        .add(new XYChart.Data<>(
                                i + 1, 100 * t.get(Measure.ORDERS_ON_TIME) / t.get(Measure.ORDERS_PROMISED)));
            }
        }
        chart.getData().add(fill);
        chart.getData().add(onTime);
        showDrillDown();
    }

    private Node tile(KpiValue v, KpiValue reference) {
        Label title = new Label(v.title());
        title.setStyle("-fx-font-size: 11px; -fx-text-fill: #4a5568;");
        Label value = new Label(format(v.value(), v.unit()));
        value.setId("tile-value-" + v.id());
        value.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        Label delta = new Label(reference == null ? "baseline" : deltaText(v, reference));
        delta.setId("tile-delta-" + v.id());
        int judged = reference == null ? 0 : v.better().judge(reference.value(), v.value());
        delta.setStyle("-fx-font-size: 11px; -fx-text-fill: "
                + (judged > 0 ? "#2f855a" : judged < 0 ? "#c53030" : "#4a5568") + ";");
        VBox tile = new VBox(2, title, value, delta);
        tile.setId("tile-" + v.id());
        tile.setPadding(new Insets(6));
        tile.setPrefWidth(120);
        tile.setStyle("-fx-border-color: #cbd5e0; -fx-border-radius: 4; -fx-background-radius: 4;"
                + " -fx-background-color: white;");
        StringBuilder tip = new StringBuilder(v.definition());
        for (KpiInput in : v.inputs()) {
            tip.append('\n').append(in.name()).append(": ").append(format(in.value(), in.unit()));
        }
        if (drillsDown(v.id()) != null) {
            tip.append("\nClick for the orders behind it.");
            tile.setOnMouseClicked(e -> model.drillDown.set(drillsDown(v.id())));
        }
        Tooltip tooltip = new Tooltip(tip.toString());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        Tooltip.install(tile, tooltip);
        return tile;
    }

    private static DashboardModel.DrillDown drillsDown(String id) {
        if (id.startsWith("fill-rate") || id.equals("stockout-rate")) {
            return DashboardModel.DrillDown.LOST_LINES;
        }
        return id.equals("on-time-rate") ? DashboardModel.DrillDown.LATE_ORDERS : null;
    }

    private static String deltaText(KpiValue v, KpiValue reference) {
        double d = v.delta(reference);
        if (Double.isNaN(d)) {
            return "Δ n/a";
        }
        return String.format(Locale.ROOT, "Δ %+.2f%s vs baseline", d, v.unit().equals("%") ? " pts" : "");
    }

    private static DatePicker datePicker(String id, ObjectProperty<LocalDate> day, String tip) {
        DatePicker picker = new DatePicker(day.get());
        picker.setId(id);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setPromptText(id.endsWith("from") ? "first order" : "last order");
        picker.setTooltip(new Tooltip(tip));
        picker.valueProperty().addListener((o, was, now) -> day.set(now));
        return picker;
    }

    static String format(double value, String unit) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        String number = Math.abs(value) >= 10_000
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.2f", value);
        return unit.isEmpty() ? number : unit.equals("%") ? number + " %" : number + " " + unit;
    }

    private void showDrillDown() {
        SimulationService.Run run = model.run.get();
        List<Row> rows = new ArrayList<>();
        if (model.drillDown.get() == DashboardModel.DrillDown.LOST_LINES) {
            long count = run == null ? 0 : run.result().lostLineCount();
            drillTitle.setText("Lost lines: " + count
                    + (count > rows.size()
                                    && run != null
                                    && count > run.result().lostLines().size()
                            ? " (the first " + run.result().lostLines().size() + " listed)"
                            : ""));
            if (run != null) {
                for (LostLine l : run.result().lostLines()) {
                    rows.add(new Row(
                            l.order().value(),
                            l.day().toString(),
                            l.units() + " × " + l.sku().value(),
                            l.homeSite() == null
                                    ? "outside every zone"
                                    : l.homeSite().value()));
                }
            }
        } else {
            long count = run == null ? 0 : run.result().lateOrderCount();
            drillTitle.setText("Late orders: " + count);
            if (run != null) {
                for (LateOrder l : run.result().lateOrders()) {
                    rows.add(new Row(
                            l.order().value(),
                            TIME.format(l.promisedBy().atOffset(ZoneOffset.UTC)),
                            l.delivered() == null
                                    ? "not delivered"
                                    : "arrived " + TIME.format(l.delivered().atOffset(ZoneOffset.UTC)),
                            l.site() == null ? "outside every zone" : l.site().value()));
                }
            }
        }
        drill.setItems(FXCollections.observableArrayList(rows));
    }

    private void showDecision() {
        Decision d = model.decision.get();
        if (d == null) {
            decision.clear();
            return;
        }
        StringBuilder text = new StringBuilder("Order " + d.order().value() + ", promised "
                + d.promised().label().toLowerCase(Locale.ROOT));
        if (d.pickupPoint() != null) {
            text.append(", collected at pickup point ").append(d.pickupPoint().value());
        }
        text.append('\n');
        for (Candidate c : d.candidates()) {
            text.append(String.format(
                    Locale.ROOT,
                    "%n%s (%s, %.1f km)%s%n",
                    c.site().value(),
                    c.tier().label().toLowerCase(Locale.ROOT),
                    c.distanceKm(),
                    c.passed() ? String.format(Locale.ROOT, ": score %.2f", c.score()) : ": rejected"));
            for (FenceCheck f : c.checks()) {
                text.append("  ")
                        .append(f.passed() ? "✔ " : "✘ ")
                        .append(f.fence().label())
                        .append(": ")
                        .append(f.reason())
                        .append('\n');
            }
        }
        text.append('\n');
        if (d.shipments().isEmpty()) {
            text.append("Not shipped.\n");
        }
        for (Shipment s : d.shipments()) {
            text.append(String.format(
                    Locale.ROOT,
                    "Shipped from %s: %d units, %.1f km, cost %.2f%n",
                    s.site().value(),
                    s.units(),
                    s.distanceKm(),
                    s.cost()));
        }
        if (!d.note().isEmpty()) {
            text.append(d.note()).append('\n');
        }
        if (!d.restock().isEmpty()) {
            text.append("\nRestocked from vendors:\n");
            d.restock().forEach(r -> text.append("  ").append(r).append('\n'));
        }
        decision.setText(text.toString());
    }
}
