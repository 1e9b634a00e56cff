package dev.microtower.allocation.ui;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.domain.RulesPreview;
import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.allocation.engine.RulesForecast;
import dev.microtower.allocation.engine.RulesPreviewer;
import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Controller of the allocation rules editor: a non-modal window over the main window with the
 * rules table, a form for the selected rule, and a live preview of what applying the draft would
 * change, for the scenario the window follows.
 *
 * <p>The forecast is the slow part (seconds on the demo), so it comes from the session's shared
 * {@link RulesForecast} (the one forecast of the window) and is kept until data other than the
 * rules changes; each edit of the draft then only allocates again with the draft's rules, through
 * the latest-wins helper, and compares the targets with those of the stored rules ({@link
 * RulesPreviewer}).
 *
 * <p>Undo: edits of the draft are undone and redone inside the editor with Ctrl+Z / Ctrl+Y (and its
 * Undo / Redo buttons). Apply writes the draft in one transaction and records one {@link
 * AppliedRules} command in the window's history, which publishes the change of the rules. When the
 * draft has no edits left to undo, Ctrl+Z in the editor undoes the newest edit of the history, as
 * Edit → Undo in the main window does.
 */
public final class RulesEditor {
    private static final Duration DEBOUNCE = Duration.millis(200);

    private final Workbench bench;
    private final TargetChangeLayer layer;
    private final RulesModel model = new RulesModel();
    private final RulesView view = new RulesView(model);
    private final DraftEditing editing = new DraftEditing(model.draft, view);
    private final LatestWins<Previewed> previews;
    private final RuleFileActions files;
    /** The session and scenario the kept basis was read from; another one resets the draft. */
    private Session basisSession;

    private ScenarioId basisScenario;
    private Task<?> loading;
    private long storedGeneration;

    public RulesEditor(Workbench bench, TargetChangeLayer layer) {
        this.bench = Objects.requireNonNull(bench);
        this.layer = Objects.requireNonNull(layer);
        this.previews = new LatestWins<>(
                bench.work(),
                Work.Lane.COMPUTE,
                DEBOUNCE,
                failure -> view.preview.setState("The preview cannot be computed: " + Failures.explain(failure)));
        model.draft.rules().addListener((ListChangeListener<AllocationRule>) c -> {
            refreshStatus();
            schedulePreview();
        });
        model.applying.addListener(o -> refreshStatus());
        bench.changes().subscribe(this::dataChanged);
        bench.scenarioProperty().addListener((o, was, now) -> dataChanged(null));
        bench.sessionProperty().addListener((o, was, now) -> dataChanged(null));
        view.bindUndo(bench.history().canUndoProperty(), bench.history().canRedoProperty());
        view.undo.setOnAction(e -> undo());
        view.redo.setOnAction(e -> redo());
        this.files = new RuleFileActions(bench, model, view, editing);
        view.apply.setOnAction(e -> applyDraft());
        view.preview.heatmapOf().valueProperty().addListener(o -> showHeatmap());
        view.preview.onMap().selectedProperty().bindBidirectional(layer.shownProperty());
    }

    // ---- window ----

    /** Shows the editor (making its window the first time) and reads what the preview needs. */
    public void show() {
        Stage stage = view.stage(bench.owner(), bench.stylesheets(), this::undo, this::redo, this::applyDraft);
        if (stage.getOnHidden() == null) {
            stage.setOnHidden(e -> {
                view.preview.onMap().setSelected(false);
                layer.clear();
            });
        }
        refreshStatus();
        stage.show();
        stage.toFront();
        if (model.stale.get() || !bench.stillShows(basisSession, basisScenario)) {
            load();
        } else {
            schedulePreview();
        }
    }

    /** The editor's window; null before it was first shown. */
    public Stage stage() {
        return view.stage();
    }

    public boolean isShowing() {
        return view.stage() != null && view.stage().isShowing();
    }

    /** The preview shown last (null before the first), for tests and the status. */
    public RulesPreview preview() {
        return model.preview.get();
    }

    /** The draft's rules as the editor holds them now. */
    public List<AllocationRule> draftRules() {
        return model.draft.snapshot();
    }

    /** True once the forecast is kept and no preview, read or apply is running. */
    public boolean idle() {
        return model.basis.get() != null
                && !model.loading.get()
                && !model.readingStored.get()
                && !previews.busyProperty().get()
                && !model.applying.get();
    }

    /** Upsert by name, then position order (then name), as the database returns rules. */
    static List<AllocationRule> merge(List<AllocationRule> draftRules, List<AllocationRule> imported) {
        return DraftEditing.merge(draftRules, imported);
    }

