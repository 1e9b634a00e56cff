package dev.microtower.compare.engine;

import dev.microtower.core.Cancellation;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.engine.CoverageReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Close each site in turn": for every open stocking site, what losing it would cost, computed in
 * memory from one scenario's sites, zones and order history without writing a scenario per site.
 * The impact of a closure is the orders that would lose same-day coverage (the customer lies only
 * in zones of that site), the forecast demand per day the site serves today and must be served
 * from elsewhere, and the stock and capacity that would be stranded. Sites are ranked worst first:
 * most orders losing coverage, then most demand to move, then most stock stranded.
 *
 * <p>A full re-plan per closure was measured and left out: one plan of the demo network takes
 * about 10 s on two cores, so closing 40 sites in turn would take minutes; the forecast demand per
 * site comes from the scenario's one forecast instead.
 */
public final class RiskScan {
    /**
     * What closing one site would do.
     *
     * @param ordersLosingCoverage orders of the history covered today and not once the site closes
     * @param coverageAfterPercent same-day coverage of orders with the site closed, in percent
     * @param forecastUnitsPerDay forecast units per day the site serves, which would move elsewhere
     * @param stockUnits units on hand at the site plus in transit towards it
     */
    public record SiteRisk(
            Node site,
            long ordersLosingCoverage,
            double coverageAfterPercent,
            double forecastUnitsPerDay,
            long stockUnits,
            long capacityUnits) {
        /** One sentence on the impact, in a planner's words. */
        public String explain(double coverageBeforePercent) {
            return String.format(
                    Locale.ROOT,
                    "Closing %s leaves %,d orders without same-day delivery (coverage %.1f%% → %.1f%%);"
                            + " %,.0f units a day of forecast demand move to other sites; %,d units of stock"
                            + " are stranded there.",
                    site.name(),
                    ordersLosingCoverage,
                    coverageBeforePercent,
                    coverageAfterPercent,
                    forecastUnitsPerDay,
                    stockUnits);
        }
    }

    /** The scan's outcome: coverage with every site open, and the sites ranked worst first. */
    public record Result(double coveragePercent, long orders, List<SiteRisk> ranked) {
        public Result {
            ranked = List.copyOf(ranked);
        }
    }

    private static final Comparator<SiteRisk> WORST_FIRST = Comparator.comparingLong(SiteRisk::ordersLosingCoverage)
            .reversed()
            .thenComparing(
                    Comparator.comparingDouble(SiteRisk::forecastUnitsPerDay).reversed())
            .thenComparing(Comparator.comparingLong(SiteRisk::stockUnits).reversed())
            .thenComparing(r -> r.site().code());

    private RiskScan() {}

    /**
     * Closes each open stocking site of {@code sites} in turn.
     *
     * @param dailyDemand forecast units per day by site; a site that is missing serves none
     * @param stockUnits units on hand plus in transit by site; a site that is missing holds none
     */
    public static Result scan(
            List<Node> sites,
            List<DeliveryZone> zones,
            CustomerPoints customers,
            Map<NodeCode, Double> dailyDemand,
            Map<NodeCode, Long> stockUnits,
            Progress progress,
            Cancellation cancellation) {
        List<Node> open = sites.stream().filter(Node::isStocked).toList();
        CoverageReport before = NetworkKpis.coverageOf(zones, sites, customers, cancellation);
        List<SiteRisk> risks = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            cancellation.check();
            Node closing = open.get(i);
            progress.progress(i, open.size(), "Closing " + closing.name() + " in turn…");
            List<Node> without = sites.stream()
                    .map(s -> s.code().equals(closing.code()) ? s.withStatus(NodeStatus.CLOSED) : s)
                    .toList();
            CoverageReport after = NetworkKpis.coverageOf(zones, without, customers, cancellation);
            risks.add(new SiteRisk(
                    closing,
                    before.ordersCovered() - after.ordersCovered(),
                    after.orderShare() * 100.0,
                    dailyDemand.getOrDefault(closing.code(), 0.0),
                    stockUnits.getOrDefault(closing.code(), 0L),
                    closing.storageCapacityUnits() == null ? 0 : closing.storageCapacityUnits()));
        }
        progress.progress(open.size(), open.size(), "Risk scan done");
        risks.sort(WORST_FIRST);
        return new Result(before.orderShare() * 100.0, before.orders(), risks);
    }
}
