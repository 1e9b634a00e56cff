package dev.microtower.network.ui;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SiteDefaults;
import dev.microtower.network.domain.SlaTier;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Asks for the few things a new site needs (type, code, name, SLA tier) where the user clicked
 * the map; everything else starts from the typical figures of its type ({@link SiteDefaults}) and
 * can be edited in the inspector afterwards. A code the scenario already has, or an empty code or
 * name, is refused in the dialog, which stays open.
 */
final class AddSiteDialog extends Dialog<Node> {
    final ComboBox<NodeType> type = new ComboBox<>();
    final TextField code = new TextField();
    final TextField name = new TextField();
    final ComboBox<SlaTier> tier = new ComboBox<>();
    final Label problem = new Label();
    private final boolean anyStocked;

    AddSiteDialog(Window owner, GeoPoint location, List<Node> network) {
        initOwner(owner);
        setTitle("Add site");
        setHeaderText(String.format(Locale.ROOT, "A new planned site at %.5f, %.5f", location.lat(), location.lon()));
        anyStocked = network.stream().anyMatch(Node::isStocked);
        Set<String> taken = network.stream().map(n -> n.code().value()).collect(Collectors.toSet());
        type.setId("add-site-type");
        type.getItems().setAll(NodeType.values());
        type.setConverter(labels(NodeType::label));
        code.setId("add-site-code");
        name.setId("add-site-name");
        tier.setId("add-site-tier");
        tier.getItems().setAll(SlaTier.values());
        tier.setConverter(labels(SlaTier::label));
        problem.setId("add-site-problem");
        problem.setStyle("-fx-text-fill: #b3261e;");
        problem.setWrapText(true);
        problem.setMaxWidth(320);
        type.valueProperty().addListener((o, was, now) -> {
            tier.setValue(SiteDefaults.of(now).slaTier());
            if (code.getText().isBlank() || code.getText().equals(suggestion(was, taken))) {
                code.setText(suggestion(now, taken));
            }
        });
        type.setValue(NodeType.DARK_STORE);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, new Label("Type"), type);
        grid.addRow(1, new Label("Code"), code);
        grid.addRow(2, new Label("Name"), name);
        grid.addRow(3, new Label("SLA tier"), tier);
        grid.add(problem, 0, 4, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Add site");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String refused = refusal(taken);
            problem.setText(refused == null ? "" : refused);
            if (refused != null) {
                e.consume(); // the dialog stays open with the reason under the fields
            }
        });
        setResultConverter(button -> button == ButtonType.OK
                ? SiteDefaults.newSite(
                        NodeCode.of(code.getText().strip()),
                        name.getText().strip(),
                        type.getValue(),
                        tier.getValue(),
                        location,
                        network)
                : null);
    }

    /** Why the typed site cannot be added, naming the field; {@code null} when it can. */
    String refusal(Set<String> taken) {
        String typed = code.getText().strip();
        if (typed.isEmpty()) {
            return "Code must not be empty.";
        }
        if (taken.contains(typed)) {
            return "Code " + typed + " is already used by another site of this scenario: choose another.";
        }
        if (name.getText().isBlank()) {
            return "Name must not be empty.";
        }
        if (type.getValue() == NodeType.PICKUP_POINT && !anyStocked) {
            return "A pickup point needs a serving site, and this scenario has no open stocking site yet.";
        }
        return null;
    }

    private static String suggestion(NodeType type, Set<String> taken) {
        if (type == null) {
            return "";
        }
        String prefix =
                switch (type) {
                    case REGIONAL_DC -> "DC-NEW-";
                    case MICRO_FULFILLMENT_CENTER -> "MFC-NEW-";
                    case DARK_STORE -> "DS-NEW-";
                    case MICRO_HUB -> "HUB-NEW-";
                    case STORE -> "STORE-NEW-";
                    case PICKUP_POINT -> "PUP-NEW-";
                };
        int n = 1;
        while (taken.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }

    private static <T> StringConverter<T> labels(Function<T, String> label) {
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
}
