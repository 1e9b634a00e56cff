package dev.microtower.allocation.ui;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.NodeSelector;
import dev.microtower.allocation.domain.SelectorSyntax;
import dev.microtower.allocation.domain.SkuSelector;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Range;
import dev.microtower.core.SkuCode;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * The form under the rules table: every field of the selected rule, each with its message next to
 * it when what it holds cannot be a rule (empty or duplicate name, bad selector, unknown codes,
 * numbers out of range, minimum days of cover above the maximum). While a field is wrong the rule
 * in the draft keeps its last good value and {@link #validProperty()} is false.
 */
final class RuleForm extends GridPane {
    /** The fields, in the order the form shows them. */
    enum Field {
        NAME("name"),
        ENABLED("enabled"),
        POLICY("policy"),
        SKUS("skus"),
        NODES("nodes"),
        MIN_DAYS("min-days"),
        MAX_DAYS("max-days"),
        SERVICE_LEVEL("service-level"),
        CAPACITY_SHARE("capacity-share");

        final String id;

        Field(String id) {
            this.id = id;
        }
    }

    private final TextField name = new TextField();
    private final CheckBox enabled = new CheckBox("Enabled (a disabled rule is kept but never decides)");
    private final ComboBox<StockingPolicy> policy = new ComboBox<>();
    private final TextField skus = new TextField();
    private final TextField nodes = new TextField();
    private final TextField minDays = new TextField();
    private final TextField maxDays = new TextField();
    private final TextField serviceLevel = new TextField();
    private final TextField capacityShare = new TextField();
    private final Map<Field, Label> errors = new EnumMap<>(Field.class);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);

    private BiConsumer<Field, AllocationRule> onEdit = (f, r) -> {};
    private AllocationRule shown;
    private List<AllocationRule> others = List.of();
    private Set<NodeCode> knownNodes = Set.of();
    private Set<SkuCode> knownSkus = Set.of();
    private boolean loading;

    RuleForm() {
        getStyleClass().add("rule-form");
        setHgap(8);
        setVgap(4);
        setPadding(new Insets(8, 10, 8, 10));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(130);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(220);
        ColumnConstraints messages = new ColumnConstraints();
        messages.setMinWidth(200);
        messages.setPrefWidth(300);
        getColumnConstraints().addAll(labels, fields, messages);

        policy.getItems().setAll(StockingPolicy.values());
        policy.setMaxWidth(Double.MAX_VALUE);
        AllocationSettings d = AllocationSettings.DEFAULT;
        skus.setPromptText("all SKUs, e.g. category=Pharmacy; abc=A|B");
        skus.setTooltip(new Tooltip("Criteria separated by ';', values by '|'. Keys: "
                + String.join(", ", SelectorSyntax.SKU_KEYS) + ". Empty selects every SKU."));
        nodes.setPromptText("all nodes, e.g. type=DARK_STORE|MICRO_HUB; region=East Bay");
        nodes.setTooltip(new Tooltip("Criteria separated by ';', values by '|'. Keys: "
                + String.join(", ", SelectorSyntax.NODE_KEYS) + ". Empty selects every node."));
        minDays.setPromptText("default " + plain(d.minDaysCover()));
        maxDays.setPromptText("default " + plain(d.maxDaysCover()));
        serviceLevel.setPromptText("default " + plain(d.serviceLevel()));
        capacityShare.setPromptText("no limit");

        row(Field.NAME, "Name", name);
        row(Field.ENABLED, "", enabled);
        row(Field.POLICY, "Policy", policy);
        row(Field.SKUS, "SKU selector", skus);
        row(Field.NODES, "Node selector", nodes);
        row(Field.MIN_DAYS, "Min days of cover", minDays);
        row(Field.MAX_DAYS, "Max days of cover", maxDays);
        row(Field.SERVICE_LEVEL, "Service level (0–1)", serviceLevel);
        row(Field.CAPACITY_SHARE, "Max capacity share", capacityShare);

        name.textProperty().addListener(o -> changed(Field.NAME));
        enabled.selectedProperty().addListener(o -> changed(Field.ENABLED));
        policy.valueProperty().addListener(o -> changed(Field.POLICY));
        skus.textProperty().addListener(o -> changed(Field.SKUS));
        nodes.textProperty().addListener(o -> changed(Field.NODES));
        minDays.textProperty().addListener(o -> changed(Field.MIN_DAYS));
        maxDays.textProperty().addListener(o -> changed(Field.MAX_DAYS));
        serviceLevel.textProperty().addListener(o -> changed(Field.SERVICE_LEVEL));
        capacityShare.textProperty().addListener(o -> changed(Field.CAPACITY_SHARE));
        show(null, List.of());
    }

    private void row(Field field, String text, Control control) {
        int r = field.ordinal();
        control.setId("rule-" + field.id);
        control.setMaxWidth(Double.MAX_VALUE);
        Label label = new Label(text);
        label.setLabelFor(control);
        label.getStyleClass().add("property-name");
        Label error = new Label();
        error.setId("error-" + field.id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.managedProperty().bind(error.visibleProperty());
        errors.put(field, error);
        add(label, 0, r);
        add(control, 1, r);
        add(error, 2, r);
    }

    /** Called with the field and the rule it now makes, each time an edit leaves a valid rule. */
    void setOnEdit(BiConsumer<Field, AllocationRule> handler) {
        onEdit = handler;
    }

    /** Codes the selectors may name; empty sets accept any code. */
    void setKnownCodes(Set<NodeCode> nodeCodes, Set<SkuCode> skuCodes) {
        knownNodes = Set.copyOf(nodeCodes);
        knownSkus = Set.copyOf(skuCodes);
        if (shown != null) {
            check();
        }
    }

    /** Shows {@code rule} (or nothing); {@code rest} are the draft's other rules, for the name check. */
    void show(AllocationRule rule, List<AllocationRule> rest) {
        loading = true;
        try {
            shown = rule;
            others = List.copyOf(rest);
            setDisable(rule == null);
            name.setText(rule == null ? "" : rule.name());
            enabled.setSelected(rule != null && rule.enabled());
            policy.setValue(rule == null ? null : rule.policy());
            skus.setText(rule == null ? "" : SelectorSyntax.format(rule.skus()));
            nodes.setText(rule == null ? "" : SelectorSyntax.format(rule.nodes()));
            minDays.setText(rule == null ? "" : plain(rule.minDaysCover()));
            maxDays.setText(rule == null ? "" : plain(rule.maxDaysCover()));
            serviceLevel.setText(rule == null ? "" : plain(rule.serviceLevel()));
            capacityShare.setText(rule == null ? "" : plain(rule.maxCapacityShare()));
        } finally {
            loading = false;
        }
        check();
    }

    /** The rule shown, as it is in the draft (its last valid state). */
    AllocationRule shown() {
        return shown;
    }

    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The message next to {@code field}, empty when it is fine. */
    String error(Field field) {
        Label label = errors.get(field);
        return label.isVisible() ? label.getText() : "";
    }

    private void changed(Field field) {
        if (loading || shown == null) {
            return;
        }
        AllocationRule rule = check();
        if (rule != null && !rule.equals(shown)) {
            shown = rule;
            onEdit.accept(field, rule);
        }
    }

    /** Shows the messages of every field; returns the rule the fields make, or null. */
    private AllocationRule check() {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        AllocationRule rule = shown == null ? null : read(problems);
        for (Field f : Field.values()) {
            Label label = errors.get(f);
            String message = problems.get(f);
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
        }
        valid.set(shown == null || problems.isEmpty());
        return problems.isEmpty() ? rule : null;
    }

    private AllocationRule read(Map<Field, String> problems) {
        String n = name.getText() == null ? "" : name.getText().strip();
        if (n.isEmpty()) {
            problems.put(Field.NAME, "A rule needs a name");
        } else if (n.length() > 200) {
            problems.put(Field.NAME, "At most 200 characters");
        } else if (others.stream().anyMatch(r -> r.name().equals(n))) {
            problems.put(Field.NAME, "Another rule is named '" + n + "'");
        }
        if (policy.getValue() == null) {
            problems.put(Field.POLICY, "Choose a policy");
        }
        SkuSelector skuSelector = null;
        try {
            skuSelector = SelectorSyntax.parseSkus(skus.getText());
            String unknown = skuSelector.skus().stream()
                    .filter(c -> !knownSkus.isEmpty() && !knownSkus.contains(c))
                    .map(SkuCode::value)
                    .sorted()
                    .collect(Collectors.joining(", "));
            if (!unknown.isEmpty()) {
                problems.put(Field.SKUS, "Unknown SKU " + unknown);
            }
        } catch (IllegalArgumentException e) {
            problems.put(Field.SKUS, capitalised(e.getMessage()));
        }
        NodeSelector nodeSelector = null;
        try {
            nodeSelector = SelectorSyntax.parseNodes(nodes.getText());
            String unknown = nodeSelector.nodes().stream()
                    .filter(c -> !knownNodes.isEmpty() && !knownNodes.contains(c))
                    .map(NodeCode::value)
                    .sorted()
                    .collect(Collectors.joining(", "));
            if (!unknown.isEmpty()) {
                problems.put(Field.NODES, "Unknown node " + unknown);
            }
        } catch (IllegalArgumentException e) {
            problems.put(Field.NODES, capitalised(e.getMessage()));
        }
        Double min = number(minDays, Field.MIN_DAYS, problems);
        Double max = number(maxDays, Field.MAX_DAYS, problems);
        Double service = number(serviceLevel, Field.SERVICE_LEVEL, problems);
        Double share = number(capacityShare, Field.CAPACITY_SHARE, problems);
        boolean minInRange = inRange(min, AllocationRule.MIN_DAYS_COVER, Field.MIN_DAYS, "", problems);
        boolean maxInRange = inRange(max, AllocationRule.MAX_DAYS_COVER, Field.MAX_DAYS, "", problems);
        if (min != null && max != null && minInRange && maxInRange && min > max) {
            problems.put(Field.MIN_DAYS, "Minimum " + plain(min) + " is above the maximum " + plain(max));
            problems.put(Field.MAX_DAYS, "Maximum " + plain(max) + " is below the minimum " + plain(min));
        }
        inRange(service, AllocationRule.SERVICE_LEVEL, Field.SERVICE_LEVEL, ", e.g. 0.95", problems);
        inRange(share, AllocationRule.CAPACITY_SHARE, Field.CAPACITY_SHARE, ", e.g. 0.25", problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new AllocationRule(
                n,
                shown.position(),
                enabled.isSelected(),
                skuSelector,
                nodeSelector,
                policy.getValue(),
                min,
                max,
                service,
                share);
    }

    /**
     * Notes a problem on {@code which} unless {@code value} (when set) lies in the domain's {@code
     * range}, in the range's own words so that the form and the rule can never disagree. Returns
     * whether the value is fine.
     */
    private static boolean inRange(
            Double value, Range range, Field which, String example, Map<Field, String> problems) {
        if (value == null || range.contains(value)) {
            return true;
        }
        problems.put(which, capitalised(range.describe()) + example);
        return false;
    }

    private static Double number(TextField field, Field which, Map<Field, String> problems) {
        String text = field.getText() == null ? "" : field.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                problems.put(which, "Not a number");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.put(which, "Not a number: '" + text + "'");
            return null;
        }
    }

    /** A number as the CSV writes it: plain decimals that parse back to the same double. */
    static String plain(Double value) {
        if (value == null) {
            return "";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String capitalised(String message) {
        return message == null || message.isEmpty()
                ? "Not valid"
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