    // ---- forecast, preview ----

    private record Loaded(Session session, ScenarioId scenario, RulesForecast.Basis basis, AllocationPlan plan) {}

    /** Reads the scenario's forecast in the background: the slow part, kept afterwards. */
    private void load() {
        Session session = bench.session().orElse(null);
        if (session == null) {
            view.preview.setState("No database open.");
            return;
        }
        if (loading != null && !loading.isDone()) {
            loading.cancel();
        }
        ScenarioId scenario = bench.scenario();
        view.preview.setState("Forecasting demand once for the preview (a few seconds)…");
        model.stale.set(false);
        model.loading.set(true);
        RulesForecast forecasts = session.get(RulesForecast.class);
        loading = bench.work()
                .compute("Rules preview: forecasting demand…", context -> {
                    RulesForecast.Basis basis = forecasts.basis(scenario, context, context.cancellation());
                    context.message("Rules preview: targets of the stored rules…");
                    return new Loaded(
                            session, scenario, basis, basis.allocate(AllocationSettings.DEFAULT, basis.rules()));
                })
                .onSuccess(this::loaded)
                .onFailure(failure -> {
                    model.loading.set(false);
                    model.stale.set(true);
                    view.preview.setState("The preview cannot be computed: " + Failures.explain(failure));
                })
                .onCancelled(() -> model.loading.set(false))
                .start();
    }

    private void loaded(Loaded loaded) {
        model.loading.set(false);
        boolean same = loaded.session() == basisSession && loaded.scenario().equals(basisScenario);
        basisSession = loaded.session();
        basisScenario = loaded.scenario();
        RulesForecast.Basis basis = loaded.basis();
        model.basis.set(basis);
        model.storedPlan.set(loaded.plan());
        view.form.setKnownCodes(
                basis.nodes().stream().map(Node::code).collect(Collectors.toSet()),
                basis.skus().stream().map(Sku::code).collect(Collectors.toSet()));
        int selected = Math.max(0, editing.selected());
        editing.mutate(() -> {
            if (same) {
                model.draft.storedChanged(basis.rules());
            } else {
                model.draft.reset(basis.rules());
            }
            return selected;
        });
        refreshStatus();
        schedulePreview();
    }

    private void schedulePreview() {
        RulesForecast.Basis basis = model.basis.get();
        if (basis == null || !isShowing()) {
            return;
        }
        AllocationPlan stored = model.storedPlan.get();
        List<AllocationRule> rules = model.draft.snapshot();
        view.preview.setState("Computing the preview…");
        previews.request(
                "Rules preview: allocating with " + rules.size() + " rules…",
                context -> {
                    AllocationPlan plan = basis.allocate(AllocationSettings.DEFAULT, rules);
                    return new Previewed(
                            rules, basis, new RulesPreviewer(basis.nodes(), basis.stock()).compare(stored, plan));
                },
                this::previewed);
    }

    private record Previewed(List<AllocationRule> rules, RulesForecast.Basis basis, RulesPreview preview) {}

    private void previewed(Previewed done) {
        model.preview.set(done.preview());
        view.preview.show(done.preview());
        showHeatmap();
        RulesForecast.Basis in = done.basis();
        view.preview.setState(String.format(
                Locale.ROOT,
                "Draft of %d rules against the stored rules, on one forecast of %,d SKUs at %,d sites"
                        + " (orders %s..%s)%s",
                done.rules().size(),
                in.skus().size(),
                in.nodes().size(),
                in.firstDay(),
                in.lastDay(),
                view.form.validProperty().get()
                        ? ""
                        : ". The form has errors: the preview shows its last valid values"));
    }

    private void showHeatmap() {
        RulesPreview p = model.preview.get();
        RulesForecast.Basis basis = model.basis.get();
        if (p == null || basis == null) {
            layer.clear();
            return;
        }
        boolean max = PreviewPanel.MAX_CHANGE.equals(view.preview.heatmapOf().getValue());
        layer.setChanges(max ? p.maxNetByNode() : p.netByNode(), basis.nodes());
    }

    /**
     * A change of only the rules of the scenario shown (apply, undo, redo, another editor) keeps
     * the forecast: the stored rules are read again. Anything else (an import, another database
     * or scenario) makes the kept forecast stale.
     */
    private void dataChanged(DataChange change) {
        if (change != null && !change.scenario().equals(basisScenario)) {
            return;
        }
        if (change != null
                && change.kinds().equals(Set.of(DataKind.RULES))
                && model.basis.get() != null
                && bench.session().orElse(null) == basisSession) {
            readStoredRules();
            return;
        }
        model.stale.set(true);
        if (isShowing()) {
            load();
        }
    }

