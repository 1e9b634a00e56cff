package dev.microtower.compare.ui;

import dev.microtower.compare.engine.CompareTable;
import dev.microtower.compare.engine.KpiFormat;
import dev.microtower.compare.engine.RiskScan;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.kpi.KpiInput;
import dev.microtower.scenarios.domain.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The "Compare scenarios" panel, built in code and bound to the {@link CompareModel}: the scenarios
 * to pick (two or more) and the reference, the KPI table with each scenario's value and its Δ and
 * Δ% against the reference (green better, red worse; a row's tooltip gives the KPI's definition and
 * the figures it came from), the "differences only" switch, and the risk scan with its ranking.
 */
final class ComparePanel {
    static final String BETTER_STYLE = "-fx-text-fill: #1a7f37; -fx-font-weight: bold;";
    static final String WORSE_STYLE = "-fx-text-fill: #c62828; -fx-font-weight: bold;";
    /** What a value cell says while its KPI's source is still computing. */
    static final String COMPUTING = "computing…";

    private final CompareModel model;
    private final VBox root = new VBox(8);
    private final ListView<Scenario> picks = new ListView<>();
    private final ComboBox<Scenario> reference = new ComboBox<>();
    private final TableView<CompareTable.Row> table = new TableView<>();
    private final TableView<RiskScan.SiteRisk> risks = new TableView<>();
    private final Map<ScenarioId, BooleanProperty> picked = new HashMap<>();
    private boolean showing;
    /** True while the risk rows are replaced, so keeping a selection does not move the map again. */
    private boolean refilling;

    ComparePanel(CompareModel model, CompareController controller, Consumer<RiskScan.SiteRisk> selectSite) {
        this.model = model;
        root.setPadding(new Insets(8));

        Label pickTitle = new Label("Scenarios to compare (two or more)");
        picks.setId("compare-scenarios");
        picks.setPrefHeight(84);
        picks.setCellFactory(CheckBoxListCell.forListView(
                scenario -> picked.computeIfAbsent(scenario.id(), id -> {
                    BooleanProperty on = new SimpleBooleanProperty(model.chosen.contains(id));
                    on.addListener((o, was, now) -> {
                        if (!showing) {
                            controller.choose(id, now);
                        }
                    });
                    return on;
                }),
                new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(Scenario s) {
                        return s == null ? "" : s.name();
                    }

                    @Override
                    public Scenario fromString(String text) {
                        return null;
                    }
                }));
        picks.setItems(model.scenarios);

        reference.setId("compare-reference");
        reference.setCellFactory(list -> new NameCell());
        reference.setButtonCell(new NameCell());
        reference.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(reference, Priority.ALWAYS);
        reference.valueProperty().addListener((o, was, now) -> {
            if (!showing && now != null) {
                model.reference.set(now.id());
            }
        });
        HBox referenceRow = new HBox(6, new Label("Reference:"), reference);
        referenceRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        CheckBox differencesOnly = new CheckBox("Differences only");
        differencesOnly.setId("compare-differences-only");
        differencesOnly.selectedProperty().bindBidirectional(model.differencesOnly);
        Button reload = new Button("Reload scenarios");
        reload.setOnAction(e -> controller.reloadScenarios());
        HBox options = new HBox(10, differencesOnly, reload);
        options.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        table.setId("compare-table");
        table.setPlaceholder(new Label("Pick two or more scenarios."));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(view -> new ExplainedRow());
        VBox.setVgrow(table, Priority.ALWAYS);

