package dev.microtower.heatmaps.ui;

import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.heatmaps.domain.DemandFilter;
import dev.microtower.heatmaps.engine.HexBinner;
import dev.microtower.heatmaps.engine.HexBins;
import dev.microtower.heatmaps.engine.OrderColumns;
import dev.microtower.heatmaps.store.OrderColumnsReader;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.store.Database;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.value.ObservableLongValue;
import javafx.util.Duration;

/**
 * Feeds the demand heatmap. The order history is read once into {@link OrderColumns} in the
 * background, the first time the layer is switched on, and again only when the number of orders
 * changed. Each change of period, SKU or category, or of the whole zoom level, counts the orders
 * per hexagon again in the background, debounced and latest-wins.
 */
public final class DemandHeatmap {
    /** Zoom level to count for while the map has not been laid out yet. */
    private static final int FALLBACK_ZOOM = 10;

    private record Loaded(Database database, int orders, OrderColumns columns, HexBinner binner, List<Sku> skus) {}

    private final DemandHeatLayer layer;
    private final Supplier<Optional<Database>> database;
    private final LatestWins<Loaded> loads;
    private final LatestWins<HexBins> counts;
    private Loaded loaded;
    private boolean stale = true;

    public DemandHeatmap(
            DemandHeatLayer layer, Work work, Supplier<Optional<Database>> database, ObservableLongValue dataVersion) {
        this.layer = layer;
        this.database = database;
        this.loads = new LatestWins<>(work, Work.Lane.IO, Duration.millis(150), this::failed);
        this.counts = new LatestWins<>(work, Work.Lane.COMPUTE, Duration.millis(150), this::failed);
        layer.busyProperty().bind(loads.busyProperty().or(counts.busyProperty()));
        layer.shownProperty().addListener((o, was, shown) -> {
            if (shown && stale) {
                reload();
            } else if (shown) {
                count(); // the zoom may have changed while the layer was hidden
            }
        });
        dataVersion.addListener(o -> {
            stale = true;
            if (layer.shownProperty().get()) {
                reload();
            }
        });
        layer.periodProperty().addListener(o -> count());
        layer.filterProperty().addListener(o -> count());
        layer.binZoomProperty().addListener(o -> {
            if (layer.shownProperty().get()) {
                count();
            }
        });
    }

    private void failed(Throwable failure) {
        layer.statusProperty().set("Cannot count the orders: " + failure.getMessage());
    }

    private void reload() {
        Optional<Database> open = database.get();
        if (open.isEmpty()) {
            layer.statusProperty().set("No database open.");
            return;
        }
        stale = false;
        Database db = open.get();
        Loaded before = loaded;
        layer.statusProperty().set("Reading the order history…");
        loads.request(
                "Demand heatmap: reading the order history…",
                context -> {
                    int orders = new OrderRepository(db).count();
                    if (before != null && before.database() == db && before.orders() == orders) {
                        return before;
                    }
                    OrderColumns columns = new OrderColumnsReader(db).read(context, context::isCancelled);
                    List<Sku> skus = new SkuRepository(db).findAll();
                    return new Loaded(db, orders, columns, new HexBinner(columns, skus), skus);
                },
                done -> {
                    loaded = done;
                    List<AssortmentFilter> choices = AssortmentFilter.choices(done.skus());
                    if (!choices.contains(layer.filterProperty().get())) {
                        layer.filterProperty().set(AssortmentFilter.ALL);
                    }
                    layer.choices().setAll(choices);
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
