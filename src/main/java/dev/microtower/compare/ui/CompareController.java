package dev.microtower.compare.ui;

import dev.microtower.compare.engine.CompareTable;
import dev.microtower.compare.engine.RiskScan;
import dev.microtower.compare.service.CompareService;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.core.ZoneCode;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.scenarios.domain.Changes;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.domain.ScenarioDifferences;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.util.Duration;

/**
 * Runs the compare panel: reads the scenarios to pick from, recomputes the KPI table and the map's
 * changes whenever the picked scenarios, the reference or the data of a picked scenario change
 * (debounced, newest wins, on the compute lane with progress and Cancel), and runs the risk scan
 * of the scenario on the map. A comparison (the fulfilment replay included) runs only while the
 * panel is shown: a change while it is hidden cancels the running one and is computed when the
 * panel shows again, so a scenario switch does not share the cores with a compare nobody sees.
 * Writes only the {@link CompareModel}; FX thread.
 */
final class CompareController {
    /** What one comparison computed: the table and the changes to draw. */
    record Computed(CompareTable table, List<ChangesLayer.SiteMark> sites, List<ChangesLayer.ZoneMark> zones) {}

    private final Workbench bench;
    private final CompareModel model;
    private final ChangesLayer layer;
    private final LatestWins<Computed> latest;
    /** Whether the compare panel is in front; held here, as the workbench may hand out a binding. */
    private final ObservableBooleanValue shown;
    /** Whether a recompute was left while the panel was hidden. */
    private boolean stale;

    private boolean adjusting;
    /** Counts the requests, so a partial table of an older one is never shown over a newer one. */
    private int generation;
    /** Counts risk scans, so that a cancelled scan still running cannot show its rows over a newer one. */
    private int riskGeneration;

    CompareController(Workbench bench, CompareModel model, ChangesLayer layer) {
        this.bench = bench;
        this.model = model;
        this.layer = layer;
        this.latest = new LatestWins<>(bench.work(), Work.Lane.COMPUTE, Duration.millis(250), failure -> {
            bench.showError("Could not compare the scenarios", failure);
        });
        model.comparing.bind(latest.busyProperty());
        shown = bench.sidePanelShown(CompareModule.PANEL);
        shown.addListener((o, was, now) -> {
            if (now && stale) {
                recompute();
            }
        });
        model.chosen.addListener((javafx.collections.ListChangeListener<ScenarioId>) c -> recompute());
        model.reference.addListener((o, was, now) -> recompute());
        bench.sessionProperty().addListener((o, was, now) -> reloadScenarios());
        bench.scenarioProperty().addListener((o, was, now) -> reloadScenarios());
        bench.changes().subscribe(change -> {
            if (model.chosen.contains(change.scenario())) {
                recompute();
            }
        });
    }

    /** Reads the scenarios again, keeping the picks that still exist. */
    void reloadScenarios() {
        Session session = bench.session().orElse(null);
        if (session == null) {
            model.scenarios.clear();
            model.table.set(null);
            return;
        }
        bench.work()
                .io("Reading the scenarios…", ctx -> session.get(CompareService.class)
                        .scenarios())
                .onSuccess(this::showScenarios)
                .onFailure(failure -> bench.showError("Could not read the scenarios", failure))
                .start();
    }

    private void showScenarios(List<Scenario> scenarios) {
        adjusting = true;
        try {
            model.scenarios.setAll(scenarios);
            List<ScenarioId> listed = scenarios.stream().map(Scenario::id).toList();
            List<ScenarioId> keep =
                    model.chosen.stream().filter(listed::contains).toList();
            if (keep.size() < 2) {
                keep = defaultPicks(listed);
            }
            model.chosen.setAll(keep);
            if (model.reference.get() == null || !keep.contains(model.reference.get())) {
                model.reference.set(
                        keep.contains(ScenarioId.BASELINE) || keep.isEmpty()
                                ? (keep.isEmpty() ? null : ScenarioId.BASELINE)
                                : keep.get(0));
            }
            if (scenarios.size() < 2) {
                model.message.set("There is only one scenario. Make a copy of it, change the copy, and compare"
                        + " the two here.");
            }
        } finally {
            adjusting = false;
        }
        recompute();
    }

