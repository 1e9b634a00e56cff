package dev.microtower.simulation.engine;

import dev.microtower.core.SkuCode;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.simulation.domain.Candidate;
import dev.microtower.simulation.domain.Fence;
import dev.microtower.simulation.domain.FenceCheck;
import dev.microtower.simulation.domain.Measure;
import dev.microtower.simulation.domain.RoutingWeights;
import dev.microtower.simulation.domain.Shipment;
import dev.microtower.simulation.domain.SimulationSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the sites that ship an order: each candidate is checked against the fences in order
 * (open, zone of the promised tier, same-day cut-off, orders per day, stock) and, if it passes all,
 * scored by the weighted ratings; the lowest score ships every line it has, and the rest of the
 * order goes round again among the other candidates. With a log it writes each candidate's checks
 * and score; without one it builds no records, which is what makes a replay fast.
 */
final class Router {
    private static final double HOURS = 3600.0;

    private final SimNetwork net;
    private final SimulationSettings settings;
    private final RoutingWeights weights;
    private final StockBook stock;
    private final int[] shipsToday;
    private final double[][] siteTally;
    private final double[][] dayTally;
    private final long offsetSeconds;

    Router(
            SimNetwork net,
            SimulationSettings settings,
            StockBook stock,
            int[] shipsToday,
            double[][] siteTally,
            double[][] dayTally,
            long offsetSeconds) {
        this.net = net;
        this.settings = settings;
        this.weights = settings.weights();
        this.stock = stock;
        this.shipsToday = shipsToday;
        this.siteTally = siteTally;
        this.dayTally = dayTally;
        this.offsetSeconds = offsetSeconds;
    }

