package dev.microtower.heatmaps.ui;

import dev.microtower.core.DataKind;
import dev.microtower.core.Session;
import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.heatmaps.domain.DemandFilter;
import dev.microtower.heatmaps.engine.HexBinner;
import dev.microtower.heatmaps.engine.HexBins;
import dev.microtower.heatmaps.engine.OrderColumns;
import dev.microtower.heatmaps.store.OrderColumnsReader;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javafx.util.Duration;

/**
 * Feeds the demand heatmap. The order history is read once into {@link OrderColumns} in the
 * background, the first time the layer is switched on, and again only after a change of the
 * orders that changed their number (an accepted transfer, which changes stock, reads nothing). Each change of period, SKU or category, or of the whole zoom level, counts the orders
 * per hexagon again in the background, debounced and latest-wins.
 */
public final class DemandHeatmap {
    /** Zoom level to count for while the map has not been laid out yet. */
    private static final int FALLBACK_ZOOM = 10;

    private record Loaded(Session session, int orders, OrderColumns columns, HexBinner binner, List<Sku> skus) {}

    private final DemandHeatLayer layer;
    private final Workbench bench;
    private final LatestWins<Loaded> loads;
    private final LatestWins<HexBins> counts;
    private Loaded loaded;
    private boolean stale = true;

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
        Loaded before = loaded;
        layer.statusProperty().set("Reading the order history…");
        loads.request(
                "Demand heatmap: reading the order history…",
                context -> {
                    int orders = session.get(OrderRepository.class).count();
                    if (before != null && before.session() == session && before.orders() == orders) {
                        return before;
                    }
                    OrderColumns columns = session.get(OrderColumnsReader.class).read(context, context::isCancelled);
                    List<Sku> skus = session.get(SkuRepository.class).findAll();
                    return new Loaded(session, orders, columns, new HexBinner(columns, skus), skus);
                },
                done -> {
                    loaded = done;
                    layer.offer(AssortmentFilter.choices(done.skus()));
                    count();
                });
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
                context -> now.binner().bin(f, DemandHeatLayer.gridFor(zoom), context::isCancelled),
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
                                                    bins.maxOrders()));
                });
    }
}
