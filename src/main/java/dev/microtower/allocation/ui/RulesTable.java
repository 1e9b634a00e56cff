package dev.microtower.allocation.ui;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.RuleWarning;
import dev.microtower.allocation.domain.RulesPreview;
import dev.microtower.allocation.domain.SelectorSyntax;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * The rules editor's table of the draft's rules, in the order they are tried, with how many site ×
 * SKU pairs each decides in the latest preview and its warnings as a tooltip. Switching a rule's
 * "On" box is handed to the controller as an edit of the draft.
 */
final class RulesTable extends TableView<AllocationRule> {
    private final ObjectProperty<RulesPreview> preview;
    private BiConsumer<Integer, Boolean> onEnabled = (index, on) -> {};

    RulesTable(ObservableList<AllocationRule> rules, ObjectProperty<RulesPreview> preview) {
        super(rules);
        this.preview = preview;
        setId("rules-table");
        setPlaceholder(new Label("No rules: the defaults decide everywhere. Add one."));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(text("Order", r -> Integer.toString(r.position()), 46));
        TableColumn<AllocationRule, Boolean> on = new TableColumn<>("On");
        on.setPrefWidth(34);
        on.setCellValueFactory(f -> new SimpleObjectProperty<>(f.getValue().enabled()));
        on.setCellFactory(c -> new EnabledCell());
        getColumns().add(on);
        getColumns().add(text("Name", AllocationRule::name, 220));
        getColumns().add(text("SKU selector", r -> describe(SelectorSyntax.format(r.skus()), "all SKUs"), 170));
        getColumns().add(text("Node selector", r -> describe(SelectorSyntax.format(r.nodes()), "all nodes"), 170));
        getColumns().add(text("Policy", r -> r.policy().name(), 104));
        getColumns().add(text("Min", r -> RuleForm.plain(r.minDaysCover()), 40));
        getColumns().add(text("Max", r -> RuleForm.plain(r.maxDaysCover()), 40));
        getColumns().add(text("SL", r -> RuleForm.plain(r.serviceLevel()), 44));
        getColumns().add(text("Cap", r -> RuleForm.plain(r.maxCapacityShare()), 40));
        getColumns().add(text("Decides", this::decides, 100));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AllocationRule rule, boolean empty) {
                super.updateItem(rule, empty);
                getStyleClass().removeAll("rule-disabled", "rule-warned");
                setTooltip(null);
                if (empty || rule == null) {
                    return;
                }
                if (!rule.enabled()) {
                    getStyleClass().add("rule-disabled");
                }
                String warned = warningsOf(rule.name());
                if (!warned.isEmpty()) {
                    getStyleClass().add("rule-warned");
                    setTooltip(new Tooltip(warned));
                }
            }
        });
        preview.addListener(o -> refresh());
    }

    /** Called with the row and the new state when the user switches a rule on or off. */
    void setOnEnabled(BiConsumer<Integer, Boolean> handler) {
        this.onEnabled = handler;
    }

    private String decides(AllocationRule rule) {
        RulesPreview p = preview.get();
        if (!rule.enabled()) {
            return "off";
        }
        if (p == null) {
            return "";
        }
        long pairs = p.pairsByRule().getOrDefault(rule.name(), 0L);
        return String.format(Locale.ROOT, "%s%,d pairs", warningsOf(rule.name()).isEmpty() ? "" : "⚠ ", pairs);
    }

    private String warningsOf(String rule) {
        RulesPreview p = preview.get();
        if (p == null) {
            return "";
        }
        return p.warnings().stream()
                .filter(w -> rule.equals(w.rule()) && w.kind() != RuleWarning.Kind.UNCOVERED)
                .map(RuleWarning::message)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(String text, String empty) {
        return text.isEmpty() ? empty : text;
    }

    private static TableColumn<AllocationRule, String> text(
            String title, Function<AllocationRule, String> value, double width) {
        TableColumn<AllocationRule, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new SimpleStringProperty(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** The "On" column: switching it is an edit of the draft like any other. */
    private final class EnabledCell extends TableCell<AllocationRule, Boolean> {
        private final CheckBox box = new CheckBox();

        EnabledCell() {
            box.setOnAction(e -> {
                int index = getIndex();
                onEnabled.accept(index, box.isSelected());
                getSelectionModel().select(index);
            });
        }

        @Override
        protected void updateItem(Boolean on, boolean empty) {
            super.updateItem(on, empty);
            setGraphic(empty || on == null ? null : box);
            if (on != null) {
                box.setSelected(on);
            }
        }
    }
}
