package dev.microtower.allocation.ui;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.NodeSelector;
import dev.microtower.allocation.domain.RuleWarning;
import dev.microtower.allocation.domain.RulesPreview;
import dev.microtower.allocation.domain.SelectorSyntax;
import dev.microtower.allocation.domain.SkuSelector;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.allocation.engine.RulesPreviewer;
import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.Exporter;
import dev.microtower.importexport.ImportException;
import dev.microtower.importexport.Importer;
import dev.microtower.importexport.Problem;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import dev.microtower.planning.domain.PlanningInputs;
import dev.microtower.planning.engine.Planner;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.shell.InterimFeatures;
import dev.microtower.store.Database;
import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.UndoHistory;
import dev.microtower.ui.framework.Work;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The allocation rules editor: a non-modal window over the main window with the rules table, a
 * form for the selected rule, and a live preview of what applying the draft would change.
 *
 * <p>The forecast is the slow part (seconds on the demo), so it is computed once in the background
 * when the editor first opens (and again when other data of the database changed) and kept; each
 * edit of the draft then only allocates again with the draft's rules, debounced and latest-wins,
 * and compares the targets with those of the stored rules ({@link RulesPreviewer}).
 *
 * <p>Undo: edits of the draft are undone and redone inside the editor with Ctrl+Z / Ctrl+Y (and
 * its Undo / Redo buttons). Apply writes the draft in one transaction and records one {@link
 * UndoHistory.Edit} in the window's shared history, whose undo writes back exactly the rules that
 * were stored before and whose redo writes the applied rules again. When the draft has no edits
 * left to undo, Ctrl+Z in the editor undoes the newest edit of the shared history, as Edit → Undo
 * in the main window does.
 */
public final class RulesEditor {
    private static final ScenarioId SCENARIO = ScenarioId.BASELINE;
    private static final Duration DEBOUNCE = Duration.millis(200);

    private final InterimFeatures window;
    private final TargetChangeLayer layer;
    private final RulesDraft draft = new RulesDraft();
    private final TableView<AllocationRule> table = new TableView<>(draft.rules());
    private final RuleForm form = new RuleForm();
    private final PreviewPanel preview = new PreviewPanel();
    private final Label status = new Label();
    private final Button apply = new Button("Apply");
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final SimpleObjectProperty<RulesPreview> lastPreview = new SimpleObjectProperty<>(this, "lastPreview");
    private Stage stage;

    /** What the slow part produced: kept until the data (other than the rules) changes. */
    private Planner.Forecasted forecasted;

    private Database forecastFrom;
    /** The targets of the stored rules, on the kept forecast. */
    private AllocationPlan storedPlan;

    private Task<?> loading;
    private Task<?> previewing;
    private long previewGeneration;
    private long storedGeneration;
    private boolean applying;
    /** True while the draft changes: the table drops its selection then, which is no user's choice. */
    private boolean mutating;

    private boolean forecastStale = true;
    /** The data version a change of only the rules (apply, undo, redo) will bump to. */
    private long expectedVersion = -1;

