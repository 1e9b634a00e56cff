package dev.microtower.network.ui;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Range;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The form in the inspector that edits every property of one site: name, type, status, SLA tier,
 * address, position, storage capacity, floor area, costs, replenishment source and lead time, and
 * the serving site of a pickup point. {@link #read()} turns what was typed into a site, or into a
 * problem per field in words ("Storage capacity must be a non-negative number"), shown under the
 * field; the ranges are those of the domain ({@link Node}, {@link GeoPoint}), which the database's
 * CHECK constraints enforce too.
 */
final class SiteForm extends GridPane {
    /** One choice of a list; {@code value} is {@code null} for "none". */
    record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What the form holds: a site ready to save, or why not, by field label. */
    record Reading(Node node, Map<String, String> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    static final String NONE = "—";

    final TextField name = field("site-name");
    final ComboBox<NodeType> type = new ComboBox<>();
    final ComboBox<NodeStatus> status = new ComboBox<>();
    final ComboBox<Choice<SlaTier>> slaTier = new ComboBox<>();
    final TextField address = field("site-address");
    final TextField town = field("site-town");
    final TextField region = field("site-region");
    final TextField latitude = field("site-latitude");
    final TextField longitude = field("site-longitude");
    final TextField capacity = field("site-capacity");
    final TextField floorArea = field("site-floor-area");
    final TextField fixedCost = field("site-fixed-cost");
    final TextField handlingCost = field("site-handling-cost");
    final ComboBox<Choice<NodeCode>> source = new ComboBox<>();
    final TextField leadTime = field("site-lead-time");
    final ComboBox<Choice<NodeCode>> servedBy = new ComboBox<>();
    private final Map<String, Label> problemLabels = new LinkedHashMap<>();
    private Node editing;

    SiteForm() {
        setId("site-form");
        getStyleClass().add("properties");
        setHgap(10);
        setVgap(2);
        type.setId("site-type");
        type.getItems().setAll(NodeType.values());
        type.setConverter(converter(NodeType::label));
        status.setId("site-status");
        status.getItems().setAll(NodeStatus.values());
        status.setConverter(converter(SiteStyle::statusLabel));
        slaTier.setId("site-sla-tier");
        List<Choice<SlaTier>> tiers = new ArrayList<>();
        tiers.add(new Choice<>(null, NONE));
        Arrays.stream(SlaTier.values()).forEach(t -> tiers.add(new Choice<>(t, t.label())));
        slaTier.getItems().setAll(tiers);
        source.setId("site-source");
        servedBy.setId("site-served-by");
        int row = 0;
        row = add(row, "Name", name);
        row = add(row, "Type", type);
        row = add(row, "Status", status);
        row = add(row, "SLA tier", slaTier);
        row = add(row, "Address", address);
        row = add(row, "Town", town);
        row = add(row, "Region", region);
        row = add(row, "Latitude", latitude);
        row = add(row, "Longitude", longitude);
        row = add(row, "Storage capacity (units)", capacity);
        row = add(row, "Floor area (m²)", floorArea);
        row = add(row, "Fixed cost per day", fixedCost);
        row = add(row, "Handling cost per order", handlingCost);
        row = add(row, "Replenished from", source);
        row = add(row, "Lead time (days)", leadTime);
        add(row, "Served by", servedBy);
    }

    /** Fills the form with {@code site}; {@code network} gives the sites to pick as source or server. */
    void show(Node site, List<Node> network) {
        editing = site;
        name.setText(site.name());
        type.setValue(site.type());
        status.setValue(site.status());
        slaTier.setValue(choice(slaTier, site.slaTier()));
        address.setText(text(site.address()));
        town.setText(text(site.town()));
        region.setText(text(site.region()));
        latitude.setText(String.format(Locale.ROOT, "%.6f", site.location().lat()));
        longitude.setText(String.format(Locale.ROOT, "%.6f", site.location().lon()));
        capacity.setText(site.storageCapacityUnits() == null ? "" : Long.toString(site.storageCapacityUnits()));
        floorArea.setText(number(site.floorAreaM2()));
        fixedCost.setText(
                site.fixedCostPerDay() == null ? "" : site.fixedCostPerDay().toPlainString());
        handlingCost.setText(
                site.handlingCostPerOrder() == null
                        ? ""
                        : site.handlingCostPerOrder().toPlainString());
        leadTime.setText(number(site.leadTimeDays()));
        List<Choice<NodeCode>> others = new ArrayList<>();
        others.add(new Choice<>(null, NONE));
        network.stream()
                .filter(n -> !n.code().equals(site.code()) && n.type().holdsStock())
                .map(n -> new Choice<>(n.code(), n.code() + " · " + n.name()))
                .forEach(others::add);
        source.getItems().setAll(others);
        servedBy.getItems().setAll(others);
        source.setValue(choice(source, site.replenishmentSource()));
        servedBy.setValue(choice(servedBy, site.servedBy()));
        problemLabels.values().forEach(l -> show(l, null));
    }

    /** The site as typed, or the problems of each field; the problems are shown under their fields. */
    Reading read() {
        Objects.requireNonNull(editing, "no site shown");
        Map<String, String> problems = new LinkedHashMap<>();
        String newName = name.getText().strip();
        if (newName.isEmpty()) {
            problems.put("Name", "Name must not be empty.");
        }
        Double lat = decimal(problems, "Latitude", latitude, GeoPoint.LATITUDE, true);
        Double lon = decimal(problems, "Longitude", longitude, GeoPoint.LONGITUDE, true);
        Long units = whole(problems, "Storage capacity (units)", capacity, Node.STORAGE_CAPACITY_UNITS);
        Double area = decimal(problems, "Floor area (m²)", floorArea, Node.FLOOR_AREA_M2, false);
        BigDecimal fixed = money(problems, "Fixed cost per day", fixedCost, Node.FIXED_COST_PER_DAY);
        BigDecimal handling = money(problems, "Handling cost per order", handlingCost, Node.HANDLING_COST_PER_ORDER);
        Double lead = decimal(problems, "Lead time (days)", leadTime, Node.LEAD_TIME_DAYS, false);
        NodeType newType = type.getValue();
        NodeCode server = value(servedBy);
        if (newType == NodeType.PICKUP_POINT && server == null) {
            problems.put("Served by", "A pickup point needs a serving site: choose one under Served by.");
        }
        problemLabels.forEach((field, label) -> show(label, problems.get(field)));
        if (!problems.isEmpty()) {
            return new Reading(null, problems);
        }
        Node node = new Node(
                editing.code(),
                newName,
                newType,
                new GeoPoint(lat, lon),
                blankToNull(address),
                blankToNull(town),
                blankToNull(region),
                status.getValue(),
                value(slaTier),
                units,
                area,
                fixed,
                handling,
                value(source),
                lead,
                newType == NodeType.PICKUP_POINT ? server : value(servedBy));
        return new Reading(node, Map.of());
    }

    /** The problem shown under {@code field} now, or empty. */
    String problem(String field) {
        Label label = problemLabels.get(field);
        return label == null ? "" : label.getText();
    }

    // ---- parsing ----

    private static Double decimal(
            Map<String, String> problems, String field, TextField input, Range range, boolean required) {
        return read(problems, field, input, required, "a number", Double::parseDouble, range, range::contains);
    }

    private static Long whole(Map<String, String> problems, String field, TextField input, Range range) {
        return read(problems, field, input, false, "a whole number", Long::parseLong, range, v -> range.contains(v));
    }

    private static BigDecimal money(Map<String, String> problems, String field, TextField input, Range range) {
        return read(problems, field, input, false, "an amount", BigDecimal::new, range, range::contains);
    }

    /**
     * The value typed in {@code input}, or {@code null} when it is empty or wrong, in which case
     * {@code problems} says why under the field's name: empty though required, not {@code kind}, or
     * outside {@code range}. Thousands separators are allowed.
     */
    private static <T> T read(
            Map<String, String> problems,
            String field,
            TextField input,
            boolean required,
            String kind,
            Function<String, T> parse,
            Range range,
            Predicate<T> inRange) {
        String text = input.getText().strip().replace(",", "");
        if (text.isEmpty()) {
            if (required) {
                problems.put(field, field + " must not be empty.");
            }
            return null;
        }
        T value;
        try {
            value = parse.apply(text);
        } catch (NumberFormatException e) {
            problems.put(
                    field,
                    field + " must be " + kind + ", not \"" + input.getText().strip() + "\".");
            return null;
        }
        if (!inRange.test(value)) {
            problems.put(field, field + " must be " + range.describe() + ".");
            return null;
        }
        return value;
    }

    // ---- layout ----

    private int add(int row, String label, Control input) {
        Label key = new Label(label);
        key.getStyleClass().add("property-name");
        key.setMinWidth(Region.USE_PREF_SIZE);
        input.setMaxWidth(Double.MAX_VALUE);
        input.setPrefWidth(150);
        GridPane.setHgrow(input, Priority.ALWAYS);
        addRow(row, key, input);
        Label problem = new Label();
        problem.getStyleClass().add("form-problem");
        problem.setStyle("-fx-text-fill: #b3261e;");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setId(input.getId() + "-problem");
        show(problem, null);
        add(problem, 0, row + 1, 2, 1);
        problemLabels.put(label, problem);
        return row + 2;
    }

    private static void show(Label problem, String text) {
        problem.setText(text == null ? "" : text);
        problem.setVisible(text != null);
        problem.setManaged(text != null);
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }

    private static <T> Choice<T> choice(ComboBox<Choice<T>> box, T value) {
        return box.getItems().stream()
                .filter(c -> Objects.equals(c.value(), value))
                .findFirst()
                .orElseGet(() -> {
                    // a site no longer offered (another type now) still shows as it is
                    Choice<T> kept = new Choice<>(value, String.valueOf(value));
                    box.getItems().add(kept);
                    return kept;
                });
    }

    private static <T> T value(ComboBox<Choice<T>> box) {
        return box.getValue() == null ? null : box.getValue().value();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(TextField field) {
        String text = field.getText().strip();
        return text.isEmpty() ? null : text;
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? Long.toString(value.longValue()) : Double.toString(value);
    }
}