        Label message = new Label();
        message.setId("compare-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message);

        Button scan = new Button("Risk scan: close each site in turn");
        scan.setId("risk-scan-button");
        scan.setMaxWidth(Double.MAX_VALUE);
        scan.disableProperty().bind(model.scanning);
        scan.setOnAction(e -> controller.riskScan());
        scan.setTooltip(new Tooltip("For every open stocking site of the scenario on the map: the orders that would"
                + " lose same-day delivery, the forecast demand that would move and the stock stranded if it"
                + " closed, and the network planned again without it (stockouts left after the plan and the"
                + " plan's cost, against the plan with every site open). Computed in memory; nothing is"
                + " written. The plans fill in row by row; Cancel in the status bar stops the scan."));
        Label riskTitle = new Label();
        riskTitle.setWrapText(true);
        riskTitle
                .textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> riskTitle(model.risk.get(), model.riskScenario.get()), model.risk, model.riskScenario));
        buildRiskTable(selectSite);

        root.getChildren().addAll(pickTitle, picks, referenceRow, options, table, message, scan, riskTitle, risks);

        model.scenarios.addListener((ListChangeListener<Scenario>) c -> syncPicks());
        model.chosen.addListener((ListChangeListener<ScenarioId>) c -> syncPicks());
        model.reference.addListener((o, was, now) -> syncPicks());
        model.table.addListener((o, was, now) -> showTable());
        model.differencesOnly.addListener((o, was, now) -> showTable());
        model.risk.addListener((o, was, now) -> showRisks(now));
    }

    VBox root() {
        return root;
    }

    TableView<CompareTable.Row> table() {
        return table;
    }

    TableView<RiskScan.SiteRisk> risks() {
        return risks;
    }

    private void syncPicks() {
        showing = true;
        try {
            picked.forEach((id, on) -> on.set(model.chosen.contains(id)));
            List<Scenario> choices = model.scenarios.stream()
                    .filter(s -> model.chosen.contains(s.id()))
                    .toList();
            reference.getItems().setAll(choices);
            reference.setValue(choices.stream()
                    .filter(s -> s.id().equals(model.reference.get()))
                    .findFirst()
                    .orElse(null));
        } finally {
            showing = false;
        }
    }

    private void showTable() {
        CompareTable shown = model.table.get();
        table.getColumns().clear();
        if (shown == null) {
            table.getItems().clear();
            return;
        }
        TableColumn<CompareTable.Row, String> kpi = text("KPI", r -> r.title());
        kpi.setPrefWidth(240);
        table.getColumns().add(kpi);
        for (int i = 0; i < shown.scenarios().size(); i++) {
            int at = i;
            String name = shown.scenarios().get(i).name() + (i == shown.reference() ? " (reference)" : "");
            table.getColumns()
                    .add(text(
                            name,
                            r -> r.computing()
                                    ? COMPUTING
                                    : KpiFormat.value(r.cells().get(at).value(), r.unit())));
        }
        for (int i = 0; i < shown.scenarios().size(); i++) {
            if (i == shown.reference()) {
                continue;
            }
            int at = i;
            String name = shown.scenarios().get(i).name();
            table.getColumns().add(judged("Δ " + name, at, c -> r -> KpiFormat.delta(c.delta(), r.unit())));
            table.getColumns().add(judged("Δ% " + name, at, c -> r -> KpiFormat.percent(c.deltaPercent())));
        }
        table.getColumns().add(text("Unit", CompareTable.Row::unit));
        table.getItems().setAll(model.differencesOnly.get() ? shown.differingRows() : shown.rows());
    }

    private static TableColumn<CompareTable.Row, String> text(String title, Function<CompareTable.Row, String> value) {
        TableColumn<CompareTable.Row, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return column;
    }

    /** A difference column: its text from {@code format}, green or red by the cell's judgement. */
    private static TableColumn<CompareTable.Row, CompareTable.Row> judged(
            String title, int column, Function<CompareTable.Cell, Function<CompareTable.Row, String>> format) {
        TableColumn<CompareTable.Row, CompareTable.Row> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(CompareTable.Row row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setStyle("");
                    return;
                }
                CompareTable.Cell cell = row.cells().get(column);
                setText(format.apply(cell).apply(row));
                setStyle(cell.judgement() > 0 ? BETTER_STYLE : cell.judgement() < 0 ? WORSE_STYLE : "");
            }
        });
        return c;
    }

    /** A KPI row whose tooltip says what the KPI means and what each scenario's value came from. */
    private final class ExplainedRow extends TableRow<CompareTable.Row> {
        @Override
        protected void updateItem(CompareTable.Row row, boolean empty) {
            super.updateItem(row, empty);
            CompareTable shown = model.table.get();
            if (empty || row == null || shown == null) {
                setTooltip(null);
                return;
            }
            Tooltip tip = new Tooltip(explain(shown, row));
            tip.setWrapText(true);
            tip.setMaxWidth(460);
            tip.setShowDuration(Duration.seconds(30));
            setTooltip(tip);
        }
    }

    /** The tooltip text of {@code row}: the group, the definition, and each scenario's inputs. */
    static String explain(CompareTable shown, CompareTable.Row row) {
        if (row.computing()) {
            return row.group() + " · " + row.title() + "\nStill computing: the other rows are ready and this one"
                    + " follows when its figures are in (a fulfilment replay of the whole order history takes"
                    + " longest).";
        }
        StringBuilder text = new StringBuilder(row.group() + " · " + row.title() + "\n" + row.definition());
        for (int i = 0; i < shown.scenarios().size(); i++) {
            List<KpiInput> inputs = row.inputs(i);
            text.append("\n\n")
                    .append(shown.scenarios().get(i).name())
                    .append(": ")
                    .append(KpiFormat.value(row.cells().get(i).value(), row.unit()));
            for (KpiInput input : inputs) {
                text.append("\n  ")
                        .append(input.name())
                        .append(": ")
                        .append(KpiFormat.value(input.value(), input.unit()))
                        .append(input.unit().isEmpty() || "%".equals(input.unit()) ? "" : " " + input.unit());
            }
        }
        return text.toString();
    }

    private void buildRiskTable(Consumer<RiskScan.SiteRisk> selectSite) {
        risks.setId("risk-table");
        risks.setPlaceholder(new Label("Run the risk scan to rank the sites."));
        risks.setPrefHeight(220);
        risks.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        risks.getColumns()
                .add(riskColumn("#", r -> Integer.toString(risks.getItems().indexOf(r) + 1)));
        risks.getColumns().add(riskColumn("Site", r -> r.site().name()));
        risks.getColumns()
                .add(riskColumn("Orders losing same-day", r -> KpiFormat.value(r.ordersLosingCoverage(), "")));
        risks.getColumns().add(riskColumn("Coverage after", r -> KpiFormat.value(r.coverageAfterPercent(), "%")));
        // filled in as each site's plan without it arrives; "computing…" until then
        TableColumn<RiskScan.SiteRisk, String> unitsShort = riskColumn(
                "Units short after plan", r -> planCell(r, p -> p.unitsShortAfterPlan(), o -> o.unitsShortAfterPlan()));
        unitsShort.setId("risk-plan-units-short");
        risks.getColumns().add(unitsShort);
        // the products short at one site each: kept beside the units, since a closed site's own products
        // leave this count even when its customers' units are still short elsewhere
        TableColumn<RiskScan.SiteRisk, String> stockouts = riskColumn(
                "Products short (site × product)",
                r -> planCell(r, p -> p.stockoutsAfterPlan(), o -> o.stockoutsAfterPlan()));
        stockouts.setId("risk-plan-stockouts");
        risks.getColumns().add(stockouts);
        TableColumn<RiskScan.SiteRisk, String> cost =
                riskColumn("Plan cost", r -> planCell(r, p -> p.planCost(), o -> o.planCost()));
        cost.setId("risk-plan-cost");
        risks.getColumns().add(cost);
        risks.getColumns()
                .add(riskColumn(
                        "Demand to move (units/day)",
                        r -> String.format(Locale.ROOT, "%,.0f", r.forecastUnitsPerDay())));
        risks.getColumns().add(riskColumn("Stock stranded (units)", r -> KpiFormat.value(r.stockUnits(), "")));
        risks.getColumns().get(0).setPrefWidth(36);
        // the plan columns beside the coverage ones, narrow enough that both show in a 600 px panel
        risks.getColumns().get(1).setPrefWidth(200);
        for (int i = 2; i < risks.getColumns().size(); i++) {
            risks.getColumns().get(i).setPrefWidth(110);
        }
        risks.setRowFactory(view -> {
            TableRow<RiskScan.SiteRisk> row = new TableRow<>() {
                @Override
                protected void updateItem(RiskScan.SiteRisk risk, boolean empty) {
                    super.updateItem(risk, empty);
                    RiskScan.Result result = model.risk.get();
                    setTooltip(
                            empty || risk == null || result == null
                                    ? null
                                    : new Tooltip(CompareController.explain(result, risk)));
                }
            };
            return row;
        });
        risks.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !refilling) {
                selectSite.accept(now);
            }
        });
    }

    /** Shows the ranking, keeping the selected site selected while rows fill in and move. */
    private void showRisks(RiskScan.Result result) {
        RiskScan.SiteRisk selected = risks.getSelectionModel().getSelectedItem();
        refilling = true;
        try {
            risks.getItems().setAll(result == null ? List.of() : result.ranked());
            if (selected != null) {
                risks.getItems().stream()
                        .filter(r -> r.site().code().equals(selected.site().code()))
                        .findFirst()
                        .ifPresent(r -> risks.getSelectionModel().select(r));
            }
        } finally {
            refilling = false;
        }
    }

    /** What the scan found with every site open, and how far the plans have got. */
    static String riskTitle(RiskScan.Result result, String scenario) {
        if (result == null) {
            return "No risk scan yet.";
        }
        String open = result.plan() == null
                ? "Planning the network with every site open…"
                : String.format(
                        Locale.ROOT,
                        "The plan with every site open leaves %,d units short (%,d products short at a site) and costs"
                                + " %,.0f; each row's plan is made without that site (%d of %d done).",
                        result.plan().unitsShortAfterPlan(),
                        result.plan().stockoutsAfterPlan(),
                        result.plan().planCost(),
                        result.replanned(),
                        result.ranked().size());
        return String.format(
                Locale.ROOT,
                "%s: same-day coverage %.1f%% with every site open. %s Worst loss first; click a row to select"
                        + " the site.",
                scenario,
                result.coveragePercent(),
                open);
    }

    /**
     * A plan figure of a closure with its difference from the plan with every site open ("57 (+45)"),
     * or "computing…" until that site's plan is made.
     */
    private String planCell(
            RiskScan.SiteRisk risk,
            ToDoubleFunction<RiskScan.PlanImpact> closed,
            ToDoubleFunction<RiskScan.PlanImpact> open) {
        RiskScan.Result result = model.risk.get();
        if (risk.plan() == null || result == null || result.plan() == null) {
            return COMPUTING;
        }
        double value = Math.rint(closed.applyAsDouble(risk.plan()));
        double delta = value - Math.rint(open.applyAsDouble(result.plan()));
        return KpiFormat.value(value, "") + " (" + KpiFormat.delta(delta, "") + ")";
    }

    private static TableColumn<RiskScan.SiteRisk, String> riskColumn(
            String title, Function<RiskScan.SiteRisk, String> value) {
        TableColumn<RiskScan.SiteRisk, String> column = new TableColumn<>(title);
        column.setSortable(false);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return column;
    }

    private static final class NameCell extends ListCell<Scenario> {
        @Override
        protected void updateItem(Scenario scenario, boolean empty) {
            super.updateItem(scenario, empty);
            setText(empty || scenario == null ? null : scenario.name());
        }
    }
}
