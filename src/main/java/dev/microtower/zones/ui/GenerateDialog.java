package dev.microtower.zones.ui;

import dev.microtower.network.domain.SlaTier;
import dev.microtower.zones.engine.ZoneGenerator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks how to generate zones: which tiers, the delivery speed and each tier's drive time. */
final class GenerateDialog extends Dialog<ZoneGenerator.Settings> {
    private final TextField speed = new TextField();
    private final Map<SlaTier, CheckBox> tiers = new EnumMap<>(SlaTier.class);
    private final Map<SlaTier, TextField> hours = new EnumMap<>(SlaTier.class);
    private final Label method = new Label();

    GenerateDialog(Window owner, ZoneGenerator.Settings initial) {
        initOwner(owner);
        setTitle("Generate delivery zones");
        setHeaderText("Generate delivery zones from the sites");
        getDialogPane().setId("generate-dialog");
        speed.setId("generate-speed");
        speed.setText(number(initial.speedKmh()));
        speed.setPrefColumnCount(5);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Average delivery speed (km/h)"), speed);
        grid.addRow(1, new Label("Tier"), new Label("Drive time its promise leaves (h)"));
        int row = 2;
        for (SlaTier tier : SlaTier.values()) {
            CheckBox on = new CheckBox(tier.label());
            on.setId("generate-tier-" + tier.name().toLowerCase(Locale.ROOT));
            on.setSelected(initial.tiers().contains(tier));
            TextField h = new TextField(number(initial.driveHours().getOrDefault(tier, 1.0)));
            h.setId("generate-hours-" + tier.name().toLowerCase(Locale.ROOT));
            h.setPrefColumnCount(5);
            h.disableProperty().bind(on.selectedProperty().not());
            tiers.put(tier, on);
            hours.put(tier, h);
            grid.addRow(row++, on, h);
            on.selectedProperty().addListener(o -> explain());
            h.textProperty().addListener(o -> explain());
        }
        speed.textProperty().addListener(o -> explain());
        method.setWrapText(true);
        method.setMaxWidth(460);
        method.setId("generate-method");
        Label how = new Label("Each stocked site (open or disrupted) gets one zone per tier it is built for: its"
                + " Voronoi cell among the stocked sites of the same tier, clipped to a circle of radius"
                + " speed × drive time. The zones of the checked tiers are replaced; zones of other tiers stay."
                + " Edit → Undo puts the previous zones back.");
        how.setWrapText(true);
        how.setMaxWidth(460);
        getDialogPane().setContent(new VBox(10, how, grid, method));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        explain();
        setResultConverter(button -> button == ButtonType.OK ? settings().orElse(null) : null);
    }

    private void explain() {
        try {
            method.setText(read().describe());
            getDialogPane().lookupButton(ButtonType.OK).setDisable(false);
        } catch (IllegalArgumentException e) {
            method.setText(e.getMessage());
            getDialogPane().lookupButton(ButtonType.OK).setDisable(true);
        }
    }

    private Optional<ZoneGenerator.Settings> settings() {
        try {
            return Optional.of(read());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private ZoneGenerator.Settings read() {
        Set<SlaTier> chosen = EnumSet.noneOf(SlaTier.class);
        Map<SlaTier, Double> driveHours = new EnumMap<>(SlaTier.class);
        for (SlaTier tier : SlaTier.values()) {
            if (tiers.get(tier).isSelected()) {
                chosen.add(tier);
                driveHours.put(tier, parse(hours.get(tier).getText(), "drive time for " + tier.label()));
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("Check at least one tier.");
        }
        return new ZoneGenerator.Settings(chosen, parse(speed.getText(), "speed"), driveHours);
    }

    private static double parse(String text, String what) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number: '" + text + "'");
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