    /** The baseline and the scenario on the map, or, on the baseline, the newest other scenario. */
    private List<ScenarioId> defaultPicks(List<ScenarioId> listed) {
        if (listed.size() < 2) {
            return List.of();
        }
        ScenarioId current = bench.scenario();
        ScenarioId other = current != null && !current.equals(ScenarioId.BASELINE) && listed.contains(current)
                ? current
                : listed.get(listed.size() - 1);
        ScenarioId base = listed.contains(ScenarioId.BASELINE) ? ScenarioId.BASELINE : listed.get(0);
        return base.equals(other) ? List.of(listed.get(0), listed.get(1)) : sorted(listed, List.of(base, other));
    }

    /** Picks or unpicks {@code id}, keeping the list's order. */
    void choose(ScenarioId id, boolean picked) {
        List<ScenarioId> next = new ArrayList<>(model.chosen);
        if (picked && !next.contains(id)) {
            next.add(id);
        } else if (!picked) {
            next.remove(id);
        }
        List<ScenarioId> listed = model.scenarios.stream().map(Scenario::id).toList();
        adjusting = true;
        try {
            model.chosen.setAll(sorted(listed, next));
            if (!model.chosen.contains(model.reference.get()) && !model.chosen.isEmpty()) {
                model.reference.set(model.chosen.get(0));
            }
        } finally {
            adjusting = false;
        }
        recompute();
    }

    private static List<ScenarioId> sorted(List<ScenarioId> order, List<ScenarioId> ids) {
        return order.stream().filter(ids::contains).toList();
    }

    /** Computes the table again for the picks as they are now; only the newest result is shown. */
    void recompute() {
        if (adjusting) {
            return;
        }
        if (!shown.get()) {
            stale = true;
            latest.cancel(); // what it would show is out of date, and it would compete for the cores
            generation++;
            return;
        }
        stale = false;
        Session session = bench.session().orElse(null);
        List<ScenarioId> chosen = List.copyOf(model.chosen);
        ScenarioId reference = model.reference.get();
        if (session == null || chosen.size() < 2 || reference == null || !chosen.contains(reference)) {
            latest.cancel();
            generation++; // a partial table of the cancelled request must not show
            model.table.set(null);
            layer.setChanges(this, List.of(), List.of());
            if (model.scenarios.size() >= 2) {
                model.message.set("Pick two or more scenarios to compare.");
            }
            return;
        }
        model.message.set("Comparing " + chosen.size() + " scenarios…");
        int mine = ++generation;
        CompareTable previous = model.table.get();
        latest.request(
                "Comparing scenarios…",
                ctx -> compute(
                        session,
                        chosen,
                        reference,
                        previous,
                        ctx,
                        early -> Platform.runLater(() -> {
                            if (mine == generation) {
                                show(early); // the quick sources' KPIs while the slow ones compute
                            }
                        })),
                computed -> {
                    if (mine == generation) {
                        show(computed);
                    }
                });
    }

    private void show(Computed computed) {
        model.table.set(computed.table());
        layer.setChanges(this, computed.sites(), computed.zones());
        model.message.set(summary(computed));
    }

