package dev.microtower.heatmaps.engine;

import static dev.microtower.testing.Fixtures.sku;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.WebMercator;
import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.heatmaps.domain.DemandFilter;
import dev.microtower.heatmaps.domain.DemandPeriod;
import dev.microtower.inventory.domain.Sku;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Hexagon counts against a direct count: every order goes to the hexagon centre nearest to it. */
class HexBinnerTest {
    private static final List<Sku> SKUS = List.of(sku("A", "dairy"), sku("B", "dairy"), sku("C", "frozen"));
    private static final int FIRST_DAY = 20_000;
    private static final HexGrid GRID = new HexGrid(10 / Math.pow(2, 11)); // 10 px at zoom 11

    /** One made-up order: world position, day, and units per SKU index (0 = no line). */
    private record Sample(double x, double y, int day, int[] units) {}

    private static final List<Sample> SAMPLES = samples(3_000, 5);
    private static final OrderColumns COLUMNS = columns(SAMPLES);
    private final HexBinner binner = new HexBinner(COLUMNS, SKUS);

    @Test
    void everyOrderIsCountedInTheHexagonWhoseCentreIsNearest() {
        DemandFilter all = new DemandFilter(FIRST_DAY, FIRST_DAY + 100, AssortmentFilter.ALL);
        assertMatchesDirectCount(binner.bin(all, GRID), sample -> true, sample -> sum(sample.units()));
        assertEquals(SAMPLES.size(), binner.bin(all, GRID).totalOrders());
    }

    @Test
    void thePeriodKeepsOnlyItsDays() {
        DemandFilter week = new DemandFilter(FIRST_DAY + 10, FIRST_DAY + 16, AssortmentFilter.ALL);
        assertMatchesDirectCount(
                binner.bin(week, GRID),
                s -> s.day() >= FIRST_DAY + 10 && s.day() <= FIRST_DAY + 16,
                s -> sum(s.units()));
    }

    @Test
    void aSkuOrCategoryCountsOrdersWithOneOfItsLinesAndOnlyThoseLinesUnits() {
        DemandFilter frozen = new DemandFilter(FIRST_DAY, FIRST_DAY + 100, AssortmentFilter.category("frozen"));
        assertMatchesDirectCount(binner.bin(frozen, GRID), s -> s.units()[2] > 0, s -> s.units()[2]);
        DemandFilter skuB = new DemandFilter(FIRST_DAY, FIRST_DAY + 100, AssortmentFilter.sku(SKUS.get(1)));
        assertMatchesDirectCount(binner.bin(skuB, GRID), s -> s.units()[1] > 0, s -> s.units()[1]);
        DemandFilter dairy = new DemandFilter(FIRST_DAY, FIRST_DAY + 100, AssortmentFilter.category("dairy"));
        assertMatchesDirectCount(
                binner.bin(dairy, GRID), s -> s.units()[0] + s.units()[1] > 0, s -> s.units()[0] + s.units()[1]);
    }

    @Test
    void aCancelledCountStopsWithNothing() {
        DemandFilter all = new DemandFilter(FIRST_DAY, FIRST_DAY + 100, AssortmentFilter.ALL);
        assertSame(HexBins.EMPTY, binner.bin(all, GRID, () -> true));
    }

    @Test
    void periodsCountBackFromTheNewestDayAndNeverBeforeTheOldest() {
        assertEquals(FIRST_DAY + 94, DemandPeriod.LAST_7_DAYS.firstDay(FIRST_DAY, FIRST_DAY + 100));
        assertEquals(FIRST_DAY, DemandPeriod.LAST_84_DAYS.firstDay(FIRST_DAY, FIRST_DAY + 50));
        assertEquals(FIRST_DAY, DemandPeriod.ALL_HISTORY.firstDay(FIRST_DAY, FIRST_DAY + 500));
    }

    private static void assertMatchesDirectCount(
            HexBins bins, Predicate<Sample> counted, java.util.function.ToLongFunction<Sample> units) {
        Map<Long, long[]> expected = new HashMap<>(); // key -> {orders, units}
        double minX = SAMPLES.stream().mapToDouble(Sample::x).min().orElseThrow();
        double maxX = SAMPLES.stream().mapToDouble(Sample::x).max().orElseThrow();
        double minY = SAMPLES.stream().mapToDouble(Sample::y).min().orElseThrow();
        double maxY = SAMPLES.stream().mapToDouble(Sample::y).max().orElseThrow();
        double s = GRID.size();
        int r0 = (int) Math.floor(minY / (1.5 * s)) - 2, r1 = (int) Math.ceil(maxY / (1.5 * s)) + 2;
        for (Sample sample : SAMPLES) {
            if (!counted.test(sample)) {
                continue;
            }
            long best = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int r = r0; r <= r1; r++) {
                int q0 = (int) Math.floor(minX / (Math.sqrt(3) * s) - r / 2.0) - 2;
                int q1 = (int) Math.ceil(maxX / (Math.sqrt(3) * s) - r / 2.0) + 2;
                for (int q = q0; q <= q1; q++) {
                    double dx = GRID.centreX(q, r) - sample.x(), dy = GRID.centreY(r) - sample.y();
                    double d = dx * dx + dy * dy;
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = HexGrid.key(q, r);
                    }
                }
            }
            long[] tally = expected.computeIfAbsent(best, k -> new long[2]);
            tally[0]++;
            tally[1] += units.applyAsLong(sample);
        }
        assertTrue(expected.size() > 20, "the samples should spread over many hexagons: " + expected.size());
        assertEquals(expected.size(), bins.size());
        for (int i = 0; i < bins.size(); i++) {
            long[] tally = expected.get(bins.key(i));
            assertEquals(tally[0], bins.orders(i), "orders in hexagon " + i);
            assertEquals(tally[1], bins.units(i), "units in hexagon " + i);
        }
    }

    private static long sum(int[] units) {
        long total = 0;
        for (int u : units) {
            total += u;
        }
        return total;
    }

    private static List<Sample> samples(int count, long seed) {
        Random random = new Random(seed);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double lat = 37.7 + random.nextGaussian() * 0.03, lon = -122.4 + random.nextGaussian() * 0.03;
            int[] units = new int[SKUS.size()];
            units[random.nextInt(units.length)] = 1 + random.nextInt(4);
            if (random.nextBoolean()) {
                units[random.nextInt(units.length)] += 1 + random.nextInt(3);
            }
            samples.add(new Sample(
                    WebMercator.worldX(lon), WebMercator.worldY(lat), FIRST_DAY + random.nextInt(30), units));
        }
        return samples;
    }

    private static OrderColumns columns(List<Sample> samples) {
        OrderColumns.Builder builder =
                OrderColumns.builder(SKUS.stream().map(Sku::code).toList());
        for (Sample s : samples) {
            builder.order(WebMercator.lat(s.y()), WebMercator.lon(s.x()), s.day());
            for (int k = 0; k < s.units().length; k++) {
                if (s.units()[k] > 0) {
                    builder.line(k, s.units()[k]);
                }
            }
        }
        return builder.build();
    }
}
