package dev.microtower.rebalancing.ui;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.importexport.TransferExport;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.ui.SitesLayer;
import dev.microtower.planning.domain.PlanningInputs;
import dev.microtower.planning.engine.Planner;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.rebalancing.domain.PlanRun;
import dev.microtower.rebalancing.domain.PlanRunId;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import dev.microtower.rebalancing.domain.SuggestionStatus;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.shell.InterimFeatures;
import dev.microtower.store.Database;
import dev.microtower.store.DatabaseException;
import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.UndoHistory;
import dev.microtower.ui.framework.Work;
import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The rebalancing workflow of the window: Plan runs the planning chain in the background and
 * stores the run; its suggestions appear as arrows on the map and as rows in the drawer under it,
 * linked both ways; Accept, Reject and Edit decide them in the database (moving stock into
 * transit) and tell the window that its data changed. On opening a database the newest open run
 * of the baseline is shown.
 */
public final class PlanController {
    private static final ScenarioId SCENARIO = ScenarioId.BASELINE;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);
    /** Fitting the map to a selection this large would only show the whole network. */
    private static final int MAX_FIT_ROWS = 200;

    private final InterimFeatures window;
    private final FlowsLayer flows = new FlowsLayer();
    private final SuggestionsTable table = new SuggestionsTable();
    private final BooleanProperty drawerShown = new SimpleBooleanProperty(this, "drawerShown", false);
    private final ReadOnlyBooleanWrapper planning = new ReadOnlyBooleanWrapper(this, "planning", false);
    private final ReadOnlyObjectWrapper<PlanRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private Map<SkuCode, Sku> catalogue = Map.of();
    private Database shownFrom;
    private Task<Shown> planTask;
    private boolean selectingFromMap;

    /** A run read back from the database with what its rows need. */
    private record Shown(Database database, PlanRun run, List<StoredSuggestion> suggestions, Map<SkuCode, Sku> skus) {}

    /** What a batch of decisions did: the rows now decided and the ones the database refused. */
    private record Decided(List<StoredSuggestion> decided, List<String> refused) {}

    public PlanController(InterimFeatures window) {
        this.window = window;
        drawerShown.bindBidirectional(window.drawerShownProperty());
        table.setActions(new SuggestionsTable.Actions() {
            @Override
            public void accept(List<SuggestionRow> rows) {
                PlanController.this.accept(rows);
            }

            @Override
            public void reject(List<SuggestionRow> rows) {
                PlanController.this.reject(rows);
            }

            @Override
            public void edit(SuggestionRow row, long quantity) {
                PlanController.this.edit(row, quantity);
            }

            @Override
            public void exportAccepted() {
                chooseExportFile();
            }

            @Override
            public void hide() {
                drawerShown.set(false);
            }
        });
        table.table().getSelectionModel().getSelectedItems().addListener((ListChangeListener<SuggestionRow>)
                c -> selectionChanged());
        flows.setOnArrowClicked(arrow -> {
            drawerShown.set(true);
            selectingFromMap = true;
            try {
                table.select(arrow.suggestionIds(), true);
            } finally {
                selectingFromMap = false;
            }
        });
        SitesLayer sites = window.sites();
        flows.setBlockedAt((sceneX, sceneY) -> {
            if (!sites.isVisible()) {
                return false;
            }
            Point2D at = sites.sceneToLocal(sceneX, sceneY);
            return sites.markerAt(at.getX(), at.getY());
        });
        window.dataVersionProperty().addListener((o, was, now) -> dataChanged());
    }

    /** The suggestions drawer, for under the map. */
    public SuggestionsTable drawer() {
        return table;
    }

    public FlowsLayer flows() {
        return flows;
    }

    public SuggestionsTable table() {
        return table;
    }

    /** The plan run shown, or {@code null}. */
    public ReadOnlyObjectProperty<PlanRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty planningProperty() {
        return planning.getReadOnlyProperty();
    }

    public BooleanProperty drawerShownProperty() {
        return drawerShown;
    }

    /** The Plan menu: plan, export the accepted transfers, show or hide the suggestions. */
    public Menu menu() {
        MenuItem plan = new MenuItem("Plan network");
        plan.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        plan.setOnAction(e -> plan());
        plan.disableProperty().bind(planning);
        MenuItem export = new MenuItem("Export accepted transfers…");
        export.setOnAction(e -> chooseExportFile());
        export.disableProperty().bind(run.isNull());
        CheckMenuItem drawer = new CheckMenuItem("Suggestions panel");
        drawer.setAccelerator(
                new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        drawer.selectedProperty().bindBidirectional(drawerShown);
        return new Menu("_Plan", null, plan, export, new SeparatorMenuItem(), drawer);
    }

    public Button toolbarButton() {
        Button button = new Button("Plan");
        button.setId("plan-button");
        button.getStyleClass().add("plan-button");
        button.setTooltip(new Tooltip("Forecast demand, set targets and propose transfers and replenishments (Ctrl+P);"
                + " the plan is stored and shown on the map"));
        button.setOnAction(e -> plan());
        button.disableProperty().bind(planning);
        return button;
    }

    // ---- planning ----

    /**
     * Runs the planning chain on the open database in the background and shows the stored run. Only
     * one runs at a time: while one runs this returns it. Cancelling stops at the next step; a
     * cancelled plan is never stored.
     */
    public Task<?> plan() {
        Optional<Database> open = window.database();
        if (open.isEmpty()) {
            Dialogs.error(owner(), "Cannot plan", "Open a database first.");
            return null;
        }
        if (planTask != null && !planTask.isDone()) {
            return planTask;
        }
        Database database = open.get();
        Task<Shown> task = new Task<>() {
            @Override
            protected Shown call() {
                step(0, "reading the network, stock and order history");
                Scenario scenario = new ScenarioRepository(database)
                        .find(SCENARIO)
                        .orElseThrow(() -> new DatabaseException("the database has no baseline scenario", null));
                PlanningInputs inputs = PlanningService.read(
                        PlanningService.sourcesOf(database), scenario, PlanningService.DEFAULT_HISTORY_DAYS);
                if (inputs.nodes().isEmpty()) {
                    throw new DatabaseException("the network has no sites: import one first", null);
                }
                step(1, "forecasting demand");
                Planner.Forecasted forecasted = Planner.defaults().forecast(inputs);
                step(2, "setting stock targets from the allocation rules");
                AllocationPlan allocation = forecasted.allocate(AllocationSettings.DEFAULT);
                step(3, "proposing transfers and replenishments");
                RebalancingPlan plan = Planner.rebalance(inputs, allocation, RebalancingSettings.DEFAULT);
                step(4, "storing the plan");
                PlanRepository plans = new PlanRepository(database);
                PlanRunId id = plans.save(SCENARIO, forecasted.describeInputs(), plan);
                updateProgress(5, 5);
                return read(database, plans, id, inputs.skus());
            }

            /** The engines cannot stop mid-solve: cancelling takes effect between the steps. */
            private void step(int done, String what) {
                if (isCancelled()) {
                    throw new CancellationException("planning cancelled before " + what);
                }
                updateMessage("Planning: " + what + "…");
                updateProgress(done, 5);
            }
        };
        task.setOnSucceeded(e -> {
            planning.set(false);
            show(task.getValue());
            table.setMessage("");
        });
        task.setOnFailed(e -> {
            planning.set(false);
            Dialogs.error(owner(), "Cannot plan the network", Failures.explain(task.getException()));
        });
        task.setOnCancelled(e -> {
            planning.set(false);
            table.setMessage("Planning cancelled: no plan was stored");
        });
        planning.set(true);
        planTask = task;
        window.work().submit(Work.Lane.COMPUTE, task);
        return task;
    }

    private static Shown read(Database database, PlanRepository plans, PlanRunId id, List<Sku> skus) {
        PlanRun stored = plans.runs(SCENARIO).stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new DatabaseException("plan run " + id + " is gone", null));
        Map<SkuCode, Sku> byCode = skus.stream().collect(Collectors.toMap(Sku::code, Function.identity(), (a, b) -> a));
        return new Shown(database, stored, plans.suggestions(id), byCode);
    }

    /** Shows the newest run of the baseline that still has undecided suggestions, if there is one. */
    public Task<?> showLatestOpenRun() {
        Optional<Database> open = window.database();
        if (open.isEmpty()) {
            return null;
        }
        Database database = open.get();
        Task<Shown> task = new Task<>() {
            @Override
            protected Shown call() {
                updateMessage("Reading the latest plan…");
                updateProgress(-1, 1);
                PlanRepository plans = new PlanRepository(database);
                Optional<PlanRun> latest =
                        plans.runs(SCENARIO).stream().filter(r -> !r.decided()).findFirst();
                if (latest.isEmpty()) {
                    return null;
                }
                return read(database, plans, latest.get().id(), new SkuRepository(database).findAll());
            }
        };
        task.setOnSucceeded(e -> {
            if (task.getValue() != null && window.database().orElse(null) == database) {
                show(task.getValue());
            }
        });
        task.setOnFailed(
                e -> table.setMessage("Cannot read the latest plan: " + Failures.explain(task.getException())));
        window.work().submit(Work.Lane.IO, task);
        return task;
    }

    private void show(Shown shown) {
        catalogue = shown.skus();
        List<SuggestionRow> rows = new ArrayList<>(shown.suggestions().size());
        for (StoredSuggestion s : shown.suggestions()) {
            rows.add(row(s));
        }
        table.setRows(rows, describe(shown.run()));
        flows.highlighted().clear();
        drawArrows();
        drawerShown.set(true);
        run.set(shown.run());
    }

    private SuggestionRow row(StoredSuggestion s) {
        Sku sku = catalogue.get(s.suggestion().sku());
        return new SuggestionRow(
                s,
                siteName(s.suggestion().from()),
                siteName(s.suggestion().to()),
                sku == null ? "" : sku.name(),
                sku == null ? TemperatureClass.AMBIENT : sku.temperatureClass());
    }

    private String siteName(NodeCode code) {
        return window.sites().site(code).map(Node::name).orElse(code.value());
    }

    private static String describe(PlanRun run) {
        var s = run.summary();
        return String.format(
                Locale.ROOT,
                "Plan run %s · %s · %,d suggestions · %,d units · cost %,.2f · stockouts %,d → %,d",
                run.id(),
                WHEN.format(run.createdAt().atZone(ZoneId.systemDefault())),
                s.suggestions(),
                s.unitsMoved(),
                s.totalCost(),
                s.stockoutsBefore(),
                s.stockoutsAfter());
    }

    /** Draws every suggestion not rejected, at the sites' current positions. */
    private void drawArrows() {
        SitesLayer sites = window.sites();
        List<FlowsLayer.Leg> legs = new ArrayList<>();
        for (SuggestionRow r : table.rows()) {
            if (!r.proposed() && !r.accepted()) {
                continue;
            }
            var s = r.suggestion();
            Optional<GeoPoint> from = sites.site(s.from()).map(Node::location);
            Optional<GeoPoint> to = sites.site(s.to()).map(Node::location);
            if (from.isEmpty() || to.isEmpty()) {
                continue; // a site of an old run is no longer in the network
            }
            legs.add(new FlowsLayer.Leg(
                    r.id(),
                    s.from(),
                    s.to(),
                    from.get(),
                    to.get(),
                    r.temperature(),
                    s.quantity(),
                    r.accepted(),
                    s.sku() + " " + r.skuName(),
                    s.reason()));
        }
        flows.setLegs(legs);
    }

    private void dataChanged() {
        Database now = window.database().orElse(null);
        if (now != shownFrom) {
            shownFrom = now;
            run.set(null);
            catalogue = Map.of();
            table.setRows(List.of(), "No plan yet: Plan → Plan network (Ctrl+P)");
            table.setMessage("");
            flows.setLegs(List.of());
            if (now != null) {
                showLatestOpenRun();
            }
        } else {
            drawArrows(); // sites may have moved or gone
        }
    }

    private void selectionChanged() {
        Set<Long> ids = table.selectedIds();
        flows.highlighted().retainAll(ids);
        flows.highlighted().addAll(ids);
        if (selectingFromMap || ids.isEmpty() || ids.size() > MAX_FIT_ROWS) {
            return;
        }
        Set<GeoPoint> ends = new LinkedHashSet<>();
        for (SuggestionRow r : table.table().getSelectionModel().getSelectedItems()) {
            window.sites().site(r.suggestion().from()).ifPresent(n -> ends.add(n.location()));
            window.sites().site(r.suggestion().to()).ifPresent(n -> ends.add(n.location()));
        }
        if (!ends.isEmpty()) {
            window.map().fit(ends);
        }
    }

    // ---- decisions ----

    public Task<?> accept(List<SuggestionRow> rows) {
        return decide("Accepting", rows, (plans, row) -> plans.accept(row.id()));
    }

    public Task<?> reject(List<SuggestionRow> rows) {
        return decide("Rejecting", rows, (plans, row) -> plans.reject(row.id()));
    }

    /** Accepts a suggestion with another quantity; the source must have that many units free. */
    public Task<?> edit(SuggestionRow row, long quantity) {
        if (quantity == row.suggestion().quantity()) {
            return accept(List.of(row));
        }
        return decide(
                "Accepting an edited quantity of", List.of(row), (plans, r) -> plans.acceptEdited(r.id(), quantity));
    }

    private interface Decision {
        StoredSuggestion apply(PlanRepository plans, SuggestionRow row);
    }

    private Task<?> decide(String verb, List<SuggestionRow> rows, Decision decision) {
        Optional<Database> open = window.database();
        if (open.isEmpty() || rows.isEmpty()) {
            return null;
        }
        PlanRepository plans = new PlanRepository(open.get());
        List<SuggestionRow> chosen = List.copyOf(rows);
        Task<Decided> task = new Task<>() {
            @Override
            protected Decided call() {
                List<StoredSuggestion> decided = new ArrayList<>();
                List<String> refused = new ArrayList<>();
                for (int i = 0; i < chosen.size() && !isCancelled(); i++) {
                    SuggestionRow row = chosen.get(i);
                    updateMessage(String.format("%s %,d of %,d suggestions…", verb, i + 1, chosen.size()));
                    updateProgress(i, chosen.size());
                    try {
                        // each decision is its own transaction: one refusal leaves the others done
                        decided.add(decision.apply(plans, row));
                    } catch (DatabaseException e) {
                        var s = row.suggestion();
                        refused.add(s.sku() + " " + s.from() + " → " + s.to() + ": " + e.getMessage());
                    }
                }
                return new Decided(decided, refused);
            }
        };
        task.setOnSucceeded(e -> {
            Decided outcome = task.getValue();
            applied(outcome, verb, chosen.size());
            if (!outcome.decided().isEmpty()) {
                window.history().record(new Decisions(plans, outcome.decided()));
            }
        });
        task.setOnFailed(e -> Dialogs.error(owner(), "Cannot decide", Failures.explain(task.getException())));
        window.work().submit(Work.Lane.IO, task);
        return task;
    }

    private void applied(Decided outcome, String verb, int asked) {
        if (!outcome.decided().isEmpty()) {
            table.replace(outcome.decided().stream().map(this::row).toList());
            drawArrows();
            refreshRun();
            window.dataChanged();
        }
        table.setMessage(String.format(
                "%,d of %,d decided%s",
                outcome.decided().size(),
                asked,
                outcome.refused().isEmpty()
                        ? ""
                        : String.format(", %,d refused", outcome.refused().size())));
        if (outcome.refused().size() == 1) {
            Dialogs.error(
                    owner(), "The database refused this", outcome.refused().get(0));
        } else if (!outcome.refused().isEmpty()) {
            Dialogs.problems(
                    owner(), "Some suggestions were refused", verb + " left these unchanged:", outcome.refused());
        }
    }

    /**
     * Decisions taken together, for Edit → Undo: undo proposes them again (stock goes back), redo
     * takes each the same way again.
     */
    private final class Decisions implements UndoHistory.Edit {
        private final PlanRepository plans;
        private final List<StoredSuggestion> decided;
        private volatile List<StoredSuggestion> now = List.of();

        Decisions(PlanRepository plans, List<StoredSuggestion> decided) {
            this.plans = plans;
            this.decided = List.copyOf(decided);
        }

        @Override
        public String description() {
            StoredSuggestion first = decided.get(0);
            String what = first.status() == SuggestionStatus.REJECTED ? "rejection" : "acceptance";
            return decided.size() == 1
                    ? what + " of " + first.suggestion().sku() + " to "
                            + first.suggestion().to()
                    : String.format(Locale.ROOT, "%s of %,d suggestions", what, decided.size());
        }

        @Override
        public void undo() {
            List<StoredSuggestion> reopened = new ArrayList<>();
            for (int i = decided.size() - 1; i >= 0; i--) {
                reopened.add(plans.reopen(decided.get(i).id()));
            }
            now = reopened;
        }

        @Override
        public void redo() {
            List<StoredSuggestion> again = new ArrayList<>();
            for (StoredSuggestion d : decided) {
                again.add(
                        switch (d.status()) {
                            case ACCEPTED -> plans.accept(d.id());
                            case EDITED ->
                                plans.acceptEdited(d.id(), d.suggestion().quantity());
                            case REJECTED -> plans.reject(d.id());
                            case PROPOSED -> d;
                        });
            }
            now = again;
        }

        @Override
        public void refresh() {
            table.replace(now.stream().map(PlanController.this::row).toList());
            drawArrows();
            refreshRun();
            window.dataChanged();
        }
    }

    /** Reads the run's status again (it is decided once no suggestion is proposed). */
    private void refreshRun() {
        PlanRun shown = run.get();
        if (shown == null) {
            return;
        }
        boolean decided = table.rows().stream().noneMatch(SuggestionRow::proposed);
        if (decided != shown.decided()) {
            run.set(new PlanRun(
                    shown.id(), shown.scenario(), shown.createdAt(), shown.inputsSummary(), decided, shown.summary()));
        }
    }

    // ---- export ----

    private void chooseExportFile() {
        PlanRun shown = run.get();
        if (shown == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the accepted transfers (.xlsx workbook or .csv)");
        chooser.setInitialFileName("transfers-run-" + shown.id() + ".csv");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("CSV file", "*.csv"),
                        new FileChooser.ExtensionFilter("Excel workbook", "*.xlsx"));
        File file = chooser.showSaveDialog(owner());
        if (file != null) {
            exportAccepted(file.toPath());
        }
    }

    /**
     * Writes the accepted (and edited) suggestions of the run shown to {@code target}, read again
     * from the database: a workbook for {@code .xlsx}, CSV otherwise.
     */
    public Task<?> exportAccepted(Path target) {
        Optional<Database> open = window.database();
        PlanRun shown = run.get();
        if (open.isEmpty() || shown == null) {
            return null;
        }
        PlanRepository plans = new PlanRepository(open.get());
        Map<SkuCode, Sku> names = catalogue;
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() {
                updateMessage("Exporting accepted transfers to " + target.getFileName() + "…");
                updateProgress(-1, 1);
                List<StoredSuggestion> accepted = plans.suggestions(shown.id()).stream()
                        .filter(StoredSuggestion::accepted)
                        .toList();
                TransferExport.write(target, accepted, sku -> {
                    Sku found = names.get(sku);
                    return found == null ? "" : found.name();
                });
                return accepted.size();
            }
        };
        task.setOnSucceeded(e -> table.setMessage(String.format(
                "Wrote %,d accepted transfer%s to %s", task.getValue(), task.getValue() == 1 ? "" : "s", target)));
        task.setOnFailed(e -> {
            Throwable failure = task.getException();
            Dialogs.error(
                    owner(),
                    "Export failed",
                    failure instanceof UncheckedIOException ? failure.getMessage() : Failures.explain(failure));
        });
        window.work().submit(Work.Lane.IO, task);
        return task;
    }

    private Window owner() {
        return window.owner();
    }
}
