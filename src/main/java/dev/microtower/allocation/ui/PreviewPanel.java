package dev.microtower.allocation.ui;

import dev.microtower.allocation.domain.RuleWarning;
import dev.microtower.allocation.domain.RulesPreview;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The live preview beside the rules: what applying the draft would change against the stored
 * rules, with the numbers defined in {@link RulesPreview}, the warnings of the draft's rules and
 * the largest single changes with the rule that decides them before and after, so that each number
 * can be traced to node × SKU targets.
 */
final class PreviewPanel extends VBox {
    private final Label state = new Label("Preview: waiting for the forecast…");
    private final Label changed = value("preview-targets-changed");
    private final Label unitsIn = value("preview-units-in");
    private final Label unitsOut = value("preview-units-out");
    private final Label net = value("preview-units-net");
    private final Label max = value("preview-max");
    private final Label move = value("preview-move");
    private final Label capacity = value("preview-capacity");
    private final Label shadowed = value("preview-shadowed");
    private final Label uncovered = value("preview-uncovered");
    private final CheckBox onMap = new CheckBox("Heatmap on the map of");
    private final ChoiceBox<String> heatmapOf = new ChoiceBox<>();
    private final ListView<RuleWarning> warnings = new ListView<>();
    private final TableView<RulesPreview.Change> largest = new TableView<>();
    private final ReadOnlyObjectWrapper<RulesPreview> shown = new ReadOnlyObjectWrapper<>(this, "shown");

