package dev.microtower.heatmaps.ui;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.engine.DemandBuilder;
import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.heatmaps.domain.DemandFilter;
import dev.microtower.heatmaps.engine.HexBinner;
import dev.microtower.heatmaps.engine.HexBins;
import dev.microtower.heatmaps.engine.OrderColumns;
import dev.microtower.heatmaps.engine.OrderWeights;
import dev.microtower.heatmaps.store.OrderColumnsReader;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.planning.engine.DemandDistricts;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.zones.store.ZoneRepository;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.util.Duration;

/**
 * Feeds the demand heatmap. The order history is read once into {@link OrderColumns} in the
 * background, the first time the layer is switched on, and again only after a change of the
 * orders that changed their number. A change of stock (an accepted transfer, or an import of SKUs) reads
 * only the SKUs again, and counts again only if their categories moved. Each change of period, SKU or category, or of the whole zoom level, counts the orders
 * per hexagon again in the background, debounced and latest-wins.
 *
 * <p>The orders are facts shared by every scenario; what a scenario changes is how much they
 * weigh. The heatmap of a scenario counts each order line times the scenario's demand changes
 * that cover it, resolved to districts as the plan resolves them ({@link
 * DemandDistricts#customerFactors}), so a ×2 on a district doubles its hexagons in that scenario
 * only. A switch of scenario, or a change of its demand changes, zones or sites, weighs the kept
 * history again without reading it.
 */
public final class DemandHeatmap {
    /** Zoom level to count for while the map has not been laid out yet. */
    private static final int FALLBACK_ZOOM = 10;

    private record Loaded(
            Session session,
            ScenarioId scenario,
            int orders,
            OrderColumns columns,
            HexBinner binner,
            List<Sku> skus,
            float[] lineFactors,
            int changes) {}

    private final DemandHeatLayer layer;
    private final Workbench bench;
    private final LatestWins<Loaded> loads;
    private final LatestWins<HexBins> counts;
    private Loaded loaded;
    private boolean stale = true;
    /** A change of STOCK came since the SKUs were read: a SKU import may have moved their categories. */
    private boolean skusStale;
    /** A change other than of STOCK came since the last reload: count again even if nothing differs. */
    private boolean recount = true;

    public DemandHeatmap(DemandHeatLayer layer, Workbench bench) {
        this.layer = layer;
        this.bench = bench;
        this.loads = new LatestWins<>(bench.work(), Work.Lane.IO, Duration.millis(150), this::failed);
        this.counts = new LatestWins<>(bench.work(), Work.Lane.COMPUTE, Duration.millis(150), this::failed);
        layer.busyProperty().bind(loads.busyProperty().or(counts.busyProperty()));
        layer.shownProperty().addListener((o, was, shown) -> {
            if (shown && stale) {
                reload();
            } else if (shown) {
                count(); // the zoom may have changed while the layer was hidden
            }
        });
        bench.changes().subscribe(EnumSet.of(DataKind.ORDERS), change -> invalidate());
        // an import of skus.csv says STOCK (as does an accepted transfer): the SKUs and their
        // categories are read again, and the orders counted again only if they differ
        bench.changes().subscribe(EnumSet.of(DataKind.STOCK), change -> {
            skusStale = true;
            stale = true;
            if (layer.shownProperty().get()) {
                reload();
            }
        });
        // what the scenario's demand changes weigh: their own list, the zones and sites they name
        bench.changes().subscribe(EnumSet.of(DataKind.DEMAND_MULTIPLIERS, DataKind.ZONES, DataKind.NETWORK), change -> {
            if (change.scenario().equals(bench.scenario())) {
                invalidate();
            }
        });
        bench.scenarioProperty().addListener(o -> invalidate());
        bench.sessionProperty().addListener(o -> invalidate());
        layer.periodProperty().addListener(o -> count());
        layer.filterProperty().addListener(o -> count());
        layer.binZoomProperty().addListener(o -> {
            if (layer.shownProperty().get()) {
                count();
            }
        });
    }

    private void invalidate() {
        stale = true;
        recount = true;
        if (layer.shownProperty().get()) {
            reload();
        }
    }

