package dev.microtower.network.ui;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeDependents;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.Workbench;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;

/**
 * Controller of every change to the sites made in the window: the inspector's form (every
 * property of the shown site), its Close / Reopen and Delete buttons, and the map's add and move
 * tools ({@link SiteToolsLayer}). Each change is checked first (refused inline, naming the field,
 * with nothing written), then written in one transaction on the IO lane as one undo step of the
 * current scenario ({@link SiteEdit}, {@link SiteRemovalEdit}); the history publishes the change of
 * the network, so the map, the inspector, the heatmaps and the plan follow.
 */
final class SiteEditor implements SiteToolsLayer.Listener {
    private final Workbench bench;
    private final NetworkModel model;
    private final SiteInspector inspector;
    private final SiteToolsLayer tools;
    final ToggleButton addTool = new ToggleButton("Add site");
    final ToggleButton moveTool = new ToggleButton("Move sites");
    /** Asks whether to go ahead with a deletion; a message box unless a test answers. */
    private Predicate<NodeDependents> confirmDelete = this::askToDelete;

    SiteEditor(Workbench bench, NetworkModel model, SiteInspector inspector, SiteToolsLayer tools) {
        this.bench = bench;
        this.model = model;
        this.inspector = inspector;
        this.tools = tools;
        tools.setListener(this);
        inspector.edit.setOnAction(e -> inspector.startEditing(List.copyOf(model.sites())));
        inspector.cancel.setOnAction(e -> inspector.stopEditing());
        inspector.save.setOnAction(e -> save());
        inspector.closeSite.setOnAction(e -> closeOrReopen());
        inspector.delete.setOnAction(e -> delete());

        addTool.setId("add-site-tool");
        addTool.setTooltip(new Tooltip("Click the map where the new site goes"));
        moveTool.setId("move-sites-tool");
        moveTool.setTooltip(new Tooltip("Drag a site to move it; dragging elsewhere still pans the map"));
        ToggleGroup group = new ToggleGroup();
        addTool.setToggleGroup(group);
        moveTool.setToggleGroup(group);
        group.selectedToggleProperty().addListener((o, was, now) -> tools.modeProperty()
                .set(
                        now == addTool
                                ? SiteToolsLayer.Mode.ADD
                                : now == moveTool ? SiteToolsLayer.Mode.MOVE : SiteToolsLayer.Mode.OFF));
        tools.modeProperty().addListener((o, was, mode) -> {
            addTool.setSelected(mode == SiteToolsLayer.Mode.ADD);
            moveTool.setSelected(mode == SiteToolsLayer.Mode.MOVE);
            // while a tool is on, clicks go to it rather than selecting sites below it
            bench.map().editingProperty().set(mode != SiteToolsLayer.Mode.OFF);
            bench.showStatus(
                    switch (mode) {
                        case ADD -> "Click the map where the new site goes.";
                        case MOVE -> "Drag a site to move it.";
                        case OFF -> "";
                    });
        });
        bench.addToolbarItems(addTool, moveTool);
        MenuItem add = new MenuItem("Add site…");
        add.setOnAction(e -> tools.modeProperty().set(SiteToolsLayer.Mode.ADD));
        MenuItem move = new MenuItem("Move sites");
        move.setOnAction(e -> tools.modeProperty().set(SiteToolsLayer.Mode.MOVE));
        bench.addMenuItems(MenuPlace.EDIT, add, move);
    }

    /** For tests: answers the deletion question instead of the message box. */
    void answerDeletionsWith(Predicate<NodeDependents> answer) {
        confirmDelete = answer;
    }

    // ---- the inspector ----

    /** Saves the form as one edit, or shows under each field why not, writing nothing. */
    void save() {
        Node before = inspector.shown();
        if (before == null) {
            return;
        }
        SiteForm.Reading reading = inspector.form.read();
        if (!reading.valid()) {
            inspector.formMessage.setText(
                    "Not saved: " + String.join(" ", reading.problems().values()));
            return;
        }
        if (reading.node().equals(before)) {
            inspector.stopEditing();
            return;
        }
        perform(before, reading.node(), "edit site " + before.code(), () -> inspector.stopEditing());
    }

