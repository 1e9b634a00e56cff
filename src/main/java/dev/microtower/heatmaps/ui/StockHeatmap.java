package dev.microtower.heatmaps.ui;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.engine.AllocationEngine;
import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.heatmaps.domain.SiteReading;
import dev.microtower.heatmaps.domain.StockBand;
import dev.microtower.heatmaps.domain.StockMeasure;
import dev.microtower.heatmaps.engine.StockHeat;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.planning.domain.PlanningInputs;
import dev.microtower.planning.engine.Planner;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.store.Database;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.value.ObservableLongValue;
import javafx.util.Duration;

/**
 * Feeds the stock heatmap. The forecast behind the targets is the slow part (seconds for the
 * demo), so it runs once, in the background, the first time the layer is switched on, and is
 * kept while the order history stays the same; each time the window's data version moves, stock,
 * sites and rules are read again and the targets allocated again from the kept forecast. Colouring
 * for another measure or filter reuses the joined stock and is debounced, latest-wins.
 */
public final class StockHeatmap {
    /** The forecast kept between reads, valid while the database and its order history are the same. */
    private record Kept(Database database, int orders, Instant newest, Planner.Forecasted forecasted) {}

    private record Loaded(Kept kept, StockHeat heat, List<Node> nodes, List<Sku> skus, String basis) {}

    private final StockHeatLayer layer;
    private final Supplier<Optional<Database>> database;
    private final LatestWins<Loaded> loads;
    private final LatestWins<Map<NodeCode, SiteReading>> colourings;
    private Kept kept;
    private Loaded loaded;
    private boolean stale = true;

    public StockHeatmap(
            StockHeatLayer layer, Work work, Supplier<Optional<Database>> database, ObservableLongValue dataVersion) {
        this.layer = layer;
        this.database = database;
        this.loads = new LatestWins<>(work, Work.Lane.COMPUTE, Duration.millis(150), this::failed);
        this.colourings = new LatestWins<>(work, Work.Lane.COMPUTE, Duration.millis(100), this::failed);
        layer.busyProperty().bind(loads.busyProperty().or(colourings.busyProperty()));
        layer.shownProperty().addListener((o, was, shown) -> {
            if (shown && stale) {
                reload();
            }
        });
        dataVersion.addListener(o -> {
            stale = true;
            if (layer.shownProperty().get()) {
                reload();
            }
        });
        layer.measureProperty().addListener(o -> colour());
        layer.filterProperty().addListener(o -> colour());
    }

    private void failed(Throwable failure) {
        layer.statusProperty().set("Cannot colour the sites: " + failure.getMessage());
    }

    private void reload() {
        Optional<Database> open = database.get();
        if (open.isEmpty()) {
            layer.statusProperty().set("No database open.");
            return;
        }
        stale = false;
        Database db = open.get();
        Kept before = kept;
        layer.statusProperty().set(before == null ? "Forecasting demand for the targets…" : "Reading stock…");
        loads.request("Stock heatmap: reading stock and targets…", context -> read(db, before, context), done -> {
            loaded = done;
            kept = done.kept();
            List<AssortmentFilter> choices = AssortmentFilter.choices(done.skus());
            if (!choices.contains(layer.filterProperty().get())) {
                layer.filterProperty().set(AssortmentFilter.ALL);
            }
            layer.choices().setAll(choices);
            colour();
        });
    }

    private static Loaded read(Database db, Kept before, Work.Context context) {
        OrderRepository orders = new OrderRepository(db);
        int count = orders.count();
        Instant newest = orders.span().map(span -> span[1]).orElse(null);
        Kept kept = before;
        if (kept == null || kept.database() != db || kept.orders() != count || !Objects.equals(kept.newest(), newest)) {
            context.progress(0, 4, "Stock heatmap: reading the order history…");
            PlanningInputs inputs = PlanningService.read(
                    PlanningService.sourcesOf(db),
                    new ScenarioRepository(db).find(ScenarioId.BASELINE).orElseThrow(),
                    PlanningService.DEFAULT_HISTORY_DAYS);
            check(context);
            context.progress(
                    1,
                    4,
                    String.format(
                            "Stock heatmap: forecasting %,d orders…",
                            inputs.history().size()));
            kept = new Kept(db, count, newest, Planner.defaults().forecast(inputs));
            check(context);
        }
        context.progress(3, 4, "Stock heatmap: reading stock, sites and rules…");
        List<Node> nodes = new NodeRepository(db).findAll(ScenarioId.BASELINE);
        List<Sku> skus = new SkuRepository(db).findAll();
        Planner.Forecasted f = kept.forecasted();
        AllocationPlan plan = new AllocationEngine(AllocationSettings.DEFAULT)
                .plan(nodes, skus, f.forecast(), f.classes(), new RuleRepository(db).findAll(ScenarioId.BASELINE));
        StockHeat heat = new StockHeat(nodes, skus, new StockRepository(db).findAll(ScenarioId.BASELINE), plan);
        PlanningInputs inputs = f.inputs();
        String basis = String.format(
                Locale.ROOT, "Targets from the forecast of orders %s to %s.", inputs.firstDay(), inputs.lastDay());
        return new Loaded(kept, heat, nodes, skus, basis);
    }

    private static void check(Work.Context context) {
        if (context.isCancelled()) {
            throw new CancellationException();
        }
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
