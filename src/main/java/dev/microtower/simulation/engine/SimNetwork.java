package dev.microtower.simulation.engine;

import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.orders.domain.Order;
import dev.microtower.simulation.domain.SimulationInputs;
import dev.microtower.simulation.domain.SimulationSettings;
import dev.microtower.simulation.domain.SiteOperations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's sites and SKUs turned into arrays for the replay: site i's position, status,
 * capacity, cut-off, costs, replenishment source and lead times; SKU j's index; the targets per
 * site × SKU (flat, {@code i * skus + j}); and the pickup points by location. Read-only once
 * built, so the replay and the bound share one.
 */
final class SimNetwork {
    final List<Node> nodes;
    final List<SkuCode> skus;
    final Map<NodeCode, Integer> siteIndex = new HashMap<>();
    final Map<SkuCode, Integer> skuIndex = new HashMap<>();
    final int sites;
    final int skuCount;
    final double[] lat;
    final double[] lon;
    /** cos(lat) of each site, so a distance costs one cosine less. */
    final double[] cosLat;
    /** May fulfil orders: an active site that holds stock. */
    final boolean[] open;
    /** Holds stock that counts (active or disrupted, a stocking type). */
    final boolean[] stocking;

    final boolean[] vendorSupplied;
    final int[] capacity;
    final Long[] storage;
    final double[] cutoffHour;
    final double[] handling;
    final double[] fixedPerDay;
    final int[] source;
    /** Km from the replenishment source, 0 without one. */
    final double[] sourceKm;

    final int[] leadDays;
    final int[] supplyLeadDays;
    final int[] reviewDays;
    final int[] servedBy;
    final long[] target;
    final long[] initial;
    final long[] inTransit;
    private final Map<Long, Integer> pickupAt = new HashMap<>();

    SimNetwork(SimulationInputs in, SimulationSettings settings) {
        nodes = in.nodes();
        sites = nodes.size();
        for (int i = 0; i < sites; i++) {
            siteIndex.put(nodes.get(i).code(), i);
        }
        List<SkuCode> order = new ArrayList<>();
        for (StockLevel s : in.stock()) {
            if (skuIndex.putIfAbsent(s.sku(), order.size()) == null) {
                order.add(s.sku());
            }
        }
        for (StockTarget t : in.targets()) {
            if (skuIndex.putIfAbsent(t.sku(), order.size()) == null) {
                order.add(t.sku());
            }
        }
        skus = List.copyOf(order);
        skuCount = skus.size();
        lat = new double[sites];
        lon = new double[sites];
        cosLat = new double[sites];
        open = new boolean[sites];
        stocking = new boolean[sites];
        vendorSupplied = new boolean[sites];
        capacity = new int[sites];
        storage = new Long[sites];
        cutoffHour = new double[sites];
        handling = new double[sites];
        fixedPerDay = new double[sites];
        source = new int[sites];
        sourceKm = new double[sites];
        leadDays = new int[sites];
        supplyLeadDays = new int[sites];
        reviewDays = new int[sites];
        servedBy = new int[sites];
        for (int i = 0; i < sites; i++) {
            Node n = nodes.get(i);
            SiteOperations ops = in.operationsOf(n.code());
            lat[i] = n.location().lat();
            lon[i] = n.location().lon();
            cosLat[i] = Math.cos(Math.toRadians(lat[i]));
            stocking[i] = n.isStocked();
            open[i] = stocking[i] && n.status() == NodeStatus.ACTIVE;
            vendorSupplied[i] = stocking[i] && n.type() == NodeType.REGIONAL_DC;
            capacity[i] = ops.effectiveOrdersPerDay(n.floorAreaM2());
            storage[i] = n.storageCapacityUnits();
            cutoffHour[i] = ops.effectiveCutoffHour();
            handling[i] = n.handlingCostPerOrder() == null
                    ? settings.defaultHandlingCost()
                    : n.handlingCostPerOrder().doubleValue();
            fixedPerDay[i] =
                    n.fixedCostPerDay() == null || n.status() == NodeStatus.PLANNED || n.status() == NodeStatus.CLOSED
                            ? 0
                            : n.fixedCostPerDay().doubleValue();
            Integer src = n.replenishmentSource() == null ? null : siteIndex.get(n.replenishmentSource());
            source[i] = src == null ? -1 : src;
            leadDays[i] = days(n.leadTimeDays() == null ? 1 : n.leadTimeDays());
            supplyLeadDays[i] = days(ops.effectiveSupplyLeadTimeDays());
            reviewDays[i] = ops.effectiveSupplyReviewDays();
            Integer server = n.servedBy() == null ? null : siteIndex.get(n.servedBy());
            servedBy[i] = server == null ? -1 : server;
            if (n.type() == NodeType.PICKUP_POINT && server != null) {
                pickupAt.put(locationKey(lat[i], lon[i]), i);
            }
        }
        for (int i = 0; i < sites; i++) {
            sourceKm[i] = source[i] < 0 ? 0 : haversine(lat[source[i]], lon[source[i]], lat[i], lon[i]);
        }
        target = new long[sites * skuCount];
        initial = new long[sites * skuCount];
        inTransit = new long[sites * skuCount];
        for (StockTarget t : in.targets()) {
            Integer i = siteIndex.get(t.node());
            if (i != null && t.stocked()) {
                target[i * skuCount + skuIndex.get(t.sku())] = t.target();
            }
        }
        for (StockLevel s : in.stock()) {
            Integer i = siteIndex.get(s.node());
            if (i != null && stocking[i]) {
                int k = i * skuCount + skuIndex.get(s.sku());
                initial[k] = Math.max(0, s.onHand() - s.reserved());
                inTransit[k] = s.inTransit();
            }
        }
    }

    /** Whole days until something arrives: at least the next day. */
    static int days(double leadTime) {
        return Math.max(1, (int) Math.ceil(leadTime - 1e-9));
    }

    /** The pickup point the order goes to: the one it names, or the one at the customer's position. */
    int pickupOf(Order order) {
        if (order.fulfilledBy() != null) {
            Integer i = siteIndex.get(order.fulfilledBy());
            if (i != null && nodes.get(i).type() == NodeType.PICKUP_POINT && servedBy[i] >= 0) {
                return i;
            }
        }
        Integer at = pickupAt.get(
                locationKey(order.customer().lat(), order.customer().lon()));
        return at == null ? -1 : at;
    }

    /** About a metre: a customer at a pickup point's position collects there. */
    private static long locationKey(double lat, double lon) {
        return Math.round(lat * 1e5) * 100_000_000L + Math.round(lon * 1e5);
    }

    int sku(SkuCode code) {
        Integer j = skuIndex.get(code);
        return j == null ? -1 : j;
    }

    /** Great-circle distance from site i, in km (the same formula as {@code GeoPoint.distanceKm}). */
    double distanceKm(int i, double toLat, double toLon) {
        return haversine(lat[i], lon[i], toLat, toLon);
    }

    /** The same, given {@code cos(toLat)} (computed once per customer): the same value, fewer cosines. */
    double distanceKm(int i, double toLat, double toLon, double cosToLat) {
        double dLat = Math.toRadians(toLat - lat[i]);
        double dLon = Math.toRadians(toLon - lon[i]);
        double sinLat = Math.sin(dLat / 2);
        double sinLon = Math.sin(dLon / 2);
        double a = sinLat * sinLat + cosLat[i] * cosToLat * sinLon * sinLon;
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
