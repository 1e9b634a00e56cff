package dev.microtower.simulation.domain;

import static dev.microtower.simulation.domain.Measure.*;

import dev.microtower.core.kpi.Better;
import dev.microtower.core.kpi.KpiValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The fulfilment KPIs of one part of a replay (the network, a site or a day), each a ratio of the
 * replay's {@link Measure}s with its definition and inputs. The definitions are those of
 * docs/kpis.md; the ids are stable, so the compare view and CSV files match scenarios on them.
 */
public final class FulfilmentKpis {
    /** The heading the values are listed under. */
    public static final String GROUP = "Fulfilment";

    private FulfilmentKpis() {}

    public static List<KpiValue> of(Totals t) {
        List<KpiValue> v = new ArrayList<>();
        v.add(ratio(
                t,
                "fill-rate-orders",
                "Fill rate (orders)",
                ORDERS_FILLED,
                ORDERS,
                Better.HIGHER,
                "Share of orders whose every line was shipped.",
                "Orders filled",
                "Orders"));
        v.add(ratio(
                t,
                "fill-rate-lines",
                "Fill rate (lines)",
                LINES_FILLED,
                LINES,
                Better.HIGHER,
                "Share of order lines shipped; the others were lost (or still backordered at the end).",
                "Lines shipped",
                "Lines"));
        v.add(ratio(
                t,
                "fill-rate-units",
                "Fill rate (units)",
                UNITS_FILLED,
                UNITS,
                Better.HIGHER,
                "Share of ordered units shipped.",
                "Units shipped",
                "Units ordered"));
        v.add(ratio(
                t,
                "stockout-rate",
                "Stockout rate",
                OUT_OF_STOCK_SKU_DAYS,
                STOCKED_SKU_DAYS,
                Better.LOWER,
                "Share of site × SKU × days, among those with a stock target, that ended the day with none on the"
                        + " shelf.",
                "Site × SKU days empty",
                "Site × SKU days with a target"));
        v.add(ratio(
                t,
                "local-share",
                "Fulfilled locally",
                ORDERS_LOCAL,
                ORDERS_SHIPPED,
                Better.HIGHER,
                "Share of shipped orders sent by a site whose same-day zone contains the customer.",
                "Orders sent from a local site",
                "Orders shipped"));
        v.add(ratio(
                t,
                "on-time-rate",
                "On time",
                ORDERS_ON_TIME,
                ORDERS_PROMISED,
                Better.HIGHER,
                "Share of orders with a promise that arrived complete by it. A same-day shipment arrives 2 h"
                        + " after the order plus the drive at 30 km/h; a next-day shipment at 10:00 the next day"
                        + " plus the drive.",
                "Orders on time",
                "Orders with a promise"));
        v.add(ratio(
                t,
                "split-rate",
                "Split orders",
                ORDERS_SPLIT,
                ORDERS_SHIPPED,
                Better.LOWER,
                "Share of shipped orders sent in more than one shipment.",
                "Split orders",
                "Orders shipped"));
        v.add(per(
                t,
                "delivery-distance",
                "Delivery distance",
                DISTANCE_KM,
                SHIPMENTS,
                "km",
                Better.LOWER,
                "Average straight-line distance from the shipping site to the customer, per shipment.",
                "Kilometres driven",
                "Shipments"));
        double ordersShipped = t.get(ORDERS_SHIPPED);
        double handling = t.get(HANDLING_COST);
        double lastMile = t.get(LAST_MILE_COST);
        double replenishment = t.get(REPLENISHMENT_COST);
        double fixed = t.get(FIXED_COST);
        double cost = handling + lastMile + replenishment + fixed;
        v.add(KpiValue.of(
                        "cost-per-order", GROUP, "Cost per order", div(cost, ordersShipped), "per order", Better.LOWER)
                .because("All cost of the period (handling, last mile, replenishment and transfers, fixed cost of"
                        + " the open sites) divided by the orders shipped.")
                .input("Handling", handling)
                .input("Last mile", lastMile)
                .input("Replenishment and transfers", replenishment)
                .input("Fixed cost", fixed)
                .input("Orders shipped", ordersShipped)
                .build());
        v.add(part(
                t,
                "cost-handling",
                "Handling per order",
                handling,
                ordersShipped,
                "The sites' handling cost per shipment, per order shipped."));
        v.add(part(
                t,
                "cost-last-mile",
                "Last mile per order",
                lastMile,
                ordersShipped,
                "Last-mile cost (per km of delivery distance), per order shipped."));
        v.add(part(
                t,
                "cost-replenishment",
                "Replenishment per order",
                replenishment,
                ordersShipped,
                "Cost of moving stock from the replenishment sources (per unit and km), per order shipped."));
        v.add(part(
                t,
                "cost-fixed",
                "Fixed cost per order",
                fixed,
                ordersShipped,
                "The open sites' fixed cost per day over the period, apportioned over the orders shipped."));
        double days = t.days();
        double avgStock = div(t.get(STOCK_UNIT_DAYS), days);
        double shippedPerDay = div(t.get(UNITS_FILLED), days);
        v.add(KpiValue.of(
                        "inventory-turns",
                        GROUP,
                        "Inventory turns",
                        div(shippedPerDay * 365, avgStock),
                        "per year",
                        Better.HIGHER)
                .because("Units shipped to customers per year divided by the average stock on the sites' shelves.")
                .input("Units shipped", t.get(UNITS_FILLED))
                .input("Average stock", avgStock, "units")
                .input("Days", days)
                .build());
        v.add(KpiValue.of("days-of-cover", GROUP, "Days of cover", div(avgStock, shippedPerDay), "days", Better.NEITHER)
                .because("Average stock on the shelves divided by the units shipped per day.")
                .input("Average stock", avgStock, "units")
                .input("Units shipped per day", shippedPerDay)
                .build());
        v.add(ratio(
                t,
                "stock-utilisation",
                "Storage used",
                STOCK_AT_CAPACITY_SITES_UNIT_DAYS,
                CAPACITY_UNIT_DAYS,
                Better.NEITHER,
                "Average stock against storage capacity, over the sites that state a capacity.",
                "Stock (unit days)",
                "Capacity (unit days)"));
        v.add(ratio(
                t,
                "order-utilisation",
                "Order capacity used",
                SHIPMENTS,
                ORDER_CAPACITY_DAYS,
                Better.NEITHER,
                "Shipments against the open sites' orders per day.",
                "Shipments",
                "Order capacity (orders)"));
        v.add(ratio(
                t,
                "same-day-coverage",
                "Same-day coverage",
                ORDERS_IN_SAME_DAY_ZONE,
                ORDERS,
                Better.HIGHER,
                "Share of orders whose customer lies in an open site's same-day zone.",
                "Orders in a same-day zone",
                "Orders"));
        return v;
    }

    private static KpiValue ratio(
            Totals t,
            String id,
            String title,
            Measure part,
            Measure whole,
            Better better,
            String definition,
            String partName,
            String wholeName) {
        double p = t.get(part);
        double w = t.get(whole);
        return KpiValue.of(id, GROUP, title, div(p, w) * 100, "%", better)
                .because(definition)
                .input(partName, p)
                .input(wholeName, w)
                .build();
    }

    private static KpiValue per(
            Totals t,
            String id,
            String title,
            Measure part,
            Measure whole,
            String unit,
            Better better,
            String definition,
            String partName,
            String wholeName) {
        double p = t.get(part);
        double w = t.get(whole);
        return KpiValue.of(id, GROUP, title, div(p, w), unit, better)
                .because(definition)
                .input(partName, p)
                .input(wholeName, w)
                .build();
    }

    private static KpiValue part(Totals t, String id, String title, double cost, double orders, String definition) {
        return KpiValue.of(id, GROUP, title, div(cost, orders), "per order", Better.LOWER)
                .because(definition)
                .input("Cost", cost)
                .input("Orders shipped", orders)
                .build();
    }

    private static double div(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }
}
