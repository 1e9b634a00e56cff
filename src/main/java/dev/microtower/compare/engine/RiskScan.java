package dev.microtower.compare.engine;

import dev.microtower.core.Cancellation;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.orders.domain.CustomerPoints;
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
 * most orders losing coverage, then the most units short the plan cannot avoid, then the highest plan
 * cost, then most demand to move, then most stock stranded.
 *
 * <p>The plan impact of a closure comes from planning the network again with the site closed
 * ({@link ClosurePlans}): the stockouts left after the plan and the plan's cost, against the plan
 * with every site open. It is the slow part (a plan per site), so the scan first ranks by coverage
 * and a site's plan impact is filled in later ({@link SiteRisk#plan()} is null until then).
 */
public final class RiskScan {
    /**
     * What a plan of the network leaves and costs: the units still short after its transfers and
     * replenishments, the node × SKU pairs they fall in (a closed site's own pairs leave that count, so
     * the units say more), its cost (transport, shipments, shortage penalties), the
     * units it moves in how many shipments, and how many demand series were forecast for it.
     */
    public record PlanImpact(
            int stockoutsAfterPlan,
            long unitsShortAfterPlan,
            double planCost,
            long unitsMoved,
            int shipments,
            int seriesForecast) {}

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
            long capacityUnits,
            PlanImpact plan) {
        /** The same risk with its plan impact known. */
        public SiteRisk withPlan(PlanImpact impact) {
            return new SiteRisk(
                    site,
                    ordersLosingCoverage,
                    coverageAfterPercent,
                    forecastUnitsPerDay,
                    stockUnits,
                    capacityUnits,
                    impact);
        }

        /** More units short after the plan than with every site open; 0 until the plan impact is known. */
        public long extraUnitsShort(PlanImpact open) {
            return plan == null || open == null ? 0 : plan.unitsShortAfterPlan() - open.unitsShortAfterPlan();
        }

        /** One sentence on the impact, in a planner's words. */
        public String explain(double coverageBeforePercent) {
            return explain(coverageBeforePercent, null);
        }

        /**
         * One sentence on the impact, in a planner's words, with the plan before and after when {@code
         * open} (the plan with every site open) and this site's plan are known.
         */
        public String explain(double coverageBeforePercent, PlanImpact open) {
            String planned = plan == null || open == null
                    ? ""
                    : String.format(
                            Locale.ROOT,
                            " Planned again without it: %,d units short after the plan (%,d with every site"
                                    + " open), %,d products short at a site (%,d), plan cost %,.0f (%,.0f), %,d"
                                    + " units moved in %,d shipments.",
                            plan.unitsShortAfterPlan(),
                            open.unitsShortAfterPlan(),
                            plan.stockoutsAfterPlan(),
                            open.stockoutsAfterPlan(),
                            plan.planCost(),
                            open.planCost(),
                            plan.unitsMoved(),
                            plan.shipments());
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
                            stockUnits)
                    + planned;
        }
    }

    /**
     * The scan's outcome: coverage with every site open, the plan with every site open ({@code
     * plan}, null until it is made), and the sites ranked worst first.
     */
    public record Result(double coveragePercent, long orders, PlanImpact plan, List<SiteRisk> ranked) {
        public Result {
            ranked = List.copyOf(ranked);
        }

        public Result(double coveragePercent, long orders, List<SiteRisk> ranked) {
            this(coveragePercent, orders, null, ranked);
        }

        /** The same result with the plan of every site open known. */
        public Result withOpenPlan(PlanImpact open) {
            return new Result(coveragePercent, orders, open, ranked);
        }

        /** The same result with {@code site}'s plan impact known, ranked again. */
        public Result withPlan(NodeCode site, PlanImpact impact) {
            List<SiteRisk> next = new ArrayList<>();
            for (SiteRisk r : ranked) {
                next.add(r.site().code().equals(site) ? r.withPlan(impact) : r);
            }
            next.sort(worstFirst(plan));
            return new Result(coveragePercent, orders, plan, next);
        }

        /** How many sites have their plan impact. */
        public long replanned() {
            return ranked.stream().filter(r -> r.plan() != null).count();
        }
    }

    private static Comparator<SiteRisk> worstFirst(PlanImpact open) {
        return Comparator.comparingLong(SiteRisk::ordersLosingCoverage)
                .reversed()
                .thenComparing(Comparator.comparingLong((SiteRisk r) -> r.extraUnitsShort(open))
                        .reversed())
                .thenComparing(Comparator.comparingDouble(
                                (SiteRisk r) -> r.plan() == null ? 0 : r.plan().planCost())
                        .reversed())
                .thenComparing(Comparator.comparingDouble(SiteRisk::forecastUnitsPerDay)
                        .reversed())
                .thenComparing(Comparator.comparingLong(SiteRisk::stockUnits).reversed())
                .thenComparing(r -> r.site().code());
    }

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
                    closing.storageCapacityUnits() == null ? 0 : closing.storageCapacityUnits(),
                    null));
        }
        progress.progress(open.size(), open.size(), "Risk scan done");
        risks.sort(worstFirst(null));
        return new Result(before.orderShare() * 100.0, before.orders(), risks);
    }
}
