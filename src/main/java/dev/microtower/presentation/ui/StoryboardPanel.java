package dev.microtower.presentation.ui;

import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.presentation.domain.StoryView;
import dev.microtower.presentation.domain.Storyboard;
import dev.microtower.presentation.export.StoryboardPdf;
import dev.microtower.presentation.export.StoryboardPng;
import dev.microtower.presentation.store.StoryboardJson;
import dev.microtower.presentation.store.StoryboardRepository;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.Workbench;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/**
 * The Storyboard side panel: pick or make a storyboard, add the window's view to it, reorder,
 * rename, caption and remove its views, present it (F5) and export it as PDF, PNG or JSON. Every
 * read and write of the database runs on the IO lane; the list shows what was stored.
 */
final class StoryboardPanel extends VBox {
    private final Workbench bench;
    private final Presenter presenter;
    private final ComboBox<String> boards = new ComboBox<>();
    private final ListView<StoryView> views = new ListView<>();
    private final ObjectProperty<Storyboard> shown = new SimpleObjectProperty<>(this, "shown");
    private final Label message = new Label();

    StoryboardPanel(Workbench bench, Presenter presenter) {
        this.bench = bench;
        this.presenter = presenter;
        setId("storyboard-panel");
        setSpacing(8);
        setPadding(new Insets(10));
        Label title = new Label("Storyboard");
        title.getStyleClass().add("inspector-title");
        Label help = new Label(
                "Saved views to present (F5): the arrow keys or a clicker step through them," + " Esc leaves.");
        help.setWrapText(true);
        boards.setId("storyboard-choice");
        boards.setPromptText("No storyboard yet");
        boards.setMaxWidth(Double.MAX_VALUE);
        boards.valueProperty().addListener((o, was, name) -> load(name));
        views.setId("storyboard-views");
        views.setPrefHeight(220);
        views.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(StoryView item, boolean empty) {
                super.updateItem(item, empty);
                // the title only, the panel is narrow; the caption in the tooltip
                setText(empty || item == null ? null : (getIndex() + 1) + ". " + item.title());
                setTooltip(
                        empty || item == null || item.caption().isEmpty()
                                ? null
                                : new javafx.scene.control.Tooltip(item.caption()));
            }
        });
        views.setPlaceholder(new Label("No views: show what you want on the map, then Add current view"));
        message.setWrapText(true);
        message.setId("storyboard-message");

        var noBoard = shown.isNull();
        var noView = views.getSelectionModel().selectedItemProperty().isNull();
        getChildren()
                .addAll(
                        title,
                        help,
                        boards,
                        row(
                                button("storyboard-new", "New…", this::create, null),
                                button("storyboard-rename", "Rename…", this::renameBoard, noBoard),
                                button("storyboard-delete", "Delete…", this::deleteBoard, noBoard)),
                        views,
                        row(
                                button("storyboard-add", "Add current view", this::addView, null),
                                button("storyboard-up", "Up", () -> moveView(-1), noView),
                                button("storyboard-down", "Down", () -> moveView(1), noView)),
                        row(
                                button("storyboard-title", "Title…", this::retitle, noView),
                                button("storyboard-caption", "Caption…", this::recaption, noView),
                                button("storyboard-remove", "Remove", this::removeView, noView)),
                        row(
                                button("storyboard-present", "Present (F5)", this::present, null),
                                button("storyboard-pdf", "Export PDF…", this::exportPdf, noBoard),
                                button("storyboard-png", "Export PNGs…", this::exportPngs, noBoard)),
                        row(
                                button("storyboard-export-json", "Export JSON…", this::exportJson, noBoard),
                                button("storyboard-import-json", "Import JSON…", this::importJson, null)),
                        message);
        bench.sessionProperty().addListener((o, was, now) -> reload(null));
        reload(null);
    }

    private static FlowPane row(Button... buttons) {
        FlowPane row = new FlowPane(6, 6, buttons);
        return row;
    }

    private Button button(String id, String text, Runnable action, javafx.beans.value.ObservableBooleanValue off) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        var disabled = bench.readyProperty().not();
        b.disableProperty().bind(off == null ? disabled : disabled.or(off));
        return b;
    }

    /** The storyboard in the panel, or none. */
    Optional<Storyboard> storyboard() {
        return Optional.ofNullable(shown.get());
    }

    /** Presents the storyboard from the selected view (or its first), or the window's own view without one. */
    void present() {
        int selected = Math.max(0, views.getSelectionModel().getSelectedIndex());
        presenter.enter(shown.get(), selected, true);
    }

    // ---- reading and writing ----

    private Optional<StoryboardRepository> store() {
        return bench.session().map(s -> s.get(StoryboardRepository.class));
    }

    /** Lists the storyboards again and shows {@code select} (or the one shown, or the first). */
    void reload(String select) {
        Optional<StoryboardRepository> store = store();
        if (store.isEmpty()) {
            boards.getItems().clear();
            shown.set(null);
            views.getItems().clear();
            return;
        }
        bench.work()
                .io("Reading the storyboards…", ctx -> store.get().names())
                .onSuccess(names -> {
                    String keep = select != null ? select : boards.getValue();
                    boards.getItems().setAll(names);
                    String pick = keep != null && names.contains(keep) ? keep : names.isEmpty() ? null : names.get(0);
                    if (pick != null && pick.equals(boards.getValue())) {
                        load(pick);
                    } else {
                        boards.setValue(pick);
                    }
                    if (pick == null) {
                        shown.set(null);
                        views.getItems().clear();
                    }
                })
                .onFailure(f -> bench.showError("Cannot read the storyboards", f))
                .start();
    }

    private void load(String name) {
        Optional<StoryboardRepository> store = store();
        if (name == null || store.isEmpty()) {
            return;
        }
        bench.work()
                .io("Reading the storyboard " + name + "…", ctx -> store.get().find(name))
                .onSuccess(found -> found.ifPresent(this::showBoard))
                .onFailure(f -> bench.showError("Cannot read the storyboard", f))
                .start();
    }

    private void showBoard(Storyboard board) {
        int selected = views.getSelectionModel().getSelectedIndex();
        shown.set(board);
        views.getItems().setAll(board.views());
        if (selected >= 0 && selected < board.views().size()) {
            views.getSelectionModel().select(selected);
        }
    }

    /** Applies {@code edit} to the storyboard shown and stores the result; {@code select} the view to select after. */
    private void change(String what, UnaryOperator<Storyboard> edit, int select) {
        Storyboard board = shown.get();
        Optional<StoryboardRepository> store = store();
        if (board == null || store.isEmpty()) {
            return;
        }
        Storyboard changed;
        try {
            changed = edit.apply(board);
        } catch (IllegalArgumentException e) {
            Dialogs.error(bench.owner(), "Cannot change the storyboard", e.getMessage());
            return;
        }
        bench.work()
                .io(what, ctx -> {
                    store.get().save(changed);
                    return changed;
                })
                .onSuccess(saved -> {
                    showBoard(saved);
                    if (select >= 0 && select < saved.views().size()) {
                        views.getSelectionModel().select(select);
                    }
                    message.setText("");
                })
                .onFailure(f -> bench.showError("Cannot save the storyboard", f))
                .start();
    }

    private void create() {
        ask("New storyboard", "Name of the storyboard:", "").ifPresent(name -> {
            Optional<StoryboardRepository> store = store();
            if (store.isEmpty()) {
                return;
            }
            Storyboard board;
            try {
                board = new Storyboard(name, List.of());
            } catch (IllegalArgumentException e) {
                Dialogs.error(bench.owner(), "Cannot make the storyboard", e.getMessage());
                return;
            }
            bench.work()
                    .io("Saving the storyboard…", ctx -> {
                        if (store.get().find(board.name()).isPresent()) {
                            throw new IllegalArgumentException(
                                    "a storyboard called '" + board.name() + "' exists already");
                        }
                        store.get().save(board);
                        return board.name();
                    })
                    .onSuccess(this::reload)
                    .onFailure(f -> bench.showError("Cannot make the storyboard", f))
                    .start();
        });
    }

    private void renameBoard() {
        Storyboard board = shown.get();
        ask("Rename storyboard", "New name:", board.name()).ifPresent(name -> store().ifPresent(store -> bench.work()
                .io("Renaming the storyboard…", ctx -> {
                    store.rename(board.name(), name);
                    return name.strip();
                })
                .onSuccess(this::reload)
                .onFailure(f -> bench.showError("Cannot rename the storyboard", f))
                .start()));
    }

    private void deleteBoard() {
        Storyboard board = shown.get();
        Alert ask = new Alert(
                Alert.AlertType.CONFIRMATION,
                "Delete the storyboard '" + board.name() + "' and its "
                        + board.views().size() + " views?",
                ButtonType.OK,
                ButtonType.CANCEL);
        ask.initOwner(bench.owner());
        ask.setHeaderText(null);
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        store().ifPresent(store -> bench.work()
                .io("Deleting the storyboard…", ctx -> store.delete(board.name()))
                .onSuccess(deleted -> reload(null))
                .onFailure(f -> bench.showError("Cannot delete the storyboard", f))
                .start());
    }

    /** Adds the window's view as it is now; without a storyboard, makes one called "Storyboard" first. */
    void addView() {
        if (shown.get() == null) {
            shown.set(new Storyboard("Storyboard", List.of()));
            boards.getItems().add("Storyboard");
            boards.getSelectionModel().select("Storyboard");
        }
        int count = shown.get().views().size();
        StoryView view = presenter.capture("View " + (count + 1), "", Presenter.DEFAULT_KPIS);
        change("Saving the view…", board -> board.withView(view), count);
    }

    private void moveView(int by) {
        int from = views.getSelectionModel().getSelectedIndex();
        int to = from + by;
        if (from < 0 || to < 0 || to >= views.getItems().size()) {
            return;
        }
        change("Moving the view…", board -> board.move(from, to), to);
    }

    private void retitle() {
        int at = views.getSelectionModel().getSelectedIndex();
        StoryView view = views.getItems().get(at);
        ask("Title of the view", "Title:", view.title())
                .ifPresent(t -> change("Saving the view…", board -> board.replace(at, view.withTitle(t)), at));
    }

    private void recaption() {
        int at = views.getSelectionModel().getSelectedIndex();
        StoryView view = views.getItems().get(at);
        ask("Caption of the view", "Caption (a sentence the audience reads under the title):", view.caption())
                .ifPresent(c -> change("Saving the view…", board -> board.replace(at, view.withCaption(c)), at));
    }

    private void removeView() {
        int at = views.getSelectionModel().getSelectedIndex();
        change("Removing the view…", board -> board.without(at), Math.max(0, at - 1));
    }

    private Optional<String> ask(String title, String label, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.initOwner(bench.owner());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    // ---- exports ----

    private void exportPdf() {
        Storyboard board = shown.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the storyboard as PDF");
        chooser.setInitialFileName(board.name() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(bench.owner());
        if (file != null) {
            shoot(board, shots -> {
                StoryboardPdf.write(board.name(), shots, file.toPath());
                return "wrote " + file + " (" + shots.size() + " pages)";
            });
        }
    }

    private void exportPngs() {
        Storyboard board = shown.get();
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the storyboard's pictures");
        File folder = chooser.showDialog(bench.owner());
        if (folder != null) {
            shoot(
                    board,
                    shots -> "wrote "
                            + StoryboardPng.write(shots, folder.toPath()).size() + " pictures into " + folder);
        }
    }

    private interface Writer {
        String write(List<dev.microtower.presentation.export.Shot> shots);
    }

    /** Presents each view, takes its pictures, then writes them on the IO lane. */
    private void shoot(Storyboard board, Writer writer) {
        message.setText("Exporting: each view is shown in turn…");
        presenter.shots(board).whenComplete((shots, failure) -> {
            if (failure != null) {
                message.setText("");
                bench.showError("Cannot export the storyboard", failure);
                return;
            }
            bench.work()
                    .io("Writing the storyboard…", ctx -> writer.write(shots))
                    .onSuccess(done -> {
                        message.setText(done);
                        bench.showStatus(done);
                    })
                    .onFailure(f -> {
                        message.setText("");
                        bench.showError("Cannot export the storyboard", f);
                    })
                    .start();
        });
    }

    private void exportJson() {
        Storyboard board = shown.get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the storyboard as JSON");
        chooser.setInitialFileName(board.name() + ".json");
        File file = chooser.showSaveDialog(bench.owner());
        Optional<Session> open = bench.session();
        if (file == null || open.isEmpty()) {
            return;
        }
        ScenarioRepository scenarios = open.get().get(ScenarioRepository.class);
        bench.work()
                .io("Writing " + file.getName() + "…", ctx -> {
                    StoryboardJson.write(board, id -> scenarioName(scenarios, id), file.toPath());
                    return file;
                })
                .onSuccess(f -> message.setText("wrote " + f))
                .onFailure(f -> bench.showError("Cannot export the storyboard", f))
                .start();
    }

    private static String scenarioName(ScenarioRepository scenarios, ScenarioId id) {
        return scenarios.find(id).map(Scenario::name).orElse("Baseline");
    }

    private void importJson() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a storyboard");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Storyboard (JSON)", "*.json"));
        File file = chooser.showOpenDialog(bench.owner());
        if (file != null) {
            importFrom(file.toPath());
        }
    }

    /** Reads a storyboard file and stores it, replacing one of the same name. */
    void importFrom(Path file) {
        Optional<Session> open = bench.session();
        if (open.isEmpty()) {
            return;
        }
        ScenarioRepository scenarios = open.get().get(ScenarioRepository.class);
        StoryboardRepository store = open.get().get(StoryboardRepository.class);
        bench.work()
                .io("Importing " + file.getFileName() + "…", ctx -> {
                    Storyboard board = StoryboardJson.read(
                            file, name -> scenarios.findByName(name).map(Scenario::id));
                    store.save(board);
                    return board.name();
                })
                .onSuccess(name -> {
                    message.setText("imported the storyboard " + name);
                    reload(name);
                })
                .onFailure(f -> Dialogs.error(
                        bench.owner(),
                        "Cannot import the storyboard",
                        f instanceof StoryboardJson.BadFile
                                ? f.getMessage()
                                : dev.microtower.ui.framework.Failures.explain(f)))
                .start();
    }
}