    /** Reads the stored rules again and their targets on the kept forecast. */
    private void readStoredRules() {
        RulesForecast.Basis basis = model.basis.get();
        RuleRepository rules = basisSession.get(RuleRepository.class);
        ScenarioId scenario = basisScenario;
        long generation = ++storedGeneration;
        model.readingStored.set(true);
        bench.work()
                .io("Rules preview: reading the stored rules…", context -> {
                    List<AllocationRule> stored = rules.findAll(scenario);
                    return new Loaded(
                            basisSession,
                            scenario,
                            basis.withRules(stored),
                            basis.allocate(AllocationSettings.DEFAULT, stored));
                })
                .onSuccess(done -> {
                    if (generation != storedGeneration) {
                        return;
                    }
                    model.readingStored.set(false);
                    model.basis.set(done.basis());
                    model.storedPlan.set(done.plan());
                    int selected = editing.selected();
                    editing.mutate(() -> {
                        model.draft.storedChanged(done.basis().rules());
                        return selected;
                    });
                    refreshStatus();
                    schedulePreview();
                })
                .onFailure(failure -> {
                    model.readingStored.set(false);
                    failed("Rules editor", failure);
                })
                .start();
    }

    // ---- apply, undo, redo ----

    /** Writes the draft to the database and records one edit in the window's history. */
    public void applyDraft() {
        Session session = bench.session().orElse(null);
        if (session == null
                || model.applying.get()
                || model.loading.get() // the draft would go to the scenario that is being replaced
                || !view.form.validProperty().get()
                || !model.draft.dirtyProperty().get()) {
            return;
        }
        ScenarioId scenario = basisScenario == null ? bench.scenario() : basisScenario;
        RuleRepository rules = session.get(RuleRepository.class);
        List<AllocationRule> before = model.draft.stored();
        List<AllocationRule> after = model.draft.snapshot();
        model.applying.set(true);
        bench.work()
                .io("Applying " + after.size() + " allocation rules…", context -> {
                    rules.replaceAll(scenario, after);
                    return rules.findAll(scenario);
                })
                .onSuccess(written -> {
                    model.applying.set(false);
                    int selected = editing.selected();
                    editing.mutate(() -> {
                        model.draft.reset(written);
                        return selected;
                    });
                    bench.history().record(new AppliedRules(scenario, rules, before, written));
                })
                .onFailure(failure -> {
                    model.applying.set(false);
                    failed("Cannot apply the rules", failure);
                })
                .start();
    }

    /** Undoes the draft's newest edit, or when there is none the window history's newest edit. */
    public void undo() {
        if (!model.draft.canUndoProperty().get()) {
            bench.history().undo();
            return;
        }
        editing.mutate(model.draft::undo);
    }

    public void redo() {
        if (!model.draft.canRedoProperty().get()) {
            bench.history().redo();
            return;
        }
        editing.mutate(model.draft::redo);
    }

    private void refreshStatus() {
        if (model.applying.get()) {
            model.status.set("Applying…");
            return;
        }
        List<AllocationRule> now = model.draft.rules();
        List<AllocationRule> stored = model.draft.stored();
        if (now.equals(stored)) {
            model.status.set(String.format(Locale.ROOT, "%d rules, as stored", now.size()));
            return;
        }
        long changed = now.stream().filter(r -> !stored.contains(r)).count();
        long removed = stored.stream()
                .filter(r -> now.stream().noneMatch(n -> n.name().equals(r.name())))
                .count();
        model.status.set(String.format(
                Locale.ROOT,
                "%d rules; not applied yet: %d new or edited, %d removed%s",
                now.size(),
                changed,
                removed,
                now.size() == stored.size() && changed == 0 && removed == 0 ? " (order)" : ""));
    }

    // ---- import, export ----

    /**
     * Reads an allocation-rules CSV file (docs/file-formats.md) into the draft, merged as an import
     * would merge it into the database; nothing is written until Apply.
     */
    public void importRules(Path file) {
        files.importRules(file);
    }

    /** Writes the draft (applied or not) as an allocation-rules CSV file. */
    public void exportRules(Path file) {
        files.exportRules(file);
    }

    private void failed(String title, Throwable failure) {
        Window owner = isShowing() ? view.stage() : bench.owner();
        Dialogs.error(owner, title, Failures.explain(failure));
    }
}
