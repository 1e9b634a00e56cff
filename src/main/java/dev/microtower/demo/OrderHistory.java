package dev.microtower.demo;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.microtower.importexport.Layouts;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Simulates the order history day by day and streams it to orders and order lines: customers
 * around towns by population, weekday and time-of-day patterns, express baskets of fast movers and
 * regular baskets from the whole catalogue, two promotions, one local spike, and for each order the
 * nearest site whose zone covers the customer and that carries every line, else a DC. It records
 * recent demand and open-order reservations per site, from which the stock is then set.
 */
final class OrderHistory {
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    /** The demand window stock is sized from. */
    static final int RECENT_DAYS = 28;

    record Promotion(String name, String category, String tag, LocalDate from, LocalDate to, double uplift) {
        boolean runsOn(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    record Spike(String name, double lat, double lon, double sigmaKm, LocalDate from, LocalDate to, double extraShare) {
        boolean runsOn(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    static final List<Promotion> PROMOTIONS = List.of(
            new Promotion(
                    "Back to school",
                    SkuCatalogue.ELECTRONICS,
                    SkuCatalogue.TAG_BACK_TO_SCHOOL,
                    LocalDate.of(2026, 8, 10),
                    LocalDate.of(2026, 8, 23),
                    3.0),
            new Promotion(
                    "Halloween treats",
                    SkuCatalogue.GROCERY_AMBIENT,
                    SkuCatalogue.TAG_HALLOWEEN,
                    LocalDate.of(2026, 10, 19),
                    LocalDate.of(2026, 10, 31),
                    2.5));

    static final Spike SPIKE = new Spike(
            "Mission District street festival week",
            37.7599,
            -122.4148,
            0.9,
            LocalDate.of(2026, 9, 14),
            LocalDate.of(2026, 9, 20),
            0.06);

    /** Monday first: busy start of the week and Sunday, quiet Saturday. */
    private static final double[] WEEKDAY = {1.12, 1.02, 0.96, 0.98, 0.93, 0.86, 1.13};

    private static final double[] HOURS = {
        0.3, 0.15, 0.1, 0.1, 0.15, 0.4, 1.2, 2.5, 3.5, 3.6, 3.2, 3.0, 3.2, 2.9, 2.7, 2.8, 3.1, 3.6, 4.2, 4.4, 3.8, 2.8,
        1.6, 0.8
    };

    private static final String[] CHANNELS = {"web", "app", "marketplace"};
    private static final double[] CHANNEL_WEIGHTS = {0.42, 0.85, 1.0};

    private static final double GRID_DEGREES = 0.2;

    private final List<DemoNode> nodes;
    private final List<DemoSku> skus;
    private final BitSet[] assortments;
    private final DemandLedger[] ledgers;
    private final Rng rng;
    private final Instant asOf;
    private final double[] sdRadius;
    private final double[] ndRadius;
    private final Map<Long, List<Integer>> grid = new HashMap<>();
    private final List<Integer> dcs = new ArrayList<>();
    private final int expressCut;
    private final double[] townWeights = NetworkPlan.townWeights();
    private final double[] hourWeights = cumulative(HOURS);
    private final Map<Long, double[][]> skuWeightsByPromotions = new HashMap<>();
    // each SKU's first selling day as days before the last day of the history; -1: always sold
    private int[] launch;
    private LocalDate last;

    private long orders;
    private long lines;

    OrderHistory(
            List<DemoNode> nodes,
            List<DemoSku> skus,
            BitSet[] assortments,
            DemandLedger[] ledgers,
            Instant asOf,
            Rng rng) {
        this.nodes = nodes;
        this.skus = skus;
        this.assortments = assortments;
        this.ledgers = ledgers;
        this.asOf = asOf;
        this.rng = rng;
        this.expressCut = Assortments.expressCut(skus.size());
        this.sdRadius = new double[nodes.size()];
        this.ndRadius = new double[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            DemoNode node = nodes.get(i);
            sdRadius[i] = sameDayRadiusKm(node);
            ndRadius[i] = nextDayRadiusKm(node);
            if (node.local()) {
                grid.computeIfAbsent(cell(node.lat(), node.lon()), k -> new ArrayList<>())
                        .add(i);
            } else if (node.type() == NodeType.REGIONAL_DC && node.stocked()) {
                dcs.add(i);
            }
        }
    }

    static double sameDayRadiusKm(DemoNode node) {
        if (!node.local() || node.slaTier() != SlaTier.SAME_DAY) {
            return 0;
        }
        return node.type() == NodeType.DARK_STORE ? 3.5 : 6.0;
    }

    static double nextDayRadiusKm(DemoNode node) {
        if (!node.local() || node.type() == NodeType.DARK_STORE) {
            return 0;
        }
        return switch (node.type()) {
            case MICRO_FULFILLMENT_CENTER -> node.slaTier() == SlaTier.SAME_DAY ? 16.0 : 15.0;
            case MICRO_HUB -> 25.0;
            default -> 8.0;
        };
    }

    long orders() {
        return orders;
    }

    long lines() {
        return lines;
    }

    private record Line(int sku, int quantity) {}

    private record Draft(
            Instant createdAt,
            Instant promisedBy,
            String channel,
            double lat,
            double lon,
            int node,
            List<Line> lines,
            int sequence) {}

    /** SKUs that sell only from their launch day on ({@code daysBeforeEnd[sku]} before the history's last day; -1: always). */
    OrderHistory launching(int[] daysBeforeEnd) {
        this.launch = daysBeforeEnd.clone();
        return this;
    }

    private double localMix;
    private long localSeed;

    /**
     * This share of the SKUs are local favourites in each region of the network (San Francisco, the
     * Peninsula, the East Bay, …; drawn per region and SKU from {@code seed}), selling {@link
     * DemoOptions#LOCAL_BOOST} times more to its customers: a basket line is drawn from the network's
     * popularity and kept with probability (the line's boost in the customer's region / the boost).
     * 0 leaves the draws exactly as they were.
     */
    OrderHistory localMix(double share, long seed) {
        this.localMix = share;
        this.localSeed = seed;
        return this;
    }

    /** Whether the SKU is a local favourite of the region (a hash of seed, region and SKU: no draw from the order stream). */
    private boolean favourite(int town, int sku) {
        long h = localSeed * 0x9E3779B97F4A7C15L + town * 0xC2B2AE3D27D4EB4FL + sku * 0x165667B19E3779F9L;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53 < localMix;
    }

    void write(LocalDate first, LocalDate last, int ordersPerDay, CsvWriter orderCsv, CsvWriter lineCsv)
            throws IOException {
        this.last = last;
        orderCsv.writeRecord(Layouts.ORDERS.names());
        lineCsv.writeRecord(Layouts.ORDER_LINES.names());
        long totalDays = last.toEpochDay() - first.toEpochDay() + 1;
        LocalDate recentFrom = last.minusDays(RECENT_DAYS - 1);
        int codeWidth = 8;
        for (long epochDay = first.toEpochDay(); epochDay <= last.toEpochDay(); epochDay++) {
            LocalDate day = LocalDate.ofEpochDay(epochDay);
            double progress = (day.toEpochDay() - first.toEpochDay()) / (double) totalDays;
            boolean promoting = PROMOTIONS.stream().anyMatch(p -> p.runsOn(day));
            double expected = ordersPerDay
                    * WEEKDAY[day.getDayOfWeek().getValue() - 1]
                    * (0.95 + 0.1 * progress)
                    * (promoting ? 1.05 : 1.0);
            int count = (int) Math.max(0, Math.round(expected * (1 + 0.05 * rng.gaussian())));
            int spikeCount = SPIKE.runsOn(day) ? (int) Math.round(ordersPerDay * SPIKE.extraShare()) : 0;
            double[][] weights = skuWeights(day);
            List<Draft> drafts = new ArrayList<>(count + spikeCount);
            for (int i = 0; i < count + spikeCount; i++) {
                drafts.add(draft(day, i >= count, weights, i));
            }
            // codes follow time, so the files sorted by code are also sorted by time
            drafts.sort(Comparator.comparing(Draft::createdAt).thenComparingInt(Draft::sequence));
            boolean recent = !day.isBefore(recentFrom);
            for (Draft d : drafts) {
                orders++;
                String code = "SO-" + SkuCatalogue.zeroPad((int) orders, codeWidth);
                DemoNode node = nodes.get(d.node());
                orderCsv.writeRecord(
                        code,
                        d.createdAt().toString(),
                        d.promisedBy().toString(),
                        d.channel(),
                        Fixed.format(d.lat(), 4),
                        Fixed.format(d.lon(), 4),
                        node.code());
                boolean open = d.promisedBy().isAfter(asOf);
                int lineNo = 0;
                for (Line line : d.lines()) {
                    lines++;
                    lineCsv.writeRecord(
                            code,
                            Integer.toString(++lineNo),
                            skus.get(line.sku()).code(),
                            Integer.toString(line.quantity()));
                    if (recent) {
                        ledgers[d.node()].addDemand(line.sku(), line.quantity());
                    }
                    if (open) {
                        ledgers[d.node()].reserve(line.sku(), line.quantity());
                    }
                }
            }
        }
    }

    private Draft draft(LocalDate day, boolean spike, double[][] weights, int sequence) {
        int hour = rng.pickCumulative(hourWeights);
        LocalTime time = LocalTime.of(hour, rng.nextInt(60), rng.nextInt(60));
        Instant created = day.atTime(time).atZone(PACIFIC).toInstant();
        double[] at;
        int townIndex;
        if (spike) {
            Town centre = new Town("San Francisco", "Mission", BayArea.SAN_FRANCISCO, SPIKE.lat(), SPIKE.lon(), 0, "");
            at = NetworkPlan.nearTown(centre, SPIKE.sigmaKm(), rng);
            townIndex = -1;
        } else {
            Town town = BayArea.TOWNS.get(rng.pickCumulative(townWeights));
            // local favourites go by region: a town is smaller than a site's zone, a region is not
            townIndex = town.region().hashCode() & 0x7fffffff;
            at = NetworkPlan.nearTown(town, town.spreadKm(), rng);
        }
        double lat = Fixed.round(at[0], 4);
        double lon = Fixed.round(at[1], 4);
        double c = rng.nextDouble();
        String channel = c < CHANNEL_WEIGHTS[0] ? CHANNELS[0] : c < CHANNEL_WEIGHTS[1] ? CHANNELS[1] : CHANNELS[2];
        boolean express = rng.chance(channel.equals("app") ? 0.45 : 0.25) || (spike && rng.chance(0.5));
        List<Line> basket = basket(express, weights, townIndex);
        boolean wantsNextDay = rng.chance(0.12);

        int sameDay = -1;
        int nextDay = -1;
        double sameDayKm = Double.MAX_VALUE;
        double nextDayKm = Double.MAX_VALUE;
        long home = cell(lat, lon);
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                List<Integer> inCell = grid.get(home + dx * 100_000L + dy);
                if (inCell == null) {
                    continue;
                }
                for (int i : inCell) {
                    DemoNode node = nodes.get(i);
                    if (!node.shipsOn(day)) {
                        continue;
                    }
                    double km = node.distanceKm(lat, lon);
                    boolean sd = km <= sdRadius[i] && km < sameDayKm;
                    boolean nd = km <= ndRadius[i] && km < nextDayKm;
                    if ((sd || nd) && carriesAll(i, basket)) {
                        if (sd) {
                            sameDay = i;
                            sameDayKm = km;
                        }
                        if (nd) {
                            nextDay = i;
                            nextDayKm = km;
                        }
                    }
                }
            }
        }
        int node;
        SlaTier tier;
        if (sameDay >= 0 && !(wantsNextDay && nextDay >= 0)) {
            node = sameDay;
            tier = SlaTier.SAME_DAY;
        } else if (nextDay >= 0) {
            node = nextDay;
            tier = SlaTier.NEXT_DAY;
        } else if (sameDay >= 0) {
            node = sameDay;
            tier = SlaTier.NEXT_DAY;
        } else {
            node = nearestDc(lat, lon);
            tier = SlaTier.REPLENISHMENT_HUB;
        }
        return new Draft(created, promise(day, time, tier), channel, lat, lon, node, basket, sequence);
    }

    /** Same day before the 2 pm cut-off (by 9 pm), else next day by noon; next day by 9 pm; from a DC in two days. */
    private static Instant promise(LocalDate day, LocalTime time, SlaTier tier) {
        LocalTime evening = LocalTime.of(21, 0);
        return switch (tier) {
            case SAME_DAY ->
                time.isBefore(LocalTime.of(14, 0))
                        ? day.atTime(evening).atZone(PACIFIC).toInstant()
                        : day.plusDays(1).atTime(LocalTime.NOON).atZone(PACIFIC).toInstant();
            case NEXT_DAY -> day.plusDays(1).atTime(evening).atZone(PACIFIC).toInstant();
            case REPLENISHMENT_HUB ->
                day.plusDays(2).atTime(evening).atZone(PACIFIC).toInstant();
        };
    }

    private List<Line> basket(boolean express, double[][] weights, int town) {
        int size = 1;
        double more = express ? 0.45 : 0.65;
        int max = express ? 4 : 15;
        while (size < max && rng.chance(more)) {
            size++;
        }
        double[] cumulative = express ? weights[1] : weights[0];
        List<Line> basket = new ArrayList<>(size);
        BitSet chosen = new BitSet();
        for (int i = 0; i < size; i++) {
            int sku = -1;
            for (int attempt = 0; attempt < 10 && sku < 0; attempt++) {
                int candidate = rng.pickCumulative(cumulative);
                if (express) {
                    candidate = expressSkus[candidate];
                }
                // the region's mix: a line that is no local favourite is kept 1 time in LOCAL_BOOST
                for (int redraw = 0;
                        localMix > 0
                                && town >= 0
                                && redraw < 64
                                && !favourite(town, candidate)
                                && !rng.chance(1 / DemoOptions.LOCAL_BOOST);
                        redraw++) {
                    candidate = rng.pickCumulative(cumulative);
                    if (express) {
                        candidate = expressSkus[candidate];
                    }
                }
                if (!chosen.get(candidate)) {
                    sku = candidate;
                }
            }
            if (sku < 0) {
                continue;
            }
            chosen.set(sku);
            double q = rng.nextDouble();
            int quantity = q < 0.55 ? 1 : q < 0.8 ? 2 : q < 0.9 ? 3 : rng.between(4, 8);
            basket.add(new Line(sku, quantity));
        }
        return basket;
    }

    private int[] expressSkus;

    /** Cumulative popularity for the whole catalogue and for the express set, with promotions applied. */
    private double[][] skuWeights(LocalDate day) {
        if (expressSkus == null) {
            expressSkus = skus.stream()
                    .filter(s -> Assortments.express(s, expressCut))
                    .mapToInt(DemoSku::index)
                    .toArray();
        }
        int mask = 0;
        for (int p = 0; p < PROMOTIONS.size(); p++) {
            if (PROMOTIONS.get(p).runsOn(day)) {
                mask |= 1 << p;
            }
        }
        int promotions = mask;
        // SKUs not launched yet sell nothing; the launched set grows with the days, so its size names it
        int daysBeforeEnd = last == null ? 0 : (int) (last.toEpochDay() - day.toEpochDay());
        int waiting = 0;
        if (launch != null) {
            for (int d : launch) {
                if (d >= 0 && d < daysBeforeEnd) {
                    waiting++;
                }
            }
        }
        long key = mask | ((long) waiting << 32);
        return skuWeightsByPromotions.computeIfAbsent(key, k -> {
            double[] weight = new double[skus.size()];
            for (DemoSku sku : skus) {
                if (launch != null && launch[sku.index()] >= 0 && launch[sku.index()] < daysBeforeEnd) {
                    continue;
                }
                double w = sku.popularity();
                for (int p = 0; p < PROMOTIONS.size(); p++) {
                    Promotion promotion = PROMOTIONS.get(p);
                    if ((promotions & (1 << p)) != 0
                            && sku.category().equals(promotion.category())
                            && sku.tags().contains(promotion.tag())) {
                        w *= promotion.uplift();
                    }
                }
                weight[sku.index()] = w;
            }
            double[] express = new double[expressSkus.length];
            for (int i = 0; i < expressSkus.length; i++) {
                express[i] = weight[expressSkus[i]];
            }
            return new double[][] {cumulative(weight), cumulative(express)};
        });
    }

    private boolean carriesAll(int node, List<Line> basket) {
        BitSet carried = assortments[node];
        for (Line line : basket) {
            if (!carried.get(line.sku())) {
                return false;
            }
        }
        return true;
    }

    private int nearestDc(double lat, double lon) {
        int best = -1;
        double bestKm = Double.MAX_VALUE;
        for (int i : dcs) {
            double km = nodes.get(i).distanceKm(lat, lon);
            if (km < bestKm) {
                bestKm = km;
                best = i;
            }
        }
        return best;
    }

    private static long cell(double lat, double lon) {
        long row = (long) Math.floor((lat + 90) / GRID_DEGREES);
        long col = (long) Math.floor((lon + 180) / GRID_DEGREES);
        return row * 100_000L + col;
    }

    static double[] cumulative(double[] weights) {
        double[] cumulative = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            cumulative[i] = total;
        }
        return cumulative;
    }
}
