package dev.microtower.compare.engine;

import dev.microtower.core.Cancellation;
import dev.microtower.core.SkuCode;
import dev.microtower.core.kpi.Better;
import dev.microtower.core.kpi.KpiValue;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.orders.domain.CustomerPoints;
import dev.microtower.rebalancing.domain.PlanRun;
import dev.microtower.rebalancing.domain.PlanSummary;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.engine.Coverage;
import dev.microtower.zones.engine.CoverageReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The network KPIs of one scenario, computed from what the scenario holds: its sites by type and
 * status, the storage capacity of its open sites, the same-day coverage of the order history, its
 * stock in units and at cost, and the figures of its latest stored plan run. Each value carries
 * its definition and the figures it came from. Toolkit-free and without a database: the caller
 * reads the records.
 */
public final class NetworkKpis {
    /** The heading the values are listed under. */
    public static final String GROUP = "Network";

    /** Everything the KPIs are computed from, as read for one scenario. */
    public record Inputs(
            List<Node> sites,
            List<Sku> skus,
            List<StockLevel> stock,
            List<DeliveryZone> zones,
            CustomerPoints customers,
            Optional<PlanRun> latestPlan) {
        public Inputs {
            sites = List.copyOf(sites);
            skus = List.copyOf(skus);
            stock = List.copyOf(stock);
            zones = List.copyOf(zones);
        }
    }

    private NetworkKpis() {}

    /** The KPIs, in the order they are shown; stops with a cancellation between the steps. */
    public static List<KpiValue> compute(Inputs in, Cancellation cancellation) {
        List<KpiValue> values = new ArrayList<>();
        values.addAll(sites(in.sites()));
        values.add(capacity(in.sites()));
        cancellation.check();
        values.addAll(coverage(in.zones(), in.sites(), in.customers(), cancellation));
        cancellation.check();
        values.addAll(stock(in.stock(), in.skus()));
        values.addAll(plan(in.latestPlan()));
        return values;
    }

    /** Open means holding stock or serving customers today: active or disrupted. */
    static boolean isOpen(Node site) {
        return site.status() == NodeStatus.ACTIVE || site.status() == NodeStatus.DISRUPTED;
    }

    private static List<KpiValue> sites(List<Node> sites) {
        List<KpiValue> values = new ArrayList<>();
        for (NodeType type : NodeType.values()) {
            Map<NodeStatus, Integer> byStatus = new EnumMap<>(NodeStatus.class);
            for (NodeStatus status : NodeStatus.values()) {
                byStatus.put(status, 0);
            }
            sites.stream().filter(s -> s.type() == type).forEach(s -> byStatus.merge(s.status(), 1, Integer::sum));
            int open = byStatus.get(NodeStatus.ACTIVE) + byStatus.get(NodeStatus.DISRUPTED);
            values.add(KpiValue.of(
                            "open-sites-"
                                    + type.name()
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .replace('_', '-'),
                            GROUP,
                            "Open sites: " + type.label(),
                            open,
                            "sites",
                            Better.NEITHER)
                    .because("Sites of this type that are active or disrupted (a disrupted site still counts"
                            + " as open: it holds stock and serves its zones at reduced pace).")
                    .input("Active", byStatus.get(NodeStatus.ACTIVE), "sites")
                    .input("Disrupted", byStatus.get(NodeStatus.DISRUPTED), "sites")
                    .input("Planned", byStatus.get(NodeStatus.PLANNED), "sites")
                    .input("Closed", byStatus.get(NodeStatus.CLOSED), "sites")
                    .build());
        }
        return values;
    }

    private static KpiValue capacity(List<Node> sites) {
        long units = 0;
        int counted = 0, unknown = 0;
        for (Node site : sites) {
            if (!site.isStocked()) {
                continue;
            }
            if (site.storageCapacityUnits() == null) {
                unknown++;
            } else {
                units += site.storageCapacityUnits();
                counted++;
            }
        }
        return KpiValue.of("open-storage-capacity", GROUP, "Open storage capacity", units, "units", Better.HIGHER)
                .because("Storage capacity of every open stocking site (active or disrupted), in units;"
                        + " sites without a stated capacity are left out and counted.")
                .input("Sites counted", counted, "sites")
                .input("Open sites without a capacity", unknown, "sites")
                .build();
    }

    private static List<KpiValue> coverage(
            List<DeliveryZone> zones, List<Node> sites, CustomerPoints customers, Cancellation cancellation) {
        CoverageReport report = coverageOf(zones, sites, customers, cancellation);
        double orders = report.orders() == 0 ? Double.NaN : report.orderShare() * 100.0;
        double units = report.units() == 0 ? Double.NaN : report.unitShare() * 100.0;
        return List.of(
                KpiValue.of("same-day-coverage-orders", GROUP, "Same-day coverage (orders)", orders, "%", Better.HIGHER)
                        .because("Share of the order history's orders whose customer lies inside a same-day"
                                + " delivery zone of an open site.")
                        .input("Orders", report.orders(), "orders")
                        .input("Orders covered", report.ordersCovered(), "orders")
                        .input("Same-day zones counted", report.sameDayZones(), "zones")
                        .input("Same-day area", report.sameDayAreaKm2(), "km²")
                        .build(),
                KpiValue.of("same-day-coverage-units", GROUP, "Same-day coverage (units)", units, "%", Better.HIGHER)
                        .because("Share of the order history's units (order lines' quantities) ordered by"
                                + " customers inside a same-day delivery zone of an open site.")
                        .input("Units ordered", report.units(), "units")
                        .input("Units covered", report.unitsCovered(), "units")
                        .build());
    }