    public RulesEditor(InterimFeatures window, TargetChangeLayer layer) {
        this.window = Objects.requireNonNull(window);
        this.layer = Objects.requireNonNull(layer);
        debounce.setOnFinished(e -> startPreview());
        draft.rules().addListener((javafx.collections.ListChangeListener<AllocationRule>) c -> {
            refreshStatus();
            schedulePreview();
        });
        window.dataVersionProperty().addListener((o, was, now) -> dataChanged(now.longValue()));
        form.setOnEdit(this::formEdited);
        table.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!mutating) {
                draft.seal();
                showSelected();
            }
        });
    }

    // ---- window ----

    /** Shows the editor (making its window the first time) and reads what the preview needs. */
    public void show() {
        if (stage == null) {
            stage = buildStage();
        }
        stage.show();
        stage.toFront();
        if (forecastStale || window.database().orElse(null) != forecastFrom) {
            load();
        } else {
            schedulePreview();
        }
    }

    /** The editor's window; null before it was first shown. */
    public Stage stage() {
        return stage;
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** The preview shown last (null before the first), for tests and the status. */
    public RulesPreview preview() {
        return lastPreview.get();
    }

    /** The draft's rules as the editor holds them now. */
    public List<AllocationRule> draftRules() {
        return draft.snapshot();
    }

    /** True once the forecast is kept and no preview or load is running. */
    public boolean idle() {
        return forecasted != null
                && (loading == null || loading.isDone())
                && (previewing == null || previewing.isDone())
                && !debounce.getStatus().equals(javafx.animation.Animation.Status.RUNNING)
                && !applying;
    }

    private Stage buildStage() {
        Stage s = new Stage();
        Window owner = window.root().getScene() == null
                ? null
                : window.root().getScene().getWindow();
        if (owner != null) {
            s.initOwner(owner);
        }
        s.setTitle("Allocation rules — Microtower");
        BorderPane root = new BorderPane();
        root.getStyleClass().add("rules-editor");
        root.setTop(toolBar());
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        SplitPane left = new SplitPane(table(), formScroll);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.56);
        SplitPane centre = new SplitPane(left, preview);
        centre.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(preview, false);
        root.setCenter(centre);
        status.setId("rules-status");
        HBox bottom = new HBox(status);
        bottom.getStyleClass().add("status-bar");
        root.setBottom(bottom);
        Scene scene = new Scene(
                root,
                Math.min(
                        1500, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth() - 40),
                Math.min(900, javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 60));
        scene.getStylesheets().addAll(window.root().getStylesheets());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), this::redo);
        scene.getAccelerators()
                .put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), this::applyDraft);
        s.setScene(scene);
        s.setOnHidden(e -> {
            preview.onMap().setSelected(false);
            layer.clear();
        });
        preview.onMap().selectedProperty().bindBidirectional(layer.shownProperty());
        preview.heatmapOf().valueProperty().addListener(o -> showHeatmap());
        apply.disableProperty()
                .bind(form.validProperty().not().or(draft.dirtyProperty().not()));
        refreshStatus();
        return s;
    }

    private ToolBar toolBar() {
        Button add = button("Add", "rules-add", "Add a rule after the selected one", this::addRule);
        Button duplicate =
                button("Duplicate", "rules-duplicate", "Add a copy of the selected rule after it", this::duplicateRule);
        Button delete = button("Delete", "rules-delete", "Remove the selected rule", this::deleteRule);
        Button up = button("Move up", "rules-up", "Try the selected rule earlier", () -> move(-1));
        Button down = button("Move down", "rules-down", "Try the selected rule later", () -> move(1));
        var none = table.getSelectionModel().selectedItemProperty().isNull();
        duplicate.disableProperty().bind(none);
        delete.disableProperty().bind(none);
        up.disableProperty()
                .bind(none.or(table.getSelectionModel().selectedIndexProperty().lessThanOrEqualTo(0)));
        down.disableProperty()
                .bind(none.or(Bindings.createBooleanBinding(
                        () -> table.getSelectionModel().getSelectedIndex()
                                >= draft.rules().size() - 1,
                        table.getSelectionModel().selectedIndexProperty(),
                        draft.rules())));
        Button undo = button("Undo", "rules-undo", "Undo the last edit (Ctrl+Z)", this::undo);
        Button redo = button("Redo", "rules-redo", "Redo (Ctrl+Y)", this::redo);
        undo.disableProperty()
                .bind(draft.canUndoProperty()
                        .not()
                        .and(window.history().canUndoProperty().not()));
        redo.disableProperty()
                .bind(draft.canRedoProperty()
                        .not()
                        .and(window.history().canRedoProperty().not()));
        Button importCsv = button(
                "Import CSV…",
                "rules-import",
                "Load rules from an allocation-rules.csv file into the draft",
                this::chooseImport);
        Button exportCsv = button(
                "Export CSV…", "rules-export", "Write the draft as an allocation-rules.csv file", this::chooseExport);
        Button revert = button(
                "Revert",
                "rules-revert",
                "Discard the draft's edits: back to the stored rules",
                () -> edit(null, -1, list -> new ArrayList<>(draft.stored())));
        revert.disableProperty().bind(draft.dirtyProperty().not());
        apply.setId("rules-apply");
        apply.setDefaultButton(false);
        apply.getStyleClass().add("accent-button");
        apply.setTooltip(
                new Tooltip("Write the draft to the database (Ctrl+Enter); Edit → Undo puts the old rules back"));
        apply.setOnAction(e -> applyDraft());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                add,
                duplicate,
                delete,
                up,
                down,
                new Separator(),
                undo,
                redo,
                new Separator(),
                importCsv,
                exportCsv,
                spacer,
                revert,
                apply);
        bar.getStyleClass().add("main-toolbar");
        return bar;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableView<AllocationRule> table() {
        table.setId("rules-table");
        table.setPlaceholder(new Label("No rules: the defaults decide everywhere. Add one."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("Order", r -> Integer.toString(r.position()), 46));
        TableColumn<AllocationRule, Boolean> on = new TableColumn<>("On");
        on.setPrefWidth(34);
        on.setCellValueFactory(f -> new SimpleObjectProperty<>(f.getValue().enabled()));
        on.setCellFactory(c -> new EnabledCell());
        table.getColumns().add(on);
        table.getColumns().add(text("Name", AllocationRule::name, 220));
        table.getColumns().add(text("SKU selector", r -> describe(SelectorSyntax.format(r.skus()), "all SKUs"), 170));
        table.getColumns()
                .add(text("Node selector", r -> describe(SelectorSyntax.format(r.nodes()), "all nodes"), 170));
        table.getColumns().add(text("Policy", r -> r.policy().name(), 104));
        table.getColumns().add(text("Min", r -> RuleForm.plain(r.minDaysCover()), 40));
        table.getColumns().add(text("Max", r -> RuleForm.plain(r.maxDaysCover()), 40));
        table.getColumns().add(text("SL", r -> RuleForm.plain(r.serviceLevel()), 44));
        table.getColumns().add(text("Cap", r -> RuleForm.plain(r.maxCapacityShare()), 40));
        table.getColumns().add(text("Decides", this::decides, 100));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AllocationRule rule, boolean empty) {
                super.updateItem(rule, empty);
                getStyleClass().removeAll("rule-disabled", "rule-warned");
                setTooltip(null);
                if (empty || rule == null) {
                    return;
                }
                if (!rule.enabled()) {
                    getStyleClass().add("rule-disabled");
                }
                String warned = warningsOf(rule.name());
                if (!warned.isEmpty()) {
                    getStyleClass().add("rule-warned");
                    setTooltip(new Tooltip(warned));
                }
            }
        });
        lastPreview.addListener(o -> table.refresh());
        return table;
    }

    private String decides(AllocationRule rule) {
        RulesPreview p = lastPreview.get();
        if (!rule.enabled()) {
            return "off";
        }
        if (p == null) {
            return "";
        }
        long pairs = p.pairsByRule().getOrDefault(rule.name(), 0L);
        return String.format(Locale.ROOT, "%s%,d pairs", warningsOf(rule.name()).isEmpty() ? "" : "⚠ ", pairs);
    }

    private String warningsOf(String rule) {
        RulesPreview p = lastPreview.get();
        if (p == null) {
            return "";
        }
        return p.warnings().stream()
                .filter(w -> rule.equals(w.rule()) && w.kind() != RuleWarning.Kind.UNCOVERED)
                .map(RuleWarning::message)
                .collect(Collectors.joining("\n"));
    }

    private static String describe(String text, String empty) {
        return text.isEmpty() ? empty : text;
    }

    private static TableColumn<AllocationRule, String> text(
            String title, Function<AllocationRule, String> value, double width) {
        TableColumn<AllocationRule, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new SimpleStringProperty(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** The "On" column: switching it is an edit of the draft like any other. */
    private final class EnabledCell extends TableCell<AllocationRule, Boolean> {
        private final CheckBox box = new CheckBox();

        EnabledCell() {
            box.setOnAction(e -> {
                int index = getIndex();
                boolean on = box.isSelected();
                edit(null, index, list -> {
                    list.set(index, list.get(index).withEnabled(on));
                    return list;
                });
                table.getSelectionModel().select(index);
            });
        }

        @Override
        protected void updateItem(Boolean on, boolean empty) {
            super.updateItem(on, empty);
            setGraphic(empty || on == null ? null : box);
            if (on != null) {
                box.setSelected(on);
            }
        }
    }

    // ---- editing the draft ----

    private void edit(String key, int select, java.util.function.UnaryOperator<List<AllocationRule>> change) {
        int selected = table.getSelectionModel().getSelectedIndex();
        mutate(() -> {
            draft.edit(key, selected, change);
            return select >= 0 ? select : selected;
        });
    }

    private void formEdited(RuleForm.Field field, AllocationRule rule) {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        // consecutive edits of one field of one rule (typing) are one undo step
        mutate(() -> {
            draft.edit(field.name() + ":" + index, index, list -> {
                list.set(index, rule);
                return list;
            });
            return index;
        });
    }

    /** Changes the draft, then selects the row {@code change} returns and shows it in the form. */
    private void mutate(java.util.function.IntSupplier change) {
        mutating = true;
        try {
            int select = change.getAsInt();
            if (select >= 0 && select < draft.rules().size()) {
                table.getSelectionModel().clearAndSelect(select);
                table.scrollTo(select);
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            mutating = false;
        }
        showSelected();
    }

    private void showSelected() {
        int index = table.getSelectionModel().getSelectedIndex();
        AllocationRule rule =
                index >= 0 && index < draft.rules().size() ? draft.rules().get(index) : null;
        if (rule != null && rule.equals(form.shown())) {
            return; // the form made this rule: leave the fields as typed
        }
        List<AllocationRule> others = new ArrayList<>(draft.rules());
        if (rule != null) {
            others.remove(index);
        }
        form.show(rule, others);
    }

    private void addRule() {
        int at = table.getSelectionModel().getSelectedIndex() + 1;
        int index = at <= 0 ? draft.rules().size() : at;
        edit(null, index, list -> {
            AllocationRule rule = new AllocationRule(
                    RulesDraft.freeName(list, "New rule"),
                    0,
                    true,
                    SkuSelector.ANY,
                    NodeSelector.ANY,
                    StockingPolicy.MICRO_FULFIL,
                    null,
                    null,
                    null,
                    null);
            list.add(index, rule);
            return RulesDraft.renumber(list);
        });
    }

    private void duplicateRule() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        edit(null, index + 1, list -> {
            AllocationRule r = list.get(index);
            list.add(
                    index + 1,
                    new AllocationRule(
                            RulesDraft.freeName(list, r.name() + " (copy)"),
                            r.position(),
                            r.enabled(),
                            r.skus(),
                            r.nodes(),
                            r.policy(),
                            r.minDaysCover(),
                            r.maxDaysCover(),
                            r.serviceLevel(),
                            r.maxCapacityShare()));
            return RulesDraft.renumber(list);
        });
    }

    private void deleteRule() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        edit(null, Math.min(index, draft.rules().size() - 2), list -> {
            list.remove(index);
            return RulesDraft.renumber(list);
        });
    }

    private void move(int by) {
        int index = table.getSelectionModel().getSelectedIndex();
        int to = index + by;
        if (index < 0 || to < 0 || to >= draft.rules().size()) {
            return;
        }
        edit(null, to, list -> {
            AllocationRule r = list.remove(index);
            list.add(to, r);
            return RulesDraft.renumber(list);
        });
    }

    /** Undoes the draft's newest edit, or when there is none the shared history's newest edit. */
    public void undo() {
        if (!draft.canUndoProperty().get()) {
            window.undo();
            return;
        }
        mutate(draft::undo);
    }

    public void redo() {
        if (!draft.canRedoProperty().get()) {
            window.redo();
            return;
        }
        mutate(draft::redo);
    }

    private void refreshStatus() {
        if (applying) {
            status.setText("Applying…");
            return;
        }
        List<AllocationRule> now = draft.rules();
        List<AllocationRule> stored = draft.stored();
        if (now.equals(stored)) {
            status.setText(String.format(Locale.ROOT, "%d rules, as stored", now.size()));
            return;
        }
        long changed = now.stream().filter(r -> !stored.contains(r)).count();
        long removed = stored.stream()
                .filter(r -> now.stream().noneMatch(n -> n.name().equals(r.name())))
                .count();
        status.setText(String.format(
                Locale.ROOT,
                "%d rules; not applied yet: %d new or edited, %d removed%s",
                now.size(),
                changed,
                removed,
                now.size() == stored.size() && changed == 0 && removed == 0 ? " (order)" : ""));
    }

    // ---- forecast, preview ----

    private record Loaded(Database database, Planner.Forecasted forecasted, AllocationPlan plan) {}

    /** Reads the scenario and forecasts it, in the background: the slow part, done once. */
    private void load() {
        Database db = window.database().orElse(null);
        if (db == null) {
            preview.setState("No database open.");
            return;
        }
        if (loading != null && !loading.isDone()) {
            return;
        }
        preview.setState("Forecasting demand once for the preview (a few seconds)…");
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() {
                updateProgress(-1, 1);
                updateMessage("Rules preview: reading the scenario…");
                Scenario scenario = new ScenarioRepository(db)
                        .find(SCENARIO)
                        .orElseThrow(() -> new IllegalStateException("the database has no baseline scenario"));
                PlanningInputs inputs = PlanningService.read(
                        PlanningService.sourcesOf(db), scenario, PlanningService.DEFAULT_HISTORY_DAYS);
                if (isCancelled()) {
                    return null;
                }
                updateMessage(String.format(
                        Locale.ROOT,
                        "Rules preview: forecasting %,d SKUs at %,d sites…",
                        inputs.skus().size(),
                        inputs.nodes().size()));
                Planner.Forecasted f = Planner.defaults().forecast(inputs);
                updateMessage("Rules preview: targets of the stored rules…");
                return new Loaded(db, f, f.allocate(AllocationSettings.DEFAULT));
            }
        };
        forecastStale = false;
        loading = run(task, this::loaded, failure -> {
            forecastStale = true;
            preview.setState("The preview cannot be computed: " + Failures.explain(failure));
        });
    }

    private void loaded(Loaded loaded) {
        boolean sameDatabase = loaded.database() == forecastFrom;
        forecastFrom = loaded.database();
        forecasted = loaded.forecasted();
        storedPlan = loaded.plan();
        List<AllocationRule> storedRules = forecasted.inputs().rules();
        PlanningInputs in = forecasted.inputs();
        form.setKnownCodes(
                in.nodes().stream().map(Node::code).collect(Collectors.toSet()),
                in.skus().stream().map(Sku::code).collect(Collectors.toSet()));
        int selected = Math.max(0, table.getSelectionModel().getSelectedIndex());
        mutate(() -> {
            if (!sameDatabase) {
                draft.reset(storedRules);
            } else {
                draft.storedChanged(storedRules);
            }
            return selected;
        });
        refreshStatus();
        schedulePreview();
    }

    private void schedulePreview() {
        if (forecasted != null && isShowing()) {
            debounce.playFromStart();
        }
    }

    private record Previewed(List<AllocationRule> rules, AllocationPlan plan, RulesPreview preview) {}

    private void startPreview() {
        if (forecasted == null) {
            return;
        }
        if (previewing != null && !previewing.isDone()) {
            previewing.cancel();
        }
        long generation = ++previewGeneration;
        Planner.Forecasted f = forecasted;
        AllocationPlan stored = storedPlan;
        List<AllocationRule> rules = draft.snapshot();
        preview.setState("Computing the preview…");
        Task<Previewed> task = new Task<>() {
            @Override
            protected Previewed call() {
                updateProgress(-1, 1);
                updateMessage("Rules preview: allocating with " + rules.size() + " rules…");
                AllocationPlan plan = f.allocate(AllocationSettings.DEFAULT, rules);
                if (isCancelled()) {
                    return null;
                }
                return new Previewed(
                        rules,
                        plan,
                        new RulesPreviewer(f.inputs().nodes(), f.inputs().stock()).compare(stored, plan));
            }
        };
        previewing = run(task, done -> {
            if (generation != previewGeneration || done == null) {
                return; // a newer edit is on its way
            }
            lastPreview.set(done.preview());
            preview.show(done.preview());
            showHeatmap();
            PlanningInputs in = f.inputs();
            preview.setState(String.format(
                    Locale.ROOT,
                    "Draft of %d rules against the stored rules, on one forecast of %,d SKUs at %,d sites"
                            + " (orders %s..%s)%s",
                    done.rules().size(),
                    in.skus().size(),
                    in.nodes().size(),
                    in.firstDay(),
                    in.lastDay(),
                    form.validProperty().get()
                            ? ""
                            : ". The form has errors: the preview shows its last valid values"));
        });
    }

    private void showHeatmap() {
        RulesPreview p = lastPreview.get();
        if (p == null || forecasted == null) {
            layer.clear();
            return;
        }
        boolean max = PreviewPanel.MAX_CHANGE.equals(preview.heatmapOf().getValue());
        layer.setChanges(
                max ? p.maxNetByNode() : p.netByNode(), forecasted.inputs().nodes());
    }

    // ---- apply, undo, redo ----

    /** Writes the draft to the database and records one edit in the window's history. */
    public void applyDraft() {
        Database db = window.database().orElse(null);
        if (db == null
                || applying
                || !form.validProperty().get()
                || !draft.dirtyProperty().get()) {
            return;
        }
        List<AllocationRule> before = draft.stored();
        List<AllocationRule> after = draft.snapshot();
        applying = true;
        refreshStatus();
        Task<List<AllocationRule>> task = new Task<>() {
            @Override
            protected List<AllocationRule> call() {
                updateProgress(-1, 1);
                updateMessage("Applying " + after.size() + " allocation rules…");
                RuleRepository repository = new RuleRepository(db);
                repository.replaceAll(SCENARIO, after);
                return repository.findAll(SCENARIO);
            }
        };
        run(
                task,
                written -> {
                    applying = false;
                    int selected = table.getSelectionModel().getSelectedIndex();
                    mutate(() -> {
                        draft.reset(written);
                        return selected;
                    });
                    window.history().record(new AppliedRules(db, before, written));
                    rulesChanged();
                },
                failure -> {
                    applying = false;
                    refreshStatus();
                    Dialogs.error(ownerWindow(), "Cannot apply the rules", Failures.explain(failure));
                });
    }

    /** One apply: undo writes back the rules stored before, redo the applied ones. */
    private final class AppliedRules implements UndoHistory.Edit {
        private final Database database;
        private final List<AllocationRule> before;
        private final List<AllocationRule> after;

        AppliedRules(Database database, List<AllocationRule> before, List<AllocationRule> after) {
            this.database = database;
            this.before = List.copyOf(before);
            this.after = List.copyOf(after);
        }

        @Override
        public String description() {
            return "allocation rules (" + summary(before, after) + ")";
        }

        @Override
        public void undo() {
            new RuleRepository(database).replaceAll(SCENARIO, before);
        }

        @Override
        public void redo() {
            new RuleRepository(database).replaceAll(SCENARIO, after);
        }

        @Override
        public void refresh() {
            rulesChanged();
        }
    }

    private static String summary(List<AllocationRule> before, List<AllocationRule> after) {
        Set<String> names = before.stream().map(AllocationRule::name).collect(Collectors.toSet());
        long added = after.stream().filter(r -> !names.contains(r.name())).count();
        long removed = before.size() - (after.size() - added);
        long edited = after.stream()
                .filter(r -> names.contains(r.name()) && !before.contains(r))
                .count();
        List<String> parts = new ArrayList<>();
        if (added > 0) {
            parts.add(added + " added");
        }
        if (edited > 0) {
            parts.add(edited + " edited");
        }
        if (removed > 0) {
            parts.add(removed + " removed");
        }
        return parts.isEmpty() ? "reordered" : String.join(", ", parts);
    }

    /** The rules in the database changed (apply, undo, redo): say so; the forecast stays valid. */
    private void rulesChanged() {
        expectedVersion = window.dataVersionProperty().get() + 1;
        window.dataChanged();
    }

    private void dataChanged(long version) {
        if (version == expectedVersion
                && forecasted != null
                && window.database().orElse(null) == forecastFrom) {
            readStoredRules();
            return;
        }
        // other data (an import, another database): the kept forecast no longer holds
        forecastStale = true;
        if (isShowing()) {
            load();
        }
    }

    /** Reads the stored rules again and their targets on the kept forecast. */
    private void readStoredRules() {
        Database db = forecastFrom;
        Planner.Forecasted f = forecasted;
        long generation = ++storedGeneration;
        Task<StoredRead> read = new Task<>() {
            @Override
            protected StoredRead call() {
                updateProgress(-1, 1);
                updateMessage("Rules preview: reading the stored rules…");
                List<AllocationRule> rules = new RuleRepository(db).findAll(SCENARIO);
                return new StoredRead(rules, f.allocate(AllocationSettings.DEFAULT, rules));
            }
        };
        run(read, done -> {
            if (generation != storedGeneration) {
                return;
            }
            storedPlan = done.plan();
            int selected = table.getSelectionModel().getSelectedIndex();
            mutate(() -> {
                draft.storedChanged(done.rules());
                return selected;
            });
            refreshStatus();
            schedulePreview();
        });
    }

    private record StoredRead(List<AllocationRule> rules, AllocationPlan plan) {}

    // ---- import, export ----

    private void chooseImport() {
        Database db = window.database().orElse(null);
        if (db == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load allocation rules into the draft");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Allocation rules CSV", "*.csv"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            importRules(file.toPath());
        }
    }

    /**
     * Reads an allocation-rules CSV file (docs/file-formats.md) into the draft, merged as an import
     * would merge it into the database: rules with a known name are replaced, new ones added, the
     * rest kept, all in position order. Nothing is written until Apply.
     */
    public void importRules(Path file) {
        Database db = window.database().orElse(null);
        if (db == null) {
            return;
        }
        Task<List<AllocationRule>> task = new Task<>() {
            @Override
            protected List<AllocationRule> call() {
                updateProgress(-1, 1);
                updateMessage("Reading " + file.getFileName() + "…");
                return new Importer(db).readRules(file, SCENARIO);
            }
        };
        run(
                task,
                imported -> {
                    edit(null, 0, list -> merge(list, imported));
                    status.setText(
                            "Loaded " + imported.size() + " rules from " + file.getFileName() + " into the draft");
                },
                failure -> {
                    if (failure instanceof ImportException problems) {
                        List<String> lines = new ArrayList<>(problems.problems().stream()
                                .map(Problem::toString)
                                .toList());
                        Dialogs.problems(
                                stage,
                                "Cannot load the rules",
                                "Nothing was loaded from " + file.getFileName() + ". Fix these and try again:",
                                lines);
                    } else {
                        Dialogs.error(stage, "Cannot load the rules", Failures.explain(failure));
                    }
                });
    }

    /** Upsert by name, then position order (then name), as the database returns rules. */
    static List<AllocationRule> merge(List<AllocationRule> draftRules, List<AllocationRule> imported) {
        List<AllocationRule> out = new ArrayList<>(draftRules);
        for (AllocationRule rule : imported) {
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).name().equals(rule.name())) {
                    at = i;
                }
            }
            if (at >= 0) {
                out.set(at, rule);
            } else {
                out.add(rule);
            }
        }
        out.sort(Comparator.comparingInt(AllocationRule::position).thenComparing(AllocationRule::name));
        return out;
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the draft's allocation rules");
        chooser.setInitialFileName("allocation-rules.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Allocation rules CSV", "*.csv"));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            exportRules(file.toPath());
        }
    }

    /** Writes the draft (applied or not) as an allocation-rules CSV file. */
    public void exportRules(Path file) {
        List<AllocationRule> rules = draft.snapshot();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() {
                updateProgress(-1, 1);
                updateMessage("Writing " + file.getFileName() + "…");
                Exporter.exportRules(file, rules);
                return file;
            }
        };
        run(
                task,
                written -> status.setText("Exported " + rules.size() + " rules to " + written),
                failure -> Dialogs.error(stage, "Cannot export the rules", Failures.explain(failure)));
    }

    // ---- helpers ----

    private <T> Task<T> run(Task<T> task, Consumer<T> then) {
        return run(task, then, failure -> Dialogs.error(ownerWindow(), "Rules editor", Failures.explain(failure)));
    }

    private <T> Task<T> run(Task<T> task, Consumer<T> then, Consumer<Throwable> failed) {
        task.setOnSucceeded(e -> then.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        return window.work().submit(Work.Lane.IO, task);
    }

    private Window ownerWindow() {
        return stage != null && stage.isShowing() ? stage : null;
    }
}
