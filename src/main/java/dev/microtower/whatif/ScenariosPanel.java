package dev.microtower.whatif;

import dev.microtower.scenarios.domain.Difference;
import dev.microtower.scenarios.domain.Scenario;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Scenarios side panel: every scenario with its parent, creation time and notes, the actions
 * on the chosen one, and the list of what the shown scenario holds differently from its parent.
 * A view: it builds the nodes and binds them to the {@link ScenariosModel}; the module wires the
 * buttons to the controller.
 */
final class ScenariosPanel extends VBox {
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault());

    final ListView<Scenario> list = new ListView<>();
    final Button show = new Button("Show");
    final Button create = new Button("New from shown…");
    final Button rename = new Button("Rename…");
    final Button notes = new Button("Notes…");
    final Button delete = new Button("Delete…");
    final Button promote = new Button("Make baseline…");
    final Label differencesTitle = new Label();
    final ListView<Difference> differences = new ListView<>();

    ScenariosPanel(ScenariosModel model) {
        getStyleClass().add("scenarios-panel");
        setSpacing(6);
        setPadding(new Insets(4, 10, 10, 10));
        Label title = new Label("Scenarios");
        title.getStyleClass().add("panel-title");

        list.setId("scenarios-list");
        list.setItems(model.scenarios);
        list.setPrefHeight(200);
        list.setCellFactory(view -> new ScenarioCell(model));
        show.setId("scenario-show");
        create.setId("scenario-create");
        rename.setId("scenario-rename");
        notes.setId("scenario-notes");
        delete.setId("scenario-delete");
        promote.setId("scenario-promote");
        FlowPane actions = new FlowPane(4, 4, show, create, rename, notes, delete, promote);
        for (Button b : new Button[] {show, create, rename, notes, delete, promote}) {
            b.getStyleClass().add("small-button");
        }
        var chosen = list.getSelectionModel().selectedItemProperty();
        show.disableProperty().bind(chosen.isNull().or(chosen.isEqualTo(model.current)));
        rename.disableProperty().bind(chosen.isNull());
        notes.disableProperty().bind(chosen.isNull());
        create.disableProperty().bind(model.current.isNull());
        delete.disableProperty()
                .bind(chosen.isNull()
                        .or(javafx.beans.binding.Bindings.createBooleanBinding(
                                () -> chosen.get() != null && chosen.get().id().isBaseline(), chosen)));
        promote.disableProperty().bind(delete.disableProperty());

        Label changed = new Label("What changed");
        changed.getStyleClass().add("panel-title");
        differencesTitle.setId("scenario-differences-title");
        differencesTitle.setWrapText(true);
        differencesTitle.textProperty().bind(model.differencesTitle);
        differences.setId("scenario-differences");
        differences.setItems(model.differences);
        differences.setPlaceholder(new Label("Nothing changed"));
        differences.setCellFactory(view -> new DifferenceCell());
        VBox.setVgrow(differences, Priority.ALWAYS);
        getChildren().addAll(title, list, actions, changed, differencesTitle, differences);
    }

    /** A scenario: its name (marked while shown), where it came from and when, and its notes. */
    private static final class ScenarioCell extends ListCell<Scenario> {
        private final ScenariosModel model;

        ScenarioCell(ScenariosModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(Scenario scenario, boolean empty) {
            super.updateItem(scenario, empty);
            if (empty || scenario == null) {
                setText(null);
                return;
            }
            Scenario current = model.current.get();
            boolean shown = current != null && current.id().equals(scenario.id());
            String origin =
                    scenario.parent() == null ? "the network as it is" : "copy of " + model.parentName(scenario);
            String text = (shown ? "▶ " : "") + scenario.name() + "\n" + origin + " · created "
                    + CREATED.format(scenario.createdAt());
            if (scenario.notes() != null && !scenario.notes().isBlank()) {
                text += "\n" + scenario.notes();
            }
            setText(text);
            setWrapText(true);
            setPrefWidth(0); // wrap to the list's width rather than scroll sideways
            setStyle(shown ? "-fx-font-weight: bold;" : "");
        }
    }

    /** One difference, as the command line prints it, wrapped to the panel's width. */
    private static final class DifferenceCell extends ListCell<Difference> {
        @Override
        protected void updateItem(Difference difference, boolean empty) {
            super.updateItem(difference, empty);
            setText(empty || difference == null ? null : difference.toString());
            setWrapText(true);
            setPrefWidth(0); // wrap to the list's width rather than widen it
        }
    }
}