    private void failed(Throwable failure) {
        layer.statusProperty().set("Cannot count the orders: " + Failures.explain(failure));
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
        Loaded before = loaded;
        boolean rereadSkus = skusStale;
        boolean countAnyway = recount;
        skusStale = false;
        recount = false;
        // with the orders of this session read already, a reload (an accepted transfer says STOCK)
        // reads them again only if their number changed: the status says what it does
        boolean mayReuse = before != null && before.session() == session;
        layer.statusProperty().set(mayReuse ? "Checking for new orders and SKUs…" : "Reading the order history…");
        loads.request(
                "Demand heatmap: reading the order history…",
                context -> {
                    int orders = session.get(OrderRepository.class).count();
                    OrderColumns columns;
                    HexBinner binner;
                    List<Sku> skus;
                    if (before != null && before.session() == session && before.orders() == orders) {
                        columns = before.columns();
                        List<Sku> now =
                                rereadSkus ? session.get(SkuRepository.class).findAll() : before.skus();
                        if (now.equals(before.skus())) {
                            binner = before.binner();
                            skus = before.skus();
                        } else {
                            skus = now;
                            binner = new HexBinner(columns, skus);
                        }
                    } else {
                        columns = session.get(OrderColumnsReader.class).read(context, context::isCancelled);
                        skus = session.get(SkuRepository.class).findAll();
                        binner = new HexBinner(columns, skus);
                    }
                    context.message("Demand heatmap: weighing the orders by the scenario's demand changes…");
                    List<DemandMultiplier> changes =
                            session.get(ScenarioRepository.class).findMultipliers(scenario);
                    float[] factors = null;
                    int weighing = 0;
                    if (!changes.isEmpty()) {
                        var zones = session.get(ZoneRepository.class).findAll(scenario);
                        DemandDistricts.CustomerFactors customers = DemandDistricts.customerFactors(changes, zones);
                        weighing = customers.size();
                        Map<SkuCode, String> category = new HashMap<>();
                        skus.forEach(sku -> category.put(sku.code(), sku.category()));
                        var sites = customers.needsSites()
                                ? OrderWeights.sitesOf(new DemandBuilder(
                                        session.get(NodeRepository.class).findAll(scenario), zones, ZoneOffset.UTC))
                                : null;
                        factors = OrderWeights.lineFactors(
                                columns, customers, category::get, sites, context::isCancelled);
                    }
                    return new Loaded(session, scenario, orders, columns, binner, skus, factors, weighing);
                },
                done -> {
                    if (!bench.stillShows(done.session(), done.scenario())) {
                        return; // weighed for a scenario the window left meanwhile: a newer reload is on its way
                    }
                    loaded = done;
                    if (!countAnyway && before != null && sameInputs(before, done)) {
                        return; // e.g. an accepted transfer: nothing the picture counts has changed
                    }
                    layer.offer(AssortmentFilter.choices(done.skus()));
                    count();
                });
    }

    /** Whether a picture counted from {@code after} would be the one counted from {@code before}. */
    private static boolean sameInputs(Loaded before, Loaded after) {
        return before.session() == after.session()
                && before.scenario().equals(after.scenario())
                && before.columns() == after.columns()
                && before.binner() == after.binner()
                && before.changes() == after.changes()
                && Arrays.equals(before.lineFactors(), after.lineFactors());
    }

    private static String weighedBy(Loaded loaded) {
        return switch (loaded.changes()) {
            case 0 -> "";
            case 1 -> " Weighted by the scenario's demand change.";
            default -> String.format(" Weighted by the scenario's %d demand changes.", loaded.changes());
        };
    }

    /** The filter the layer's settings stand for now, or empty before the orders are read. */
    public Optional<DemandFilter> currentFilter() {
        Loaded now = loaded;
        if (now == null) {
            return Optional.empty();
        }
        int[] span = now.columns().daySpan();
        return Optional.of(new DemandFilter(
                layer.periodProperty().get().firstDay(span[0], span[1]),
                span[1],
                layer.filterProperty().get()));
    }

    private void count() {
        Loaded now = loaded;
        Optional<DemandFilter> filter = currentFilter();
        if (now == null || filter.isEmpty()) {
            return;
        }
        DemandFilter f = filter.get();
        int zoom = layer.binZoomProperty().get() < 0
                ? FALLBACK_ZOOM
                : layer.binZoomProperty().get();
        counts.request(
                "Demand heatmap: counting orders…",
                context -> now.binner().bin(f, DemandHeatLayer.gridFor(zoom), now.lineFactors(), context::isCancelled),
                bins -> {
                    layer.setPicture(new DemandHeatLayer.Picture(f, zoom, bins));
                    layer.statusProperty()
                            .set(
                                    f.lastDay() < f.firstDay()
                                            ? "No orders in the history."
                                            : String.format(
                                                            "%,d orders from %s to %s, at most %,d in one hexagon.",
                                                            bins.totalOrders(),
                                                            LocalDate.ofEpochDay(f.firstDay()),
                                                            LocalDate.ofEpochDay(f.lastDay()),
                                                            bins.maxOrders())
                                                    + weighedBy(now));
                });
    }
}
