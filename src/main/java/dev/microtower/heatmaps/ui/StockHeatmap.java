package dev.microtower.heatmaps.ui;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.core.DataKind;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.heatmaps.domain.SiteReading;
import dev.microtower.heatmaps.domain.StockBand;
import dev.microtower.heatmaps.domain.StockMeasure;
import dev.microtower.heatmaps.engine.StockHeat;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import dev.microtower.planning.domain.PlanningInputs;
import dev.microtower.planning.engine.Planner;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.util.Duration;

/**
 * Feeds the stock heatmap of the current scenario. The forecast behind the targets comes from the
 * session's shared {@link PlanningService}, so the heatmap, Plan and the rules preview compute it
 * once between them; each change of stock, sites, rules or the history reads again (the service
 * keeps the forecast when only stock or rules changed) and allocates the targets again. Colouring
 * for another measure or filter reuses the joined stock and is debounced, latest-wins.
 */
public final class StockHeatmap {
    /** What a change must touch for the heatmap to read again; plan decisions alone do not. */
    static final Set<DataKind> SHOWN = EnumSet.of(
            DataKind.NETWORK,
            DataKind.STOCK,
            DataKind.ORDERS,
            DataKind.RULES,
            DataKind.ZONES,
            DataKind.DEMAND_MULTIPLIERS);

    private record Loaded(StockHeat heat, List<Node> nodes, List<Sku> skus, String basis) {}

    private final StockHeatLayer layer;
    private final Workbench bench;
    private final LatestWins<Loaded> loads;
    private final LatestWins<Map<NodeCode, SiteReading>> colourings;
    private Loaded loaded;
    private boolean stale = true;

    public StockHeatmap(StockHeatLayer layer, Workbench bench) {
        this.layer = layer;
        this.bench = bench;
        this.loads = new LatestWins<>(bench.work(), Work.Lane.COMPUTE, Duration.millis(150), this::failed);
        this.colourings = new LatestWins<>(bench.work(), Work.Lane.COMPUTE, Duration.millis(100), this::failed);
        layer.busyProperty().bind(loads.busyProperty().or(colourings.busyProperty()));
        layer.shownProperty().addListener((o, was, shown) -> {
            if (shown && stale) {
                reload();
            }
        });
        bench.changes().subscribe(SHOWN, change -> {
            if (change.scenario().equals(bench.scenario())) {
                invalidate();
            }
        });
        bench.scenarioProperty().addListener(o -> invalidate());
        bench.sessionProperty().addListener(o -> {
            loaded = null;
            invalidate();
        });
        layer.measureProperty().addListener(o -> colour());
        layer.filterProperty().addListener(o -> colour());
    }

    private void invalidate() {
        stale = true;
        if (layer.shownProperty().get()) {
            reload();
        }
    }

    private void failed(Throwable failure) {
        layer.statusProperty().set("Cannot colour the sites: " + Failures.explain(failure));
    }

    private void reload() {
        Session session = bench.session().orElse(null);
        if (session == null) {
            loads.cancel();
            layer.statusProperty().set("No database open.");
            return;
        }
        stale = false;
        ScenarioId scenario = bench.scenario();
        PlanningService planning = session.get(PlanningService.class);
        layer.statusProperty().set("Reading stock and forecasting demand for the targets…");
        loads.request(
                "Stock heatmap: reading stock and targets…", context -> read(planning, scenario, context), done -> {
                    loaded = done;
                    layer.offer(AssortmentFilter.choices(done.skus()));
                    colour();
                });
    }

    private static Loaded read(PlanningService planning, ScenarioId scenario, Work.Context context) {
        Planner.Forecasted forecasted = planning.forecast(
                scenario,
                (done, total, message) -> context.progress(done, total, "Stock heatmap: " + lower(message)),
                context.cancellation());
        context.progress(-1, 1, "Stock heatmap: setting the targets…");
        AllocationPlan plan = forecasted.allocate(AllocationSettings.DEFAULT);
        PlanningInputs inputs = forecasted.inputs();
        StockHeat heat = new StockHeat(inputs.nodes(), inputs.skus(), inputs.stock(), plan);
        String basis = String.format(
                Locale.ROOT, "Targets from the forecast of orders %s to %s.", inputs.firstDay(), inputs.lastDay());
        return new Loaded(heat, inputs.nodes(), inputs.skus(), basis);
    }

    private static String lower(String message) {
        return message == null || message.isEmpty()
                ? ""
                : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    private void colour() {
        Loaded now = loaded;
        if (now == null) {
            return;
        }
        StockMeasure measure = layer.measureProperty().get();
        AssortmentFilter filter = layer.filterProperty().get();
        colourings.request(
                "Stock heatmap: colouring sites…", context -> now.heat().readings(measure, filter), readings -> {
                    layer.setReadings(now.nodes(), readings);
                    layer.statusProperty().set(summary(readings) + " " + now.basis());
                });
    }

    /** "29 sites: 3 too little, 5 service risk, …" */
    static String summary(Map<NodeCode, SiteReading> readings) {
        Map<StockBand, Integer> count = new EnumMap<>(StockBand.class);
        readings.values().forEach(r -> count.merge(r.band(), 1, Integer::sum));
        StringBuilder text = new StringBuilder(String.format("%,d stocked sites", readings.size()));
        String sep = ": ";
        for (StockBand band : StockBand.values()) {
            if (count.containsKey(band)) {
                text.append(sep)
                        .append(count.get(band))
                        .append(' ')
                        .append(band.label().toLowerCase(Locale.ROOT));
                sep = ", ";
            }
        }
        return text.append('.').toString();
    }
}
