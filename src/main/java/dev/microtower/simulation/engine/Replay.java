package dev.microtower.simulation.engine;

import dev.microtower.core.Cancellation;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.Progress;
import dev.microtower.core.SkuCode;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.simulation.domain.Candidate;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.domain.DayTotals;
import dev.microtower.simulation.domain.Decision;
import dev.microtower.simulation.domain.LateOrder;
import dev.microtower.simulation.domain.LostLine;
import dev.microtower.simulation.domain.Measure;
import dev.microtower.simulation.domain.Shipment;
import dev.microtower.simulation.domain.SimulationInputs;
import dev.microtower.simulation.domain.SimulationResult;
import dev.microtower.simulation.domain.SimulationSettings;
import dev.microtower.simulation.domain.SuppliedStock;
import dev.microtower.simulation.domain.SupplyTerms;
import dev.microtower.simulation.domain.Totals;
import dev.microtower.simulation.domain.Unfilled;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Replays a period's orders day by day through one routing policy. Each day: stock that was sent
 * arrives; backordered lines are tried again; the day's orders are routed in the order they were
 * placed and their lines leave the shelves; at the end of the day each site orders up to its
 * allocation target from its replenishment source (from that source's stock, arriving after the
 * site's lead time), and on their review days the regional DCs order up to their own level from
 * outside supply (arriving after the supply lead time). Units in transit at the start (accepted
 * transfers, open replenishments) arrive after the receiving site's lead time.
 *
 * <p>Deterministic: no clocks, no hashing order, no randomness; the same inputs give the same result.
 * Single-threaded and self-contained, so replays of several policies may run side by side.
 */
public final class Replay {
    /** Hears the decision for each order as it is made (for the decision log). */
    @FunctionalInterface
    public interface DecisionListener {
        void decided(Decision decision);
    }

    private static final int M = Measure.values().length;

    private final SimulationInputs in;
    private final SimulationSettings settings;
    private final SimNetwork net;
    private final ZoneHits index;
    private final int k;
    private final int days;
    private final long offsetSeconds;
    private final long firstDayEpoch;
    private final StockBook stock;
    private final boolean[] replenishedCell;
    private final int[] onOrder;
    private final long[] supplied;
    private final int[] shipsToday;
    private final double[][] siteTally;
    private final double[] outside = new double[M];
    private final double[][] dayTally;
    private final Router router;
    private final int[][] arrivalIndex;
    private final int[][] arrivalUnits;
    private final int[] arrivals;
    private final int[] targetsAt;
    private final int[] vendorPairs;
    /** Per vendor pair: whole days from a vendor order to its arrival, and days between two orders. */
    private final int[] vendorLeadDays;

    private final int[] vendorReviewDays;
    private final long[] vendorLevel;
    private final Deque<OrderState> backorders = new ArrayDeque<>();
    private final List<LostLine> lost = new ArrayList<>();
    private final List<LateOrder> late = new ArrayList<>();
    private long lostCount;
    private long lateCount;

    /** How a replay finds the zones around a customer, given its network. */
    private enum Lookup {
        INDEXED,
        SCANNING
    }

    private Replay(SimulationInputs in, SimulationSettings settings, Lookup lookup) {
        this(in, settings, lookup, null);
    }

    private Replay(SimulationInputs in, SimulationSettings settings, CustomerZones zones) {
        this(in, settings, null, zones);
    }

    private Replay(SimulationInputs in, SimulationSettings settings, Lookup lookup, CustomerZones zones) {
        this.in = in;
        this.settings = settings;
        this.net = new SimNetwork(in, settings);
        if (zones != null) {
            this.index = zones.hits(net.siteIndex, net.sites);
        } else if (lookup == Lookup.SCANNING) {
            this.index = SiteIndex.scanning(in.zones(), net.siteIndex, net.sites);
        } else {
            this.index = SiteIndex.indexed(in.zones(), net.siteIndex, net.sites);
        }
        this.k = net.skuCount;
        this.days = in.days();
        this.offsetSeconds = in.offset().getTotalSeconds();
        this.firstDayEpoch = in.firstDay().toEpochDay();
        int cells = net.sites * k;
        onOrder = new int[cells];
        supplied = new long[cells];
        shipsToday = new int[net.sites];
        siteTally = new double[net.sites][M];
        dayTally = new double[days][M];
        arrivalIndex = new int[days][];
        arrivalUnits = new int[days][];
        arrivals = new int[days];
        boolean[] hasTarget = new boolean[cells];
        replenishedCell = new boolean[cells];
        for (int c = 0; c < cells; c++) {
            int s = c / k;
            hasTarget[c] = net.stocking[s] && net.target[c] > 0;
            replenishedCell[c] = hasTarget[c] && net.source[s] >= 0 && net.stocking[net.source[s]];
        }
        stock = new StockBook(net.sites, k, hasTarget);
        router = new Router(net, settings, stock, shipsToday, siteTally, dayTally, offsetSeconds);
        IntList ven = new IntList();
        IntList venLead = new IntList();
        IntList venReview = new IntList();
        Map<NodeCode, Map<String, CategorySupply>> byCategory = in.categorySupplyBySite();
        targetsAt = new int[net.sites];
        vendorLevel = new long[cells];
        for (int s = 0; s < net.sites; s++) {
            for (int j = 0; j < k; j++) {
                int c = s * k + j;
                if (net.stocking[s] && net.target[c] > 0) {
                    targetsAt[s]++;
                }
                if (net.vendorSupplied[s]) {
                    vendorLevel[c] = Math.max(net.target[c], net.initial[c] + net.inTransit[c]);
                    if (vendorLevel[c] > 0) {
                        ven.add(c);
                        NodeCode site = net.nodes.get(s).code();
                        if (byCategory.containsKey(site)) {
                            SupplyTerms terms = in.supplyTerms(site, net.skus.get(j));
                            venLead.add(SimNetwork.days(terms.leadTimeDays()));
                            venReview.add(terms.reviewDays());
                        } else {
                            venLead.add(net.supplyLeadDays[s]);
                            venReview.add(net.reviewDays[s]);
                        }
                    }
                }
            }
        }
        vendorPairs = ven.toArray();
        vendorLeadDays = venLead.toArray();
        vendorReviewDays = venReview.toArray();
        for (int c = 0; c < cells; c++) {
            int s = c / k;
            stock.put(c, (int) net.initial[c]);
            supplied[c] = net.initial[c];
            if (net.inTransit[c] > 0) {
                onOrder[c] += (int) net.inTransit[c];
                schedule(net.leadDays[s], c, (int) net.inTransit[c]);
            }
        }
    }

    /** Replays {@code in} with {@code settings}, reporting progress and stopping when cancelled. */
    public static SimulationResult run(
            SimulationInputs in, SimulationSettings settings, Progress progress, Cancellation cancellation) {
        return new Replay(in, settings, Lookup.INDEXED).replay(progress, cancellation, null);
    }

    /**
     * The same, asking {@code zones} which zones contain each customer instead of testing them: the
     * same result, as {@code zones} looks each distinct point up once for every replay that shares it.
     * They must be the zones of {@code in}.
     */
    public static SimulationResult run(
            SimulationInputs in,
            SimulationSettings settings,
            CustomerZones zones,
            Progress progress,
            Cancellation cancellation) {
        return new Replay(in, settings, zonesOf(in, zones)).replay(progress, cancellation, null);
    }

    /** {@code zones}, when they answer for {@code in}'s zones. */
    static CustomerZones zonesOf(SimulationInputs in, CustomerZones zones) {
        if (!zones.zones().equals(in.zones())) {
            throw new IllegalArgumentException("the customer zones were looked up for other delivery zones");
        }
        return zones;
    }

    /** The same, telling {@code listener} every decision (with its candidates and fences) as it is made. */
    public static SimulationResult run(
            SimulationInputs in,
            SimulationSettings settings,
            Progress progress,
            Cancellation cancellation,
            DecisionListener listener) {
        return new Replay(in, settings, Lookup.INDEXED).replay(progress, cancellation, listener);
    }

    /**
     * The naive router of the benchmark: the same decisions, found by testing every zone of every
     * site for every order instead of asking the spatial index.
     */
    public static SimulationResult runScanningEverySite(
            SimulationInputs in, SimulationSettings settings, Progress progress, Cancellation cancellation) {
        return new Replay(in, settings, Lookup.SCANNING).replay(progress, cancellation, null);
    }

    /** "Why this site?" for one order: replays the period and keeps that order's decision. */
    public static Optional<Decision> explain(
            SimulationInputs in, SimulationSettings settings, OrderCode order, Cancellation cancellation) {
        Decision[] found = new Decision[1];
        new Replay(in, settings, Lookup.INDEXED).replay(Progress.NONE, cancellation, null, order, d -> found[0] = d);
        return Optional.ofNullable(found[0]);
    }

    private SimulationResult replay(Progress progress, Cancellation cancellation, DecisionListener listener) {
        return replay(progress, cancellation, listener, null, null);
    }

    private SimulationResult replay(
            Progress progress,
            Cancellation cancellation,
            DecisionListener listener,
            OrderCode only,
            DecisionListener onlyListener) {
        int today = 0;
        startDay(today);
        long seen = 0;
        for (Order order : in.orders()) {
            if ((++seen & 4095) == 0) {
                cancellation.check();
                progress.progress(
                        today, days, "Replaying orders of " + in.firstDay().plusDays(today) + "…");
            }
            long second = order.createdAt().getEpochSecond() + offsetSeconds;
            int day = (int) (Math.floorDiv(second, 86_400L) - firstDayEpoch);
            if (day < 0 || day >= days) {
                continue;
            }
            while (today < day) {
                endDay(today);
                today++;
                startDay(today);
            }
            boolean log = listener != null || (only != null && only.equals(order.code()));
            Decision d = route(order, day, log);
            if (d != null) {
                if (listener != null) {
                    listener.decided(d);
                }
                if (onlyListener != null && only.equals(order.code())) {
                    onlyListener.decided(d);
                }
            }
        }
        while (today < days) {
            endDay(today);
            today++;
            if (today < days) {
                startDay(today);
            }
        }
        for (OrderState st : backorders) {
            finish(st);
        }
        backorders.clear();
        progress.progress(days, days, "Replay done");
        return result();
    }

    private Decision route(Order order, int day, boolean logging) {
        List<OrderLine> lines = order.lines();
        int[] sku = new int[lines.size()];
        int[] qty = new int[lines.size()];
        for (int l = 0; l < sku.length; l++) {
            sku[l] = net.sku(lines.get(l).sku());
            qty[l] = lines.get(l).quantity();
        }
        double lat = order.customer().lat();
        double lon = order.customer().lon();
        index.lookup(order.customer());
        boolean sameDayZone = false;
        for (int i = 0; i < index.count(); i++) {
            if (net.open[index.site(i)] && (index.tiers(i) & SiteIndex.SAME_DAY) != 0) {
                sameDayZone = true;
            }
        }
        int pickup = net.pickupOf(order);
        int[] candidates;
        int[] tiers;
        if (pickup >= 0) {
            int server = net.servedBy[pickup];
            candidates = new int[] {server};
            tiers = new int[] {index.tiersOf(server)};
        } else {
            candidates = new int[index.count()];
            tiers = new int[index.count()];
            for (int i = 0; i < candidates.length; i++) {
                candidates[i] = index.site(i);
                tiers[i] = index.tiers(i);
            }
        }
        SlaTier promised =
                order.promisedBy() != null && wholeSecondsBetween(order.createdAt(), order.promisedBy()) < 86_400L
                        ? SlaTier.SAME_DAY
                        : SlaTier.NEXT_DAY;
        OrderState st = new OrderState(order, day, sku, qty, candidates, tiers, pickup, promised, sameDayZone, logging);
        List<Candidate> log = logging ? new ArrayList<>() : null;
        long dayStart = (firstDayEpoch + day) * 86_400L - offsetSeconds;
        router.route(st, promised, day, dayStart, log);
        if (st.remainingLines > 0 && promised == SlaTier.SAME_DAY) {
            st.downgraded = true;
            router.route(st, SlaTier.NEXT_DAY, day, dayStart, log);
        }
        st.home = home(st, lat, lon);
        String note = "";
        if (st.remainingLines > 0 && settings.unfilled() == Unfilled.BACKORDERED) {
            backorders.add(st);
            note = st.remainingLines + " line(s) backordered until a site has the stock";
        } else {
            if (st.remainingLines > 0) {
                note = st.remainingLines + " line(s) lost: no site that may serve the customer had the stock";
            }
            finish(st);
        }
        if (st.downgraded && st.shipments > 0 && st.firstSite >= 0) {
            note = ("no site could ship the same day: sent for the next day. " + note).trim();
        }
        if (candidates.length == 0) {
            note = "the customer lies in no delivery zone of any site";
        }
        if (!logging) {
            return null;
        }
        return new Decision(
                order.code(),
                promised,
                pickup >= 0 ? net.nodes.get(pickup).code() : null,
                log,
                st.log,
                note,
                restock(st));
    }

    /**
     * For each line, the regional DC its stock comes back from (the site that shipped it, else the
     * order's site, followed up its replenishment sources) and that DC's vendor terms for the line's
     * SKU: one entry per DC and category.
     */
    private List<String> restock(OrderState st) {
        Map<String, String> entries = new LinkedHashMap<>();
        List<OrderLine> lines = st.order.lines();
        for (int l = 0; l < lines.size(); l++) {
            SkuCode sku = lines.get(l).sku();
            int site = st.home;
            for (Shipment shipment : st.log) {
                if (shipment.skus().contains(sku)) {
                    site = net.siteIndex.get(shipment.site());
                    break;
                }
            }
            for (int hops = 0; site >= 0 && !net.vendorSupplied[site] && hops < net.sites; hops++) {
                site = net.source[site];
            }
            if (site < 0 || !net.vendorSupplied[site]) {
                continue;
            }
            NodeCode dc = net.nodes.get(site).code();
            String category = in.categories().getOrDefault(sku, sku.value());
            entries.putIfAbsent(
                    dc.value() + "\u0000" + category,
                    category + " at " + dc.value() + ": "
                            + in.supplyTerms(dc, sku).describe());
        }
        return List.copyOf(entries.values());
    }

    /** {@code Duration.between(from, to).getSeconds()} without the Duration. */
    private static long wholeSecondsBetween(Instant from, Instant to) {
        return to.getEpochSecond() - from.getEpochSecond() - (to.getNano() < from.getNano() ? 1 : 0);
    }

    /** The site that shipped first, else the nearest open candidate, else the nearest, else none. */
    private int home(OrderState st, double lat, double lon) {
        if (st.firstSite >= 0) {
            return st.firstSite;
        }
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int pass = 0; pass < 2 && best < 0; pass++) {
            for (int site : st.candidates) {
                double d = net.distanceKm(site, lat, lon);
                if ((pass == 1 || net.open[site]) && d < bestDistance) {
                    best = site;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    private void startDay(int day) {
        for (int i = 0; i < arrivals[day]; i++) {
            int c = arrivalIndex[day][i];
            int units = arrivalUnits[day][i];
            stock.put(c, units);
            onOrder[c] -= units;
            supplied[c] += units;
        }
        Arrays.fill(shipsToday, 0);
        if (!backorders.isEmpty()) {
            long dayStart = (firstDayEpoch + day) * 86_400L - offsetSeconds;
            int waiting = backorders.size();
            for (int i = 0; i < waiting; i++) {
                OrderState st = backorders.poll();
                int before = st.shipments;
                router.route(st, SlaTier.NEXT_DAY, day, dayStart, null);
                if (st.shipments > before && st.home < 0) {
                    st.home = st.firstSite;
                }
                if (st.remainingLines == 0) {
                    finish(st);
                } else {
                    backorders.add(st);
                }
            }
        }
    }

    private void endDay(int day) {
        double[] d = dayTally[day];
        for (int s = 0; s < net.sites; s++) {
            double[] t = siteTally[s];
            if (net.stocking[s]) {
                add(t, d, Measure.STOCK_UNIT_DAYS, stock.siteUnits[s]);
                if (net.storage[s] != null && net.storage[s] > 0) {
                    add(t, d, Measure.CAPACITY_UNIT_DAYS, net.storage[s]);
                    add(t, d, Measure.STOCK_AT_CAPACITY_SITES_UNIT_DAYS, stock.siteUnits[s]);
                }
                add(t, d, Measure.STOCKED_SKU_DAYS, targetsAt[s]);
                add(t, d, Measure.OUT_OF_STOCK_SKU_DAYS, stock.emptyTargets[s]);
            }
            if (net.open[s]) {
                add(t, d, Measure.ORDER_CAPACITY_DAYS, net.capacity[s]);
            }
            add(t, d, Measure.FIXED_COST, net.fixedPerDay[s]);
        }
        // only cells that lost stock since the last review can be below their target
        for (int c : stock.drainDirty()) {
            if (!replenishedCell[c]) {
                continue;
            }
            long want = net.target[c] - stock.get(c) - onOrder[c];
            if (want <= 0) {
                continue;
            }
            int site = c / k;
            int src = net.source[site] * k + c % k;
            int units = (int) Math.min(want, stock.get(src));
            if (units < want) {
                stock.markDirty(c); // ask the source again tomorrow
            }
            if (units <= 0) {
                continue;
            }
            stock.take(src, units);
            onOrder[c] += units;
            schedule(day + net.leadDays[site], c, units);
            add(
                    siteTally[site],
                    d,
                    Measure.REPLENISHMENT_COST,
                    units * net.sourceKm[site] * settings.replenishmentCostPerUnitKm());
        }
        for (int v = 0; v < vendorPairs.length; v++) {
            if (day % vendorReviewDays[v] != 0) {
                continue;
            }
            int c = vendorPairs[v];
            long want = vendorLevel[c] - stock.get(c) - onOrder[c];
            if (want > 0) {
                onOrder[c] += (int) want;
                schedule(day + vendorLeadDays[v], c, (int) want);
            }
        }
    }

    private static void add(double[] site, double[] day, Measure m, double value) {
        site[m.ordinal()] += value;
        day[m.ordinal()] += value;
    }

    private void schedule(int day, int cell, int units) {
        if (day < 0 || day >= days) {
            return; // arrives after the period
        }
        if (arrivalIndex[day] == null) {
            arrivalIndex[day] = new int[16];
            arrivalUnits[day] = new int[16];
        } else if (arrivals[day] == arrivalIndex[day].length) {
            arrivalIndex[day] = Arrays.copyOf(arrivalIndex[day], arrivals[day] * 2);
            arrivalUnits[day] = Arrays.copyOf(arrivalUnits[day], arrivals[day] * 2);
        }
        arrivalIndex[day][arrivals[day]] = cell;
        arrivalUnits[day][arrivals[day]++] = units;
    }

    /** Counts a finished order (every line shipped, lost, or still backordered at the end). */
    private void finish(OrderState st) {
        double[] t = st.home >= 0 ? siteTally[st.home] : outside;
        double[] d = dayTally[st.day];
        long units = st.units();
        add(t, d, Measure.ORDERS, 1);
        add(t, d, Measure.LINES, st.sku.length);
        add(t, d, Measure.UNITS, units);
        add(t, d, Measure.LINES_FILLED, st.linesFilled);
        add(t, d, Measure.UNITS_FILLED, st.unitsFilled);
        add(t, d, Measure.LOST_PENALTY, (units - st.unitsFilled) * settings.lostUnitPenalty());
        boolean filled = st.remainingLines == 0;
        if (filled) {
            add(t, d, Measure.ORDERS_FILLED, 1);
        }
        if (st.shipments > 0) {
            add(t, d, Measure.ORDERS_SHIPPED, 1);
            if ((st.tiersOf(st.firstSite) & SiteIndex.SAME_DAY) != 0) {
                add(t, d, Measure.ORDERS_LOCAL, 1);
            }
        }
        if (st.shipments > 1) {
            add(t, d, Measure.ORDERS_SPLIT, 1);
        }
        if (st.inSameDayZone) {
            add(t, d, Measure.ORDERS_IN_SAME_DAY_ZONE, 1);
        }
        NodeCode homeCode = st.home >= 0 ? net.nodes.get(st.home).code() : null;
        if (st.order.promisedBy() != null) {
            add(t, d, Measure.ORDERS_PROMISED, 1);
            boolean onTime =
                    filled && st.deliveredSecond <= st.order.promisedBy().getEpochSecond();
            if (onTime) {
                add(t, d, Measure.ORDERS_ON_TIME, 1);
            } else if (lateCount++ < SimulationResult.KEPT) {
                late.add(new LateOrder(
                        st.order.code(),
                        st.order.promisedBy(),
                        filled ? Instant.ofEpochSecond(st.deliveredSecond) : null,
                        homeCode));
            }
        }
        if (!filled) {
            LocalDate day = in.firstDay().plusDays(st.day);
            for (int l = 0; l < st.sku.length; l++) {
                if (!st.done[l] && lostCount++ < SimulationResult.KEPT) {
                    OrderLine line = st.order.lines().get(l);
                    lost.add(new LostLine(day, st.order.code(), line.sku(), line.quantity(), homeCode));
                }
            }
        }
    }

    private SimulationResult result() {
        Map<NodeCode, Totals> bySite = new LinkedHashMap<>();
        Totals network = new Totals(days, outside);
        for (int s = 0; s < net.sites; s++) {
            Totals t = new Totals(days, siteTally[s]);
            bySite.put(net.nodes.get(s).code(), t);
            network = network.plus(t);
        }
        List<DayTotals> byDay = new ArrayList<>(days);
        for (int day = 0; day < days; day++) {
            byDay.add(new DayTotals(in.firstDay().plusDays(day), new Totals(1, dayTally[day])));
        }
        List<NodeCode> codes = net.nodes.stream().map(n -> n.code()).toList();
        return new SimulationResult(
                settings,
                in.firstDay(),
                in.lastDay(),
                network,
                bySite,
                new Totals(days, outside),
                byDay,
                lost,
                lostCount,
                late,
                lateCount,
                new SuppliedStock(codes, net.skus, supplied.clone()));
    }

    /** A growable list of ints, so the pair lists are arrays without boxing. */
    private static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