    /** Closes the shown site, or opens a closed one again, in one click. */
    void closeOrReopen() {
        Node site = inspector.shown();
        if (site == null) {
            return;
        }
        boolean closing = site.status() != NodeStatus.CLOSED;
        Node after = site.withStatus(closing ? NodeStatus.CLOSED : NodeStatus.ACTIVE);
        perform(site, after, (closing ? "close site " : "reopen site ") + site.code(), () -> {});
    }

    /** Says what deleting the shown site takes with it, asks, and deletes it as one edit. */
    void delete() {
        Node site = inspector.shown();
        Optional<Session> open = bench.session();
        if (site == null || open.isEmpty()) {
            return;
        }
        NodeRepository nodes = open.get().get(NodeRepository.class);
        ScenarioId scenario = bench.scenario();
        bench.work()
                .io("Looking at what hangs on " + site.code() + "…", ctx -> nodes.dependents(scenario, site.code()))
                .onSuccess(dependents -> {
                    if (!dependents.deletable()) {
                        inspector.formMessage.setText("Not deleted: " + dependents.describe());
                        Dialogs.error(bench.owner(), "Cannot delete " + site.code(), dependents.describe());
                        return;
                    }
                    if (!confirmDelete.test(dependents)) {
                        return;
                    }
                    SiteRemovalEdit edit = new SiteRemovalEdit(scenario, nodes, site.code());
                    bench.history().perform(edit, () -> {
                        model.selectedProperty().set(null);
                        bench.showStatus("Deleted site " + site.code() + ". Edit → Undo puts it back with all it had.");
                    });
                })
                .onFailure(failure -> bench.showError("Cannot delete " + site.code(), failure))
                .start();
    }

    private boolean askToDelete(NodeDependents dependents) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, dependents.describe(), ButtonType.OK, ButtonType.CANCEL);
        ask.initOwner(bench.owner());
        ask.setTitle("Delete site");
        ask.setHeaderText("Delete site " + dependents.node() + "?");
        ((Button) ask.getDialogPane().lookupButton(ButtonType.OK)).setText("Delete");
        return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    // ---- the map tools ----

    @Override
    public void addAt(GeoPoint location) {
        AddSiteDialog dialog = new AddSiteDialog(bench.owner(), location, List.copyOf(model.sites()));
        dialog.showAndWait().ifPresent(this::add);
    }

    /** Adds {@code site} as one edit and selects it once the network is read again. */
    void add(Node site) {
        perform(null, site, "add site " + site.code(), () -> selectWhenRead(site.code()));
    }

    @Override
    public void moved(Node site, GeoPoint to) {
        Node current = model.site(site.code()).orElse(site);
        perform(current, current.withLocation(to), "move site " + site.code(), () -> {});
    }

    private void perform(Node before, Node after, String description, Runnable then) {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            return;
        }
        NodeRepository nodes = open.get().get(NodeRepository.class);
        SiteEdit edit = new SiteEdit(bench.scenario(), nodes, description, before, after);
        bench.history().perform(edit, () -> {
            then.run();
            bench.showStatus("Saved: " + description + ".");
        });
    }

    private void selectWhenRead(NodeCode code) {
        if (model.site(code).isPresent()) {
            model.selectedProperty().set(model.site(code).get());
            return;
        }
        model.sites().addListener(new ListChangeListener<Node>() {
            @Override
            public void onChanged(Change<? extends Node> c) {
                model.sites().removeListener(this);
                // the model sets its selection back after the sites; choose once it is done
                Platform.runLater(() -> model.site(code).ifPresent(model.selectedProperty()::set));
            }
        });
    }
}
