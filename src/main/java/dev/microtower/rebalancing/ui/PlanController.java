package dev.microtower.rebalancing.ui;

import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.domain.Node;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.rebalancing.domain.PlanRun;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import dev.microtower.rebalancing.service.DecisionEdit;
import dev.microtower.rebalancing.service.RebalancingService;
import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.MapDepth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * The rebalancing workflow of the window: Plan runs the planning chain of the current scenario in
 * the background and stores the run; its suggestions appear as arrows on the map and as rows in
 * the drawer under it, linked both ways; Accept, Reject and Edit decide them in the database
 * (moving stock into transit) and go into the undo history as a {@link DecisionEdit}, which says
 * that stock and plans changed. Whenever the plans of the run's scenario change (an undo or redo of
 * a decision, say), the run shown is read again. On opening a database, or switching scenario, the
 * newest open run of that scenario is shown.
 */
public final class PlanController {
    /** Fitting the map to a selection this large would only show the whole network. */
    private static final int MAX_FIT_ROWS = 200;

    private final Workbench bench;
    private final NetworkModel network;
    private final PlanModel model;
    private final FlowsLayer flows;
    private final SuggestionsTable table;
    private final LatestWins<RebalancingService.StoredRun> rereads;
    private final AcceptedExport export;
    /** The plan running (until its computation stopped), with the session and scenario it plans. */
    private Task<?> planTask;

    private Session planSession;
    private ScenarioId planScenario;
    /** Numbers each plan started: the handlers of a plan left behind see that a newer one started. */
    private long plansStarted;
    /** The number of the plan running, 0 when none runs. */
    private long planRunning;

    private boolean selectingFromMap;
    /** While this controller records its own decision: the table already shows it. */
    private boolean recording;

