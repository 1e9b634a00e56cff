package dev.microtower.planning.ui;

import dev.microtower.forecasting.engine.NetworkTimeZone;
import java.time.ZoneId;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for the network time zone of the scenario on screen: a region or an offset from UTC, or
 * nothing for the guess from the sites, which the empty field shows. A text that names no zone is
 * named under the field and OK stays disabled. The result is the zone, or empty for "guess".
 */
final class TimeZoneDialog extends Dialog<Optional<ZoneId>> {
    final TextField zone = new TextField();
    final Label problem = new Label();

    TimeZoneDialog(Window owner, String scenarioName, Optional<ZoneId> stored, ZoneId guess) {
        initOwner(owner);
        setTitle("Network time zone");
        setHeaderText("The time zone the days of '" + scenarioName + "' are counted in");
        getDialogPane().setId("time-zone-dialog");
        zone.setId("time-zone-field");
        zone.setPrefColumnCount(22);
        zone.setPromptText(NetworkTimeZone.describe(guess) + " (guessed from the sites)");
        zone.setText(stored.map(ZoneId::getId).orElse(""));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Time zone"), zone);
        Label how = new Label("A day of demand, of the backtest and of the fulfilment replay starts at local midnight"
                + " here. A region such as America/Los_Angeles follows summer time; an offset such as -03:00"
                + " does not. Leave it empty to use the guess from the sites' longitude: "
                + NetworkTimeZone.describe(guess) + ".");
        how.setWrapText(true);
        how.setMaxWidth(440);
        problem.setId("time-zone-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(440);
        problem.getStyleClass().add("form-problem");
        getDialogPane().setContent(new VBox(10, how, grid, problem));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        zone.textProperty().addListener(o -> ok.setDisable(check().isEmpty()));
        setResultConverter(b -> b == ButtonType.OK ? check().orElse(null) : null);
    }

    /** The zone the field names (empty: guess), or nothing with the problem shown. */
    private Optional<Optional<ZoneId>> check() {
        String text = zone.getText();
        if (text == null || text.isBlank()) {
            problem.setText("");
            return Optional.of(Optional.empty());
        }
        try {
            ZoneId parsed = NetworkTimeZone.parse(text);
            problem.setText("");
            return Optional.of(Optional.of(parsed));
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            problem.setText(Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".");
            return Optional.empty();
        }
    }
}