    private static String summary(Computed computed) {
        CompareTable table = computed.table();
        String changed = String.format(
                "%s and %s changed (ringed on the map).",
                count(computed.sites().size(), "site"), count(computed.zones().size(), "zone"));
        if (!table.complete()) {
            return "Computing the " + String.join(" and ", table.computing()).toLowerCase(Locale.ROOT)
                    + " KPIs (marked \"computing…\"); the others are ready. " + changed;
        }
        long differing = table.differingRows().size();
        return String.format(
                "%d of %d KPIs differ from %s; %s",
                differing,
                table.rows().size(),
                table.scenarios().get(table.reference()).name(),
                changed);
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /**
     * The changes to ring on the map first (a read of the picked scenarios), then the table source by
     * source: {@code early} gets each partial table with those changes, on the work thread.
     */
    private static Computed compute(
            Session session,
            List<ScenarioId> chosen,
            ScenarioId reference,
            CompareTable previous,
            Work.Context ctx,
            Consumer<Computed> early) {
        CompareService service = session.get(CompareService.class);
        NodeRepository nodes = session.get(NodeRepository.class);
        ZoneRepository zones = session.get(ZoneRepository.class);
        Map<NodeCode, Node> referenceSites = byCode(nodes.findAll(reference), Node::code);
        Map<ZoneCode, DeliveryZone> referenceZones = byCode(zones.findAll(reference), DeliveryZone::code);
        Map<String, ChangesLayer.SiteMark> sites = new LinkedHashMap<>();
        Map<String, ChangesLayer.ZoneMark> areas = new LinkedHashMap<>();
        for (ScenarioId other : chosen) {
            if (other.equals(reference)) {
                continue;
            }
            ctx.cancellation().check();
            ScenarioDifferences diff = service.differences(reference, other);
            Map<NodeCode, Node> otherSites = byCode(nodes.findAll(other), Node::code);
            Map<ZoneCode, DeliveryZone> otherZones = byCode(zones.findAll(other), DeliveryZone::code);
            marks(
                    diff.sites(),
                    otherSites,
                    referenceSites,
                    (code, site, kind) -> sites.putIfAbsent(
                            code.value(),
                            new ChangesLayer.SiteMark(
                                    code.value(),
                                    site.location().lat(),
                                    site.location().lon(),
                                    kind)));
            marks(
                    diff.zones(),
                    otherZones,
                    referenceZones,
                    (code, zone, kind) -> areas.putIfAbsent(
                            code.value(), new ChangesLayer.ZoneMark(code.value(), zone.area(), kind)));
        }
        List<ChangesLayer.SiteMark> siteMarks = List.copyOf(sites.values());
        List<ChangesLayer.ZoneMark> zoneMarks = List.copyOf(areas.values());
        CompareTable table = service.compare(
                chosen,
                reference,
                previous,
                partial -> early.accept(new Computed(partial, siteMarks, zoneMarks)),
                ctx,
                ctx.cancellation());
        return new Computed(table, siteMarks, zoneMarks);
    }

    private interface Mark<K, V> {
        void add(K key, V value, ChangesLayer.Kind kind);
    }

    private static <K extends Comparable<? super K>, V> void marks(
            Changes<K> changes, Map<K, V> compared, Map<K, V> reference, Mark<K, V> mark) {
        for (K key : changes.added()) {
            if (compared.containsKey(key)) {
                mark.add(key, compared.get(key), ChangesLayer.Kind.ADDED);
            }
        }
        for (K key : changes.changed()) {
            if (compared.containsKey(key)) {
                mark.add(key, compared.get(key), ChangesLayer.Kind.CHANGED);
            }
        }
        for (K key : changes.removed()) {
            if (reference.containsKey(key)) {
                mark.add(key, reference.get(key), ChangesLayer.Kind.REMOVED);
            }
        }
    }

    private static <K, V> Map<K, V> byCode(List<V> rows, Function<V, K> key) {
        return rows.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a));
    }

    /** Closes each open site of the scenario on the map in turn, in the background. */
    void riskScan() {
        Session session = bench.session().orElse(null);
        ScenarioId scenario = bench.scenario();
        if (session == null || scenario == null) {
            return;
        }
        String name = model.nameOf(scenario);
        int mine = ++riskGeneration;
        model.scanning.set(true);
        model.riskScenario.set(name);
        model.risk.set(null);
        long started = System.nanoTime();
        bench.work()
                .compute("Risk scan: closing each site of " + name + " in turn…", ctx -> session.get(
                                CompareService.class)
                        .riskScan(
                                scenario,
                                partial -> Platform.runLater(() -> {
                                    if (mine == riskGeneration && model.scanning.get()) {
                                        model.risk.set(partial); // rows fill in as each plan arrives
                                    }
                                }),
                                ctx,
                                ctx.cancellation()))
                .onSuccess(result -> {
                    if (mine != riskGeneration) {
                        return;
                    }
                    model.scanning.set(false);
                    model.risk.set(result);
                    bench.showStatus(String.format(
                            Locale.ROOT,
                            "Risk scan of %s: %d sites closed in turn and planned without, worst first (%.0f s).",
                            name,
                            result.ranked().size(),
                            (System.nanoTime() - started) / 1e9));
                })
                .onFailure(failure -> {
                    if (mine != riskGeneration) {
                        return;
                    }
                    model.scanning.set(false);
                    bench.showError("Could not run the risk scan", failure);
                })
                .onCancelled(() -> {
                    if (mine != riskGeneration) {
                        return;
                    }
                    model.scanning.set(false);
                    bench.showStatus("Risk scan cancelled.");
                })
                .start();
    }

    /** The risk of one site, as the table's row shows it. */
    static String explain(RiskScan.Result result, RiskScan.SiteRisk risk) {
        return risk.explain(result.coveragePercent(), result.plan());
    }
}
