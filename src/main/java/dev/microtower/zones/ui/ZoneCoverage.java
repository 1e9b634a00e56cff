package dev.microtower.zones.ui;

import dev.microtower.core.Progress;
import dev.microtower.network.domain.Node;
import dev.microtower.orders.domain.CustomerPoints;
import dev.microtower.orders.store.CustomerLocations;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.engine.Coverage;
import dev.microtower.zones.engine.CoverageReport;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * The same-day coverage of the zones: computed on the compute lane through the latest-wins helper
 * (a newer computation cancels the running one), from the session's customer points: taken once
 * from the order history the planning chain holds, so opening reads that history once for the
 * forecast and the coverage together, and kept until the order history changes (ADR 0014).
 */
final class ZoneCoverage {
    private static final double HOT_SPOT_CELL_KM = 2;
    private static final int HOT_SPOTS = 10;

    /** A report with what it took to make it, for the panel. */
    record Computed(CoverageReport report, boolean ordersRead, double seconds) {
        String timing() {
            return String.format(
                    Locale.ROOT, "%n(%s in %.1f s)", ordersRead ? "orders read and counted" : "counted", seconds);
        }
    }

    private final LatestWins<Computed> latest;
    private final ReadOnlyObjectWrapper<CoverageReport> report = new ReadOnlyObjectWrapper<>(this, "report");

    ZoneCoverage(Work work, Consumer<Throwable> failed) {
        // no quiet time: edits arrive one at a time (a drag is saved on release)
        latest = new LatestWins<>(work, Work.Lane.COMPUTE, Duration.ONE, failed);
    }

    ReadOnlyObjectProperty<CoverageReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /**
     * Computes the coverage of {@code zones} in the background from the session's customer points
     * (read once, shared with the compare table and the risk scan); {@code shown} gets the newest.
     */
    void compute(List<DeliveryZone> zones, List<Node> nodes, CustomerLocations customers, Consumer<Computed> shown) {
        latest.request(
                "Computing same-day coverage…",
                context -> {
                    long start = System.nanoTime();
                    boolean read = !customers.isRead();
                    if (read) {
                        context.message("Reading customer locations for zone coverage…");
                    }
                    CustomerPoints points = customers.points(Progress.NONE);
                    context.message("Computing same-day coverage…");
                    Coverage c = new Coverage(zones, nodes, HOT_SPOT_CELL_KM, HOT_SPOTS);
                    for (int i = 0; i < points.size(); i++) {
                        c.add(points.point(i), points.units(i));
                        if ((i & 0xFFFF) == 0 && context.isCancelled()) {
                            return null;
                        }
                    }
                    return new Computed(c.report(), read, (System.nanoTime() - start) / 1e9);
                },
                computed -> {
                    if (computed == null) {
                        return;
                    }
                    report.set(computed.report());
                    shown.accept(computed);
                });
    }
}
