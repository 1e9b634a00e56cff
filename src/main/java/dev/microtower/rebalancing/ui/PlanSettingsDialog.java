package dev.microtower.rebalancing.ui;

import dev.microtower.rebalancing.domain.LostSaleBasis;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Asks for the prices a plan weighs: transport per unit and km for each temperature chain, the
 * fixed cost of a shipment, what a lost sale costs (margin or price), the least cost of a unit
 * short of target and the holding cost rate. A value out of range is named under the fields and OK
 * stays disabled until every field is right.
 */
final class PlanSettingsDialog extends Dialog<RebalancingSettings> {
    final TextField ambient = field("plan-settings-ambient");
    final TextField chilled = field("plan-settings-chilled");
    final TextField frozen = field("plan-settings-frozen");
    final TextField fixed = field("plan-settings-fixed");
    final TextField leastShortage = field("plan-settings-least-shortage");
    final TextField holding = field("plan-settings-holding");
    final ChoiceBox<LostSaleBasis> basis = new ChoiceBox<>(FXCollections.observableArrayList(LostSaleBasis.values()));
    final Label problem = new Label();

    PlanSettingsDialog(Window owner, RebalancingSettings initial) {
        initOwner(owner);
        setTitle("Plan settings");
        setHeaderText("What the plan weighs, in money");
        getDialogPane().setId("plan-settings-dialog");
        ambient.setText(number(initial.ambientPerUnitKm()));
        chilled.setText(number(initial.chilledPerUnitKm()));
        frozen.setText(number(initial.frozenPerUnitKm()));
        fixed.setText(number(initial.fixedCostPerShipment()));
        leastShortage.setText(number(initial.shortagePenaltyPerUnit()));
        holding.setText(number(100 * initial.holdingRatePerYear()));
        basis.setId("plan-settings-basis");
        basis.setValue(initial.lostSaleBasis());
        basis.setConverter(new StringConverter<>() {
            @Override
            public String toString(LostSaleBasis b) {
                return b == null ? "" : b.label();
            }

            @Override
            public LostSaleBasis fromString(String text) {
                return null;
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Transport, ambient (per unit and km)"), ambient);
        grid.addRow(1, new Label("Transport, chilled (per unit and km)"), chilled);
        grid.addRow(2, new Label("Transport, frozen (per unit and km)"), frozen);
        grid.addRow(3, new Label("Fixed cost per shipment"), fixed);
        grid.addRow(4, new Label("A lost sale costs"), basis);
        grid.addRow(5, new Label("Least cost of a unit short of target"), leastShortage);
        grid.addRow(6, new Label("Holding cost (% of unit cost a year)"), holding);
        Label how = new Label("The plan moves stock where the lost sales it avoids are worth more than the transport"
                + " and shipments it costs. A SKU without a selling price is priced at its cost × 1.5."
                + " The settings are stored with each plan run.");
        how.setWrapText(true);
        how.setMaxWidth(460);
        problem.setId("plan-settings-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        problem.getStyleClass().add("form-problem");
        getDialogPane().setContent(new VBox(10, how, grid, problem));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        for (TextField f : new TextField[] {ambient, chilled, frozen, fixed, leastShortage, holding}) {
            f.textProperty().addListener(o -> check());
        }
        basis.valueProperty().addListener(o -> check());
        check();
        setResultConverter(button -> button == ButtonType.OK ? settings().orElse(null) : null);
    }

    /** Shows what is wrong, if anything, and enables OK only when nothing is. */
    void check() {
        try {
            read();
            problem.setText("");
            getDialogPane().lookupButton(ButtonType.OK).setDisable(false);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            getDialogPane().lookupButton(ButtonType.OK).setDisable(true);
        }
    }

    Optional<RebalancingSettings> settings() {
        try {
            return Optional.of(read());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private RebalancingSettings read() {
        double a = parse(ambient, "Transport, ambient");
        double c = parse(chilled, "Transport, chilled");
        double f = parse(frozen, "Transport, frozen");
        double least = parse(leastShortage, "Least cost of a unit short of target");
        double fix = parse(fixed, "Fixed cost per shipment");
        double h = parse(holding, "Holding cost");
        if (!(h >= 0 && h <= 100)) {
            throw new IllegalArgumentException("Holding cost must be between 0 and 100 % a year: " + holding.getText());
        }
        require(
                RebalancingSettings.PER_UNIT_KM.contains(a),
                "Transport, ambient",
                RebalancingSettings.PER_UNIT_KM.describe());
        require(
                RebalancingSettings.PER_UNIT_KM.contains(c),
                "Transport, chilled",
                RebalancingSettings.PER_UNIT_KM.describe());
        require(
                RebalancingSettings.PER_UNIT_KM.contains(f),
                "Transport, frozen",
                RebalancingSettings.PER_UNIT_KM.describe());
        require(
                RebalancingSettings.FIXED_COST.contains(fix),
                "Fixed cost per shipment",
                RebalancingSettings.FIXED_COST.describe());
        require(
                RebalancingSettings.SHORTAGE_PENALTY.contains(least),
                "Least cost of a unit short of target",
                RebalancingSettings.SHORTAGE_PENALTY.describe());
        return new RebalancingSettings(a, c, f, least, fix, basis.getValue(), h / 100);
    }

    private static void require(boolean ok, String field, String range) {
        if (!ok) {
            throw new IllegalArgumentException(field + " must be " + range + ".");
        }
    }

    private static double parse(TextField field, String what) {
        try {
            double v = Double.parseDouble(field.getText().strip().replace(',', '.'));
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number: '" + field.getText() + "'");
        }
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(7);
        return f;
    }

    private static String number(double value) {
        return value == Math.rint(value)
                ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%s", (float) value);
    }
}
