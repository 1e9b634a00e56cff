package dev.microtower.zones.ui;

import dev.microtower.core.Cancellation;
import dev.microtower.core.GeoPoint;
import dev.microtower.network.domain.Node;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.engine.Coverage;
import dev.microtower.zones.engine.CoverageReport;
import dev.microtower.zones.store.CustomerLocations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * The same-day coverage of the zones: computed on the compute lane through the latest-wins helper
 * (a newer computation cancels the running one), from customer points taken once from the order
 * history the planning chain holds ({@link CustomerLocations}) and kept until the orders change.
 * At open the first computation waits for the forecast's read of that history instead of reading
 * it a second time beside it.
 */
final class ZoneCoverage {
    private static final double HOT_SPOT_CELL_KM = 2;
    private static final int HOT_SPOTS = 10;

    /** Customer points of the whole order history, with the units of each order. */
    private record Demand(double[] lat, double[] lon, int[] units) {}

    /** A report with what it took to make it, for the panel. */
    record Computed(CoverageReport report, boolean ordersRead, double seconds) {
        String timing() {
            return String.format(
                    Locale.ROOT, "%n(%s in %.1f s)", ordersRead ? "orders read and counted" : "counted", seconds);
        }
    }

    private record Result(Computed computed, Demand read) {}

    private final LatestWins<Result> latest;
    private final ReadOnlyObjectWrapper<CoverageReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private Demand demand;

    ZoneCoverage(Work work, Consumer<Throwable> failed) {
        // no quiet time: edits arrive one at a time (a drag is saved on release)
        latest = new LatestWins<>(work, Work.Lane.COMPUTE, Duration.ONE, failed);
    }

    /** The orders may have changed: the next computation reads them again. */
    void forgetOrders() {
        demand = null;
    }

    ReadOnlyObjectProperty<CoverageReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Computes the coverage of {@code zones} in the background; {@code shown} gets the newest. */
    void compute(List<DeliveryZone> zones, List<Node> nodes, CustomerLocations orders, Consumer<Computed> shown) {
        Demand known = demand;
        latest.request(
                "Computing same-day coverage…",
                context -> {
                    long start = System.nanoTime();
                    Demand points = known;
                    Demand read = null;
                    if (points == null) {
                        context.message("Reading customer locations for zone coverage…");
                        points = readDemand(orders, context.cancellation());
                        read = points;
                    }
                    context.message("Computing same-day coverage…");
                    Coverage c = new Coverage(zones, nodes, HOT_SPOT_CELL_KM, HOT_SPOTS);
                    for (int i = 0; i < points.lat().length; i++) {
                        c.add(new GeoPoint(points.lat()[i], points.lon()[i]), points.units()[i]);
                        if ((i & 0xFFFF) == 0 && context.isCancelled()) {
                            return null;
                        }
                    }
                    return new Result(new Computed(c.report(), read != null, (System.nanoTime() - start) / 1e9), read);
                },
                result -> {
                    if (result == null) {
                        return;
                    }
                    if (result.read() != null) {
                        demand = result.read();
                    }
                    report.set(result.computed().report());
                    shown.accept(result.computed());
                });
    }

    private static Demand readDemand(CustomerLocations orders, Cancellation cancellation) {
        List<double[]> rows = new ArrayList<>();
        orders.forEachCustomer((lat, lon, units) -> rows.add(new double[] {lat, lon, units}), cancellation);
        double[] lat = new double[rows.size()];
        double[] lon = new double[rows.size()];
        int[] units = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            lat[i] = rows.get(i)[0];
            lon[i] = rows.get(i)[1];
            units[i] = (int) rows.get(i)[2];
        }
        return new Demand(lat, lon, units);
    }
}