    public PlanController(Workbench bench, PlanModel model, FlowsLayer flows, SuggestionsTable table) {
        this.bench = bench;
        this.network = bench.service(NetworkModel.class);
        this.model = model;
        this.flows = flows;
        this.table = table;
        this.export = new AcceptedExport(bench, model, table);
        this.rereads = new LatestWins<>(
                bench.work(),
                Work.Lane.IO,
                Duration.millis(50),
                failure -> table.setMessage("Cannot read the plan again: " + Failures.explain(failure)));
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
                model.drawerShownProperty().set(false);
            }
        });
        table.table().getSelectionModel().getSelectedItems().addListener((ListChangeListener<SuggestionRow>)
                c -> selectionChanged());
        flows.setOnArrowClicked(arrow -> {
            model.drawerShownProperty().set(true);
            selectingFromMap = true;
            try {
                table.select(arrow.suggestionIds(), true);
            } finally {
                selectingFromMap = false;
            }
        });
        // the site markers below keep their clicks
        flows.setBlockedAt((sceneX, sceneY) -> bench.map().clickTakenBelow(MapDepth.FLOWS, sceneX, sceneY));
        bench.sessionProperty().addListener(o -> reset());
        bench.scenarioProperty().addListener(o -> reset());
        // sites may have moved or gone
        network.sites().addListener((ListChangeListener<Node>) c -> drawArrows());
        // the stored run can be shown before the network is read: names and temperatures follow it
        network.skus().addListener((ListChangeListener<Sku>) c -> renameRows());
        bench.changes().subscribe(Set.of(DataKind.PLANS), this::plansChanged);
        reset();
    }

    // ---- planning ----

    /**
     * Runs the planning chain of the current scenario in the background and shows the stored run.
     * Only one runs at a time: while one runs for the scenario shown this returns it. One still
     * running for a scenario the user left is cancelled and this one starts: its result would never
     * be shown, and both would share the cores. Cancelling stops at the next step; a cancelled plan
     * is never stored.
     */
    public Task<?> plan() {
        Session session = bench.session().orElse(null);
        if (session == null) {
            Dialogs.error(bench.owner(), "Cannot plan", "Open a database first.");
            return null;
        }
        if (planRunning != 0) {
            if (bench.stillShows(planSession, planScenario)) {
                return planTask;
            }
            Task<?> left = planTask;
            planEnded(planRunning);
            if (left != null) {
                left.cancel(false);
            }
            bench.showStatus("Planning of the scenario left stopped: no plan was stored for it");
        }
        ScenarioId scenario = bench.scenario();
        RebalancingService service = session.get(RebalancingService.class);
        RebalancingSettings settings = model.settingsProperty().get();
        AtomicBoolean started = new AtomicBoolean();
        long number = ++plansStarted;
        planRunning = number;
        planSession = session;
        planScenario = scenario;
        model.planningProperty().set(true);
        Task<?> task = bench.work()
                .compute("Planning…", context -> {
                    started.set(true);
                    try {
                        return service.plan(scenario, settings, context, context.cancellation());
                    } finally {
                        if (context.isCancelled()) {
                            // the task ended at the cancel; Plan is free again once this job stopped
                            Platform.runLater(() -> planEnded(number));
                        }
                    }
                })
                .onSuccess(run -> {
                    planEnded(number);
                    if (bench.stillShows(session, scenario)) {
                        show(run);
                        table.setMessage("");
                    }
                })
                .onFailure(failure -> {
                    planEnded(number);
                    Dialogs.error(bench.owner(), "Cannot plan the network", Failures.explain(failure));
                })
                .onCancelled(() -> {
                    if (!started.get()) {
                        planEnded(number);
                    }
                    if (bench.stillShows(session, scenario)) {
                        table.setMessage("Planning cancelled: no plan was stored");
                    }
                })
                .start();
        if (planRunning == number) {
            planTask = task;
        }
        return task;
    }

    /** Frees Plan once plan {@code number} stopped, unless a newer plan took its place meanwhile. */
    private void planEnded(long number) {
        if (planRunning == number) {
            planRunning = 0;
            planTask = null;
            planSession = null;
            planScenario = null;
            planningShown();
        }
    }

    /** Plan is busy while a plan of the scenario shown runs; in another scenario it can start one. */
    private void planningShown() {
        model.planningProperty().set(planRunning != 0 && bench.stillShows(planSession, planScenario));
    }

    /** Shows the newest run of the current scenario that still has undecided suggestions, if any. */
    public Task<?> showLatestOpenRun() {
        Session session = bench.session().orElse(null);
        if (session == null) {
            return null;
        }
        ScenarioId scenario = bench.scenario();
        RebalancingService service = session.get(RebalancingService.class);
        return bench.work()
                .io("Reading the latest plan…", context -> service.latestOpen(scenario))
                .onSuccess(latest -> {
                    if (latest.isPresent() && bench.stillShows(session, scenario)) {
                        show(latest.get());
                    }
                })
                .onFailure(failure -> table.setMessage("Cannot read the latest plan: " + Failures.explain(failure)))
                .start();
    }

    private void reset() {
        rereads.cancel();
        planningShown();
        model.runProperty().set(null);
        table.setRows(List.of(), "No plan yet: Plan → Plan network (Ctrl+P)");
        table.setMessage("");
        flows.setLegs(List.of());
        if (bench.session().isPresent()) {
            showLatestOpenRun();
        }
    }

    private void show(RebalancingService.StoredRun shown) {
        List<SuggestionRow> rows = new ArrayList<>(shown.suggestions().size());
        for (StoredSuggestion s : shown.suggestions()) {
            rows.add(row(s));
        }
        table.setRows(rows, RunSummaryText.describe(shown.run()));
        flows.highlighted().clear();
        drawArrows();
        model.drawerShownProperty().set(true);
        model.runProperty().set(shown.run());
    }

    private SuggestionRow row(StoredSuggestion s) {
        Optional<Sku> sku = network.sku(s.suggestion().sku());
        return new SuggestionRow(
                s,
                siteName(s.suggestion().from()),
                siteName(s.suggestion().to()),
                sku.map(Sku::name).orElse(""),
                sku.map(Sku::temperatureClass).orElse(TemperatureClass.AMBIENT));
    }

    private void renameRows() {
        if (table.rows().isEmpty()) {
            return;
        }
        table.replace(table.rows().stream().map(r -> row(r.stored())).toList());
        drawArrows();
    }

    private String siteName(NodeCode code) {
        return network.site(code).map(Node::name).orElse(code.value());
    }

    /** Asks for the prices of the next plans (Plan → Plan settings…). */
    public void chooseSettings() {
        new PlanSettingsDialog(bench.owner(), model.settingsProperty().get())
                .showAndWait()
                .ifPresent(chosen -> {
                    model.settingsProperty().set(chosen);
                    bench.showStatus("Plan settings changed: the next plan uses them");
                });
    }

    /** Draws every suggestion not rejected, at the sites' current positions. */
    private void drawArrows() {
        List<FlowsLayer.Leg> legs = new ArrayList<>();
        for (SuggestionRow r : table.rows()) {
            if (!r.proposed() && !r.accepted()) {
                continue;
            }
            var s = r.suggestion();
            Optional<GeoPoint> from = network.site(s.from()).map(Node::location);
            Optional<GeoPoint> to = network.site(s.to()).map(Node::location);
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

    private void selectionChanged() {
        Set<Long> ids = table.selectedIds();
        flows.highlighted().retainAll(ids);
        flows.highlighted().addAll(ids);
        if (selectingFromMap || ids.isEmpty() || ids.size() > MAX_FIT_ROWS) {
            return;
        }
        Set<GeoPoint> ends = new LinkedHashSet<>();
        for (SuggestionRow r : table.table().getSelectionModel().getSelectedItems()) {
            network.site(r.suggestion().from()).ifPresent(n -> ends.add(n.location()));
            network.site(r.suggestion().to()).ifPresent(n -> ends.add(n.location()));
        }
        if (!ends.isEmpty()) {
            bench.map().fit(ends);
        }
    }

    // ---- decisions ----

    public Task<?> accept(List<SuggestionRow> rows) {
        return decide("Accepting", rows, (plans, id) -> plans.accept(id));
    }

    public Task<?> reject(List<SuggestionRow> rows) {
        return decide("Rejecting", rows, (plans, id) -> plans.reject(id));
    }

    /** Accepts a suggestion with another quantity; the source must have that many units free. */
    public Task<?> edit(SuggestionRow row, long quantity) {
        if (quantity == row.suggestion().quantity()) {
            return accept(List.of(row));
        }
        return decide("Accepting an edited quantity of", List.of(row), (plans, id) -> plans.acceptEdited(id, quantity));
    }

    private Task<?> decide(String verb, List<SuggestionRow> rows, RebalancingService.Decision decision) {
        Session session = bench.session().orElse(null);
        if (session == null || rows.isEmpty()) {
            return null;
        }
        RebalancingService service = session.get(RebalancingService.class);
        PlanRun run = model.runProperty().get();
        ScenarioId scenario = run != null ? run.scenario() : bench.scenario();
        Map<Long, SuggestionRow> chosen = new HashMap<>();
        rows.forEach(r -> chosen.put(r.id(), r));
        List<Long> ids = rows.stream().map(SuggestionRow::id).toList();
        return bench.work()
                .io(
                        String.format("%s %,d suggestions…", verb, ids.size()),
                        context -> service.decide(ids, decision, context, context.cancellation()))
                .onSuccess(outcome -> {
                    applied(outcome, verb, chosen);
                    if (!outcome.decided().isEmpty()
                            && session == bench.session().orElse(null)) {
                        // the history says that stock and plans changed
                        recording = true;
                        try {
                            bench.history().record(new DecisionEdit(scenario, service, outcome.decided()));
                        } finally {
                            recording = false;
                        }
                    }
                })
                .onFailure(failure -> Dialogs.error(bench.owner(), "Cannot decide", Failures.explain(failure)))
                .start();
    }

    /** Shows suggestions as they now are after a decision. */
    private void decided(List<StoredSuggestion> now) {
        if (now.isEmpty()) {
            return;
        }
        table.replace(now.stream().map(this::row).toList());
        drawArrows();
        refreshRun();
    }

    /** Reads the run shown again when its scenario's plans changed by anything but this controller. */
    private void plansChanged(DataChange change) {
        PlanRun shown = model.runProperty().get();
        Session session = bench.session().orElse(null);
        if (recording || shown == null || session == null || !change.scenario().equals(shown.scenario())) {
            return;
        }
        RebalancingService service = session.get(RebalancingService.class);
        rereads.request("Reading the plan again…", context -> service.read(shown.scenario(), shown.id()), read -> {
            PlanRun now = model.runProperty().get();
            if (session == bench.session().orElse(null)
                    && now != null
                    && now.id().equals(shown.id())) {
                table.replace(read.suggestions().stream().map(this::row).toList());
                drawArrows();
                model.runProperty().set(read.run());
            }
        });
    }

    private void applied(RebalancingService.Decided outcome, String verb, Map<Long, SuggestionRow> asked) {
        decided(outcome.decided());
        List<String> refused = outcome.refused().stream()
                .map(r -> {
                    var s = asked.get(r.suggestionId()).suggestion();
                    return s.sku() + " " + s.from() + " → " + s.to() + ": " + r.reason();
                })
                .toList();
        table.setMessage(String.format(
                "%,d of %,d decided%s",
                outcome.decided().size(),
                asked.size(),
                refused.isEmpty() ? "" : String.format(", %,d refused", refused.size())));
        if (refused.size() == 1) {
            Dialogs.error(bench.owner(), "The database refused this", refused.get(0));
        } else if (!refused.isEmpty()) {
            Dialogs.problems(bench.owner(), "Some suggestions were refused", verb + " left these unchanged:", refused);
        }
    }

    /** Reads the run's status again (it is decided once no suggestion is proposed). */
    private void refreshRun() {
        PlanRun shown = model.runProperty().get();
        if (shown == null) {
            return;
        }
        boolean decided = table.rows().stream().noneMatch(SuggestionRow::proposed);
        if (decided != shown.decided()) {
            model.runProperty()
                    .set(new PlanRun(
                            shown.id(),
                            shown.scenario(),
                            shown.createdAt(),
                            shown.inputsSummary(),
                            decided,
                            shown.summary()));
        }
    }

    // ---- export ----

    /** Asks where to write the accepted transfers of the run shown, then writes them. */
    public void chooseExportFile() {
        export.chooseFile();
    }

    /**
     * Writes the accepted (and edited) suggestions of the run shown to {@code target}, read again
     * from the database: a workbook for {@code .xlsx}, CSV otherwise.
     */
    public Task<?> exportAccepted(Path target) {
        return export.write(target);
    }
}
