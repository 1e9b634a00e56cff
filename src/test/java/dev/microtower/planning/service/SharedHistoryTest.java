package dev.microtower.planning.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.app.OpenSession;
import dev.microtower.app.ScenarioService;
import dev.microtower.app.Stores;
import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.planning.engine.Planner;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.engine.RebalancingEngine;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import dev.microtower.store.OrderHistoryRevision;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one shared read of the order history on a real H2 file holding the mini demo: its slices are
 * what the store reads for the same days, a plan made from it equals a plan made by a fresh service
 * from its own read, and the scenarios and the backtest share it until the orders change.
 */
class SharedHistoryTest {
    private static final ScenarioId BASELINE = ScenarioId.BASELINE;

    @TempDir
    static Path dir;

    private static OpenSession session;
    private PlanningService planning;

    @BeforeAll
    static void openTheMiniDemo() {
        session = OpenSession.open(dir.resolve("db"));
        DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @BeforeEach
    void aFreshService() {
        planning = session.get(PlanningService.class);
        planning.clear();
    }

    @Test
    void aSliceHoldsExactlyWhatTheStoreReadsForThoseDays() {
        OrderRepository orders = session.get(OrderRepository.class);
        LocalDate last = orders.span().orElseThrow()[1].atZone(ZoneOffset.UTC).toLocalDate();
        SharedHistory history = new SharedHistory(orders);
        history.between(last.minusDays(120), last, Cancellation.none());
        for (int[] window : new int[][] {{120, 0}, {83, 0}, {27, 0}, {60, 30}, {0, 0}, {200, 150}}) {
            LocalDate first = last.minusDays(window[0]);
            LocalDate to = last.minusDays(window[1]);
            List<Order> slice = history.between(first, to, Cancellation.none());
            List<Order> read = orders.findBetween(
                    first.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            assertEquals(read, slice, "days " + first + ".." + to);
        }
        assertEquals(1, history.reads(), "the first read holds the whole history: no window needs another");
    }

    @Test
    void aPlanFromTheSharedHistoryEqualsAPlanFromAFreshRead() {
        // the shared copy first holds the backtest's longer window: the plan takes a slice of it
        planning.readAhead(planning.defaultBacktest().historyDaysNeeded(), Cancellation.none());
        Planner.Forecasted shared = planning.forecast(BASELINE, Progress.NONE, Cancellation.none());
        Stores stores = session.stores();
        PlanningService fresh = new PlanningService(
                new PlanningService.Sources(
                        stores.nodes(),
                        stores.skus(),
                        stores.stock(),
                        stores.orders(),
                        stores.zones(),
                        stores.rules(),
                        stores.scenarios()),
                Runnable::run);
        Planner.Forecasted own = fresh.forecast(BASELINE, Progress.NONE, Cancellation.none());

        assertFalse(own.inputs().history().isEmpty());
        assertEquals(own.inputs().history(), shared.inputs().history());
        assertEquals(own.inputs().firstDay(), shared.inputs().firstDay());
        assertEquals(own.inputs().lastDay(), shared.inputs().lastDay());
        Map<SeriesKey, SeriesForecast> expected = own.forecast().series();
        assertEquals(expected.keySet(), shared.forecast().series().keySet());
        expected.forEach((key, f) -> {
            SeriesForecast g = shared.forecast().series().get(key);
            assertEquals(f.method(), g.method(), key.toString());
            assertArrayEquals(f.daily(), g.daily(), key.toString());
        });
        assertEquals(
                own.allocate(AllocationSettings.DEFAULT).targets(),
                shared.allocate(AllocationSettings.DEFAULT).targets());
        assertEquals(plan(own), plan(shared));
    }

    @Test
    void everyScenarioAndTheBacktestShareOneReadUntilTheOrdersChange() {
        ScenarioId copy = session.get(ScenarioService.class)
                .copy(BASELINE, "shared history " + System.nanoTime())
                .id();
        int before = planning.historyReads();
        planning.readAhead(planning.defaultBacktest().historyDaysNeeded(), Cancellation.none());
        planning.forecast(BASELINE, Progress.NONE, Cancellation.none());
        planning.forecast(copy, Progress.NONE, Cancellation.none());
        planning.backtest(BASELINE, planning.defaultBacktest(), Progress.NONE, Cancellation.none());
        assertEquals(before + 1, planning.historyReads(), "one read for two scenarios and the backtest");

        int forecasts = planning.forecastsComputed();
        // what a write of orders does in its transaction: the forecast kept in the file is stale too
        OrderHistoryRevision.bump(session.database().dsl());
        planning.changed(new DataChange(copy, Set.of(DataKind.ORDERS), 1));
        planning.forecast(BASELINE, Progress.NONE, Cancellation.none());
        assertEquals(before + 2, planning.historyReads(), "the orders of every scenario changed");
        assertEquals(forecasts + 1, planning.forecastsComputed(), "the baseline forecasts again");
    }

    @Test
    void theCoverageCountsEveryOrderFromTheForecastsOneRead() {
        OrderRepository orders = session.get(OrderRepository.class);
        int before = planning.historyReads();
        planning.forecast(BASELINE, Progress.NONE, Cancellation.none());
        List<String> shared = customers(planning);
        assertEquals(before + 1, planning.historyReads(), "the coverage took the forecast's read");

        List<String> grouped = new ArrayList<>();
        orders.forEachCustomer((lat, lon, units) -> grouped.add(lat + " " + lon + " " + units));
        Collections.sort(grouped);
        assertEquals(orders.count(), shared.size(), "one point per order of the whole history");
        assertEquals(grouped, shared, "the same points and units as the store's grouped read");
    }

    @Test
    void aForecastAfterTheCoverageTakesASliceOfItsRead() {
        int before = planning.historyReads();
        List<String> points = customers(planning);
        planning.forecast(BASELINE, Progress.NONE, Cancellation.none());
        planning.backtest(BASELINE, planning.defaultBacktest(), Progress.NONE, Cancellation.none());
        assertFalse(points.isEmpty());
        assertEquals(before + 1, planning.historyReads(), "the coverage's read served the forecast and the backtest");
    }

    @Test
    void aCancelledCoverageReadsNothing() {
        int before = planning.historyReads();
        Cancellation cancelled = Cancellation.none();
        cancelled.cancel();
        CancelledException e = assertThrows(
                CancelledException.class, () -> planning.forEachCustomer((lat, lon, units) -> {}, cancelled));
        assertEquals(before, planning.historyReads());
        assertFalse(e.getMessage().contains("import"), e.getMessage());
    }

    /** The customer points the service hands to the coverage, as sorted text. */
    private static List<String> customers(PlanningService planning) {
        List<String> points = new ArrayList<>();
        planning.forEachCustomer((lat, lon, units) -> points.add(lat + " " + lon + " " + units), Cancellation.none());
        Collections.sort(points);
        return points;
    }

    private static RebalancingPlan plan(Planner.Forecasted f) {
        return new RebalancingEngine(RebalancingSettings.DEFAULT)
                .plan(
                        f.inputs().nodes(),
                        f.inputs().skus(),
                        f.inputs().stock(),
                        f.allocate(AllocationSettings.DEFAULT));
    }
}