    /** The same-day coverage of {@code customers} by the zones of the open sites among {@code sites}. */
    public static CoverageReport coverageOf(
            List<DeliveryZone> zones, List<Node> sites, CustomerPoints customers, Cancellation cancellation) {
        Coverage coverage = new Coverage(zones, sites, 2, 0);
        for (int i = 0; i < customers.size(); i++) {
            coverage.add(customers.point(i), customers.units(i));
            if ((i & 0xFFFF) == 0) {
                cancellation.check();
            }
        }
        return coverage.report();
    }

    private static List<KpiValue> stock(List<StockLevel> stock, List<Sku> skus) {
        Map<SkuCode, BigDecimal> cost = new HashMap<>();
        skus.forEach(s -> cost.put(s.code(), s.unitCost()));
        long onHand = 0, inTransit = 0, reserved = 0, withoutCost = 0;
        BigDecimal value = BigDecimal.ZERO;
        for (StockLevel level : stock) {
            onHand += level.onHand();
            inTransit += level.inTransit();
            reserved += level.reserved();
            BigDecimal unitCost = cost.get(level.sku());
            if (unitCost == null) {
                withoutCost += level.onHand() + level.inTransit();
            } else {
                value = value.add(unitCost.multiply(BigDecimal.valueOf(level.onHand() + level.inTransit())));
            }
        }
        return List.of(
                KpiValue.of("stock-units", GROUP, "Stock units", onHand + inTransit, "units", Better.NEITHER)
                        .because("Units on hand at every site plus the units in transit towards them.")
                        .input("On hand", onHand, "units")
                        .input("In transit", inTransit, "units")
                        .input("Reserved for open orders", reserved, "units")
                        .input("Stock rows", stock.size())
                        .build(),
                KpiValue.of("stock-value", GROUP, "Stock value", value.doubleValue(), "", Better.NEITHER)
                        .because("Stock units (on hand plus in transit) times each SKU's unit cost, in the network's"
                                + " currency.")
                        .input("Units valued", onHand + inTransit - withoutCost, "units")
                        .input("Units of SKUs not in the catalogue", withoutCost, "units")
                        .build());
    }

    private static List<KpiValue> plan(Optional<PlanRun> latest) {
        String where = "From the latest stored plan run of the scenario";
        if (latest.isEmpty()) {
            String none = where + "; the scenario has no plan run yet (run Plan).";
            return List.of(
                    planValue("plan-cost", "Plan cost", Double.NaN, "", Better.LOWER, none),
                    planValue("plan-units-moved", "Plan: units moved", Double.NaN, "units", Better.NEITHER, none),
                    planValue(
                            "plan-stockouts-before",
                            "Stockouts without the plan",
                            Double.NaN,
                            "stockouts",
                            Better.LOWER,
                            none),
                    planValue(
                            "plan-stockouts-after",
                            "Stockouts with the plan",
                            Double.NaN,
                            "stockouts",
                            Better.LOWER,
                            none));
        }
        PlanRun run = latest.get();
        PlanSummary s = run.summary();
        String of = where + " (" + run.createdAt() + ")";
        return List.of(
                KpiValue.of("plan-cost", GROUP, "Plan cost", s.totalCost(), "", Better.LOWER)
                        .because(of + ": transport plus fixed shipment costs plus shortage penalties.")
                        .input("Transport", s.transportCost(), "")
                        .input("Shipments", s.shipments(), "shipments")
                        .input("Fixed cost per shipment", s.fixedCostPerShipment(), "")
                        .input("Shortage penalties", s.shortagePenaltyCost(), "")
                        .build(),
                KpiValue.of("plan-units-moved", GROUP, "Plan: units moved", s.unitsMoved(), "units", Better.NEITHER)
                        .because(of + ": units the suggested transfers and replenishments move.")
                        .input("Suggestions", s.suggestions())
                        .input("Sites planned", s.nodes(), "sites")
                        .input("SKUs planned", s.skus(), "SKUs")
                        .build(),
                KpiValue.of(
                                "plan-stockouts-before",
                                GROUP,
                                "Stockouts without the plan",
                                s.stockoutsBefore(),
                                "stockouts",
                                Better.LOWER)
                        .because(of + ": SKUs at sites whose stock does not cover demand until the next"
                                + " replenishment can arrive, without the plan's transfers.")
                        .input("Units short", s.unitsShortBefore(), "units")
                        .build(),
                KpiValue.of(
                                "plan-stockouts-after",
                                GROUP,
                                "Stockouts with the plan",
                                s.stockoutsAfter(),
                                "stockouts",
                                Better.LOWER)
                        .because(of + ": the same count with the plan's transfers made.")
                        .input("Units short", s.unitsShortAfter(), "units")
                        .input("Stockouts avoided", s.stockoutsAvoided(), "stockouts")
                        .build());
    }

    private static KpiValue planValue(String id, String title, double value, String unit, Better better, String why) {
        return KpiValue.of(id, GROUP, title, value, unit, better)
                .because(why)
                .input("Plan runs", 0)
                .build();
    }
}