    /**
     * Ships what it can of the order's open lines at {@code tier}, on day {@code today} (the order's
     * own day or, for a backorder, a later one). Appends the first round's candidates to {@code log}
     * when it is not null.
     */
    void route(OrderState st, SlaTier tier, int today, long todayStartSecond, List<Candidate> log) {
        boolean[] used = new boolean[st.candidates.length];
        double lat = st.order.customer().lat();
        double lon = st.order.customer().lon();
        double cosLat = Math.cos(Math.toRadians(lat));
        long created = st.order.createdAt().getEpochSecond();
        double localHour = (Math.floorMod(created + offsetSeconds, 86_400L)) / HOURS;
        boolean sameDay = tier == SlaTier.SAME_DAY && today == st.day;
        boolean firstRound = true;
        while (st.remainingLines > 0) {
            int best = -1;
            double bestScore = Double.POSITIVE_INFINITY;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < st.candidates.length; c++) {
                if (used[c]) {
                    continue;
                }
                int site = st.candidates[c];
                List<FenceCheck> checks = firstRound && log != null ? new ArrayList<>(5) : null;
                int have = check(st, c, site, sameDay ? SlaTier.SAME_DAY : SlaTier.NEXT_DAY, localHour, checks);
                double distance = have > 0 || checks != null ? net.distanceKm(site, lat, lon, cosLat) : Double.NaN;
                double score = Double.NaN;
                if (have > 0) {
                    double cost = net.handling[site] + settings.lastMileCostPerKm() * distance;
                    double missing = (st.remainingLines - have) / (double) st.sku.length;
                    double load = net.capacity[site] == 0 ? 1 : shipsToday[site] / (double) net.capacity[site];
                    score = weights.score(distance, cost, missing, load);
                    if (score < bestScore || (score == bestScore && distance < bestDistance)) {
                        best = c;
                        bestScore = score;
                        bestDistance = distance;
                    }
                }
                if (checks != null) {
                    log.add(new Candidate(
                            net.nodes.get(site).code(), tier, distance, checks, Math.max(0, have), score));
                }
            }
            firstRound = false;
            if (best < 0) {
                return;
            }
            used[best] = true;
            ship(st, st.candidates[best], bestDistance, sameDay, created, today, todayStartSecond);
        }
    }

    /**
     * Runs the fences for one candidate; returns the lines it can ship (0 when a fence rejects it),
     * writing each check with its reason when {@code checks} is not null.
     */
    private int check(OrderState st, int c, int site, SlaTier tier, double localHour, List<FenceCheck> checks) {
        // the reasons are written only for a log: building them for every candidate of every order
        // was a third of a replay's time
        boolean why = checks != null;
        if (!net.open[site]) {
            return why
                    ? fail(
                            checks,
                            Fence.OPEN,
                            "the site is " + net.nodes.get(site).status().name().toLowerCase(Locale.ROOT))
                    : 0;
        }
        if (why) {
            pass(checks, Fence.OPEN, "open");
        }
        if (st.pickup >= 0) {
            if (why) {
                pass(
                        checks,
                        Fence.ZONE,
                        "serves pickup point " + net.nodes.get(st.pickup).name());
            }
        } else {
            int tiers = st.candidateTiers[c];
            boolean ok = tier == SlaTier.SAME_DAY ? (tiers & SiteIndex.SAME_DAY) != 0 : tiers != 0;
            if (!ok) {
                return why
                        ? fail(
                                checks,
                                Fence.ZONE,
                                "the customer is only in its next-day zone; the order was promised the same day")
                        : 0;
            }
            if (why) {
                pass(
                        checks,
                        Fence.ZONE,
                        (tiers & SiteIndex.SAME_DAY) != 0
                                ? "customer in its same-day zone"
                                : (tiers & SiteIndex.NEXT_DAY) != 0
                                        ? "customer in its next-day zone"
                                        : "customer in its regional zone");
            }
        }
        if (tier == SlaTier.SAME_DAY) {
            if (localHour > net.cutoffHour[site]) {
                return why
                        ? fail(
                                checks,
                                Fence.CUTOFF,
                                String.format(
                                        Locale.ROOT,
                                        "placed at %s, after the same-day cut-off %s",
                                        clock(localHour),
                                        clock(net.cutoffHour[site])))
                        : 0;
            }
            if (why) {
                pass(
                        checks,
                        Fence.CUTOFF,
                        String.format(
                                Locale.ROOT,
                                "placed at %s, before the cut-off %s",
                                clock(localHour),
                                clock(net.cutoffHour[site])));
            }
        }
        if (shipsToday[site] >= net.capacity[site]) {
            return why
                    ? fail(
                            checks,
                            Fence.CAPACITY,
                            "already " + shipsToday[site] + " of " + net.capacity[site] + " orders today")
                    : 0;
        }
        if (why) {
            pass(checks, Fence.CAPACITY, shipsToday[site] + " of " + net.capacity[site] + " orders today");
        }
        int have = 0;
        int base = site * net.skuCount;
        for (int l = 0; l < st.sku.length; l++) {
            if (!st.done[l] && st.sku[l] >= 0 && stock.get(base + st.sku[l]) >= st.qty[l]) {
                have++;
            }
        }
        if (have == st.remainingLines) {
            if (why) {
                pass(checks, Fence.STOCK, "has all " + have + (have == 1 ? " line" : " lines") + " in stock");
            }
            return have;
        }
        if (have > 0 && settings.splitsAllowed()) {
            if (why) {
                pass(checks, Fence.STOCK, "has " + have + " of " + st.remainingLines + " lines in stock (a split)");
            }
            return have;
        }
        if (!why) {
            return 0;
        }
        return fail(
                checks,
                Fence.STOCK,
                have == 0
                        ? "has none of the " + st.remainingLines + " lines in stock"
                        : "has only " + have + " of " + st.remainingLines + " lines and splits are not allowed");
    }

    private void ship(
            OrderState st, int site, double distance, boolean sameDay, long created, int today, long todayStartSecond) {
        int base = site * net.skuCount;
        List<SkuCode> skus = st.log == null ? null : new ArrayList<>();
        int units = 0;
        for (int l = 0; l < st.sku.length; l++) {
            if (!st.done[l] && st.sku[l] >= 0 && stock.get(base + st.sku[l]) >= st.qty[l]) {
                stock.take(base + st.sku[l], st.qty[l]);
                st.done[l] = true;
                st.remainingLines--;
                st.linesFilled++;
                units += st.qty[l];
                if (skus != null) {
                    skus.add(net.skus.get(st.sku[l]));
                }
            }
        }
        st.unitsFilled += units;
        shipsToday[site]++;
        double transit = distance / settings.speedKmh() * HOURS;
        long arrives = sameDay
                ? created + Math.round(settings.sameDayPrepHours() * HOURS + transit)
                : todayStartSecond + 86_400L + Math.round(settings.nextDayStartHour() * HOURS + transit);
        st.deliveredSecond = Math.max(st.deliveredSecond, arrives);
        if (st.firstSite < 0) {
            st.firstSite = site;
        }
        st.shipments++;
        double handling = net.handling[site];
        double lastMile = settings.lastMileCostPerKm() * distance;
        count(siteTally[site], distance, handling, lastMile);
        count(dayTally[today], distance, handling, lastMile);
        if (st.log != null) {
            st.log.add(new Shipment(
                    net.nodes.get(site).code(),
                    skus,
                    units,
                    distance,
                    handling + lastMile,
                    Instant.ofEpochSecond(arrives)));
        }
    }

    private static void count(double[] t, double distance, double handling, double lastMile) {
        t[Measure.SHIPMENTS.ordinal()]++;
        t[Measure.DISTANCE_KM.ordinal()] += distance;
        t[Measure.HANDLING_COST.ordinal()] += handling;
        t[Measure.LAST_MILE_COST.ordinal()] += lastMile;
    }

    private static String clock(double hour) {
        int minutes = Math.min(24 * 60, (int) Math.round(hour * 60));
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }

    private static void pass(List<FenceCheck> checks, Fence fence, String reason) {
        if (checks != null) {
            checks.add(new FenceCheck(fence, true, reason));
        }
    }

    private static int fail(List<FenceCheck> checks, Fence fence, String reason) {
        if (checks != null) {
            checks.add(new FenceCheck(fence, false, reason));
        }
        return 0;
    }
}