    PreviewPanel() {
        getStyleClass().add("rules-preview");
        setSpacing(6);
        setPadding(new Insets(10));
        setPrefWidth(430);
        Label title = new Label("Preview before applying");
        title.getStyleClass().add("section-title");
        state.setId("preview-state");
        state.getStyleClass().add("hint");
        state.setWrapText(true);

        GridPane numbers = new GridPane();
        numbers.setHgap(10);
        numbers.setVgap(3);
        line(numbers, 0, "Targets changed", changed, "SKUs at sites whose target or maximum level changes");
        line(
                numbers,
                1,
                "Units to bring in",
                unitsIn,
                "sum of the rises of targets: stock sites would have to receive");
        line(numbers, 2, "Units freed", unitsOut, "sum of the falls of targets: stock sites would no longer need");
        line(numbers, 3, "Net target change", net, "all targets after minus before");
        line(numbers, 4, "Maximum levels", max, "sums of the rises and falls of maximum levels (above: surplus)");
        line(
                numbers,
                5,
                "Units that would move",
                move,
                "against today's stock: units below target plus units above the maximum, before → after");
        line(numbers, 6, "Capacity", capacity, "sites whose targets exceed their capacity (or a rule's share of it)");
        line(
                numbers,
                7,
                "Shadowed rules",
                shadowed,
                "enabled rules that never decide: earlier rules take all they match");
        line(numbers, 8, "SKUs no rule covers", uncovered, "SKUs for which the defaults decide at some stocked site");
        onMap.setId("preview-on-map");
        heatmapOf.setId("preview-heatmap-of");
        heatmapOf.getItems().setAll(TARGET_CHANGE, MAX_CHANGE);
        heatmapOf.setValue(TARGET_CHANGE);
        HBox mapLine = new HBox(8, onMap, heatmapOf);
        mapLine.setAlignment(Pos.CENTER_LEFT);

        warnings.setId("preview-warnings");
        warnings.setPlaceholder(new Label("No warnings"));
        warnings.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RuleWarning w, boolean empty) {
                super.updateItem(w, empty);
                setText(empty || w == null ? null : label(w.kind()) + ": " + w.message());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        largest.setId("preview-largest");
        largest.setPlaceholder(new Label("No target changes"));
        largest.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        largest.getColumns().add(column("Node", c -> c.node().value(), 80));
        largest.getColumns().add(column("SKU", c -> c.sku().value(), 80));
        largest.getColumns().add(number("Target", RulesPreview.Change::after));
        largest.getColumns().add(number("Δ", RulesPreview.Change::delta));
        largest.getColumns().add(number("Max", RulesPreview.Change::maxAfter));
        largest.getColumns().add(number("Δ max", RulesPreview.Change::maxDelta));
        largest.getColumns()
                .add(column(
                        "Rule (before → after)",
                        c -> c.ruleBefore().equals(c.ruleAfter())
                                ? c.ruleAfter()
                                : c.ruleBefore() + " → " + c.ruleAfter(),
                        200));
        Tab warningsTab = new Tab("Warnings", warnings);
        Tab largestTab = new Tab("Largest changes", largest);
        TabPane tabs = new TabPane(warningsTab, largestTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(title, state, numbers, mapLine, tabs);
        show(null);
    }

    static final String TARGET_CHANGE = "net target change per site";
    static final String MAX_CHANGE = "net maximum level change per site";

    CheckBox onMap() {
        return onMap;
    }

    /** What the heatmap colours: {@link #TARGET_CHANGE} or {@link #MAX_CHANGE}. */
    ChoiceBox<String> heatmapOf() {
        return heatmapOf;
    }

    void setState(String text) {
        state.setText(text);
    }

    /** Shows a preview, or dashes when there is none yet. */
    void show(RulesPreview p) {
        shown.set(p);
        if (p == null) {
            for (Label l : List.of(changed, unitsIn, unitsOut, net, max, move, capacity, shadowed, uncovered)) {
                l.setText("–");
            }
            warnings.getItems().clear();
            largest.getItems().clear();
            return;
        }
        changed.setText(String.format(Locale.ROOT, "%,d of %,d", p.targetsChanged(), p.pairs()));
        unitsIn.setText(String.format(Locale.ROOT, "+%,d", p.targetRises()));
        unitsOut.setText(String.format(Locale.ROOT, "−%,d", p.targetFalls()));
        net.setText(
                String.format(Locale.ROOT, "%+,d (%,d → %,d units)", p.netUnits(), p.totalBefore(), p.totalAfter()));
        max.setText(String.format(Locale.ROOT, "+%,d / −%,d", p.maxRises(), p.maxFalls()));
        move.setText(String.format(
                Locale.ROOT,
                "%+,d (short %,d → %,d, surplus %,d → %,d)",
                p.unitsToMove(),
                p.shortageBefore(),
                p.shortageAfter(),
                p.surplusBefore(),
                p.surplusAfter()));
        capacity.setText(String.format(
                Locale.ROOT,
                "%,d sites over capacity (stored rules: %,d); %,d units cut",
                p.overCapacityAfter(),
                p.overCapacityBefore(),
                p.capacityCutAfter()));
        shadowed.setText(String.format(
                Locale.ROOT, "%,d", p.warnings(RuleWarning.Kind.SHADOWED).size()));
        uncovered.setText(String.format(Locale.ROOT, "%,d", p.skusUncovered()));
        warnings.getItems().setAll(p.warnings());
        largest.getItems().setAll(p.largestChanges());
    }

    /** The preview shown last; null before the first. */
    ReadOnlyObjectProperty<RulesPreview> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private static String label(RuleWarning.Kind kind) {
        return switch (kind) {
            case SHADOWED -> "Shadowed";
            case MATCHES_NOTHING -> "Matches nothing";
            case CONTRADICTORY -> "Contradictory";
            case OVER_CAPACITY -> "Over capacity";
            case UNCOVERED -> "Uncovered";
        };
    }

    private static Label value(String id) {
        Label l = new Label("–");
        l.setId(id);
        l.getStyleClass().add("preview-value");
        return l;
    }

    private static void line(GridPane grid, int row, String text, Label value, String tip) {
        Label name = new Label(text);
        name.getStyleClass().add("property-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        value.setWrapText(true);
        name.setTooltip(new Tooltip(tip));
        value.setTooltip(new Tooltip(tip));
        grid.add(name, 0, row);
        grid.add(value, 1, row);
    }

    private static TableColumn<RulesPreview.Change, String> column(
            String title, java.util.function.Function<RulesPreview.Change, String> value, double width) {
        TableColumn<RulesPreview.Change, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new SimpleStringProperty(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<RulesPreview.Change, Long> number(
            String title, java.util.function.ToLongFunction<RulesPreview.Change> value) {
        TableColumn<RulesPreview.Change, Long> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new SimpleObjectProperty<>(value.applyAsLong(f.getValue())));
        c.setPrefWidth(60);
        c.setStyle("-fx-alignment: center-right;");
        return c;
    }
}
