package dev.microtower.whatif;

import dev.microtower.scenarios.domain.Scenario;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The toolbar's "Scenario" list: always shows the name of the scenario the window follows;
 * choosing another switches the window to it.
 */
final class ScenarioSwitcher {
    private final ComboBox<Scenario> box = new ComboBox<>();
    private final HBox node;
    private final ScenariosModel model;
    private boolean updating;

    ScenarioSwitcher(ScenariosModel model, Consumer<Scenario> chosen) {
        this.model = model;
        box.setId("scenario-switcher");
        box.setPromptText("no database open");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scenario scenario) {
                return scenario == null ? "" : scenario.name();
            }

            @Override
            public Scenario fromString(String text) {
                return model.named(text).orElse(null);
            }
        });
        box.setPrefWidth(220);
        // the model's list is replaced on every read; the box gets a copy under the guard, since a
        // combo box re-selects by position when its items change, and that must not switch scenario
        model.scenarios.addListener((ListChangeListener<Scenario>) c -> show(model.current.get()));
        model.current.addListener((o, was, now) -> show(now));
        box.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                chosen.accept(now);
            }
        });
        Label label = new Label("Scenario");
        label.getStyleClass().add("hint"); // the toolbar's quiet text colour, readable on its dark background
        node = new HBox(6, label, box);
        node.setStyle("-fx-alignment: center-left;");
    }

    private void show(Scenario current) {
        updating = true;
        try {
            box.getItems().setAll(model.scenarios);
            box.setValue(current);
        } finally {
            updating = false;
        }
    }

    javafx.scene.Node node() {
        return node;
    }

    ComboBox<Scenario> box() {
        return box;
    }
}
