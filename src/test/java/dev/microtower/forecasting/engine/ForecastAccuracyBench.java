package dev.microtower.forecasting.engine;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.demo.DemoNetworkGenerator;
import dev.microtower.demo.DemoOptions;
import dev.microtower.forecasting.domain.Backtest;
import dev.microtower.forecasting.domain.BacktestLevel;
import dev.microtower.forecasting.domain.BacktestRow;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.ServiceReplay;
import dev.microtower.importexport.Importer;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.orders.domain.Order;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.store.Database;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Out-of-sample accuracy of the forecasts, against seasonal naive on the same days, on the demo
 * network (69 sites, 2,000 SKUs, 120 days, 1,500 orders a day) and on a sparse one from the same
 * generator ({@link #SPARSE}: 5,000 SKUs, 60 orders a day, a long tail and new SKUs): every level's MASE, WAPE and bias, and the goal of the
 * issue, site totals and network MASE at most 0.85 × seasonal naive, and the service replay's fill
 * rate within 2 points of the plan's service level with no more stock than the same policy on
 * seasonal naive, checked and printed (not asserted: the figures are what they are). Run with {@code ./mvnw -Pbench test
 * -Dtest=ForecastAccuracyBench}.
 */
@Tag("bench")
class ForecastAccuracyBench {
    /** Few orders and a long tail: 5,000 SKUs, 60 orders a day, popularity 1/k^0.8, 10 % of SKUs new in the last 4 weeks. */
    static final DemoOptions SPARSE = new DemoOptions(
            DemoOptions.DEFAULT_SEED, DemoOptions.bayAreaNodes(), 5_000, DemoOptions.DEFAULT_DAYS, 60, 0.8, 0.10);

    /** {@link #SPARSE} with a site-specific mix: a fifth of the SKUs are each region's local favourites (--local-mix 0.2). */
    static final DemoOptions SPARSE_LOCAL = SPARSE.withLocalMix(0.2);

    @TempDir
    Path dir;

    @Test
    void demoNetwork() throws Exception {
        String ready = System.getProperty("microtower.bench.db");
        if (ready != null) {
            // the ready-made demo image (the same generator and options), copied so the bench never writes to it
            Path db = dir.resolve("demo-db");
            Files.copy(Path.of(ready + ".mv.db"), Path.of(db + ".mv.db"));
            measure("demo", DemoOptions.bayArea(), db);
        } else {
            run("demo", DemoOptions.bayArea());
        }
    }

    @Test
    void sparseNetwork() throws Exception {
        run("sparse", SPARSE);
    }

    @Test
    void sparseNetworkWithALocalMix() throws Exception {
        run("sparse-local", SPARSE_LOCAL);
    }

    private void run(String name, DemoOptions options) throws Exception {
        Path files = dir.resolve(name);
        DemoNetworkGenerator.generate(options, files);
        Path db = dir.resolve(name + "-db");
        try (Database database = Database.open(db)) {
            new Importer(database).importPath(files, ScenarioId.BASELINE);
        }
        measure(name, options, db);
    }

    /**
     * Seconds for the same backtest without the service replay and with it, one after the other on
     * the same history read once (the service's window: the evaluated days and one training window
     * ending on the last day of the backtest): the replay's cost next to its reference.
     */
    private static double[] withoutReplay(OpenSession session, Backtest backtest, BacktestSettings settings) {
        PlanningService planning = session.planning();
        ZoneId zone = planning.timeZone(ScenarioId.BASELINE);
        LocalDate last = backtest.origins().get(backtest.origins().size() - 1).plusDays(backtest.horizonDays() - 1L);
        LocalDate first = last.minusDays(settings.historyDaysNeeded() - 1L);
        List<Order> orders = planning.ordersBetween(
                first.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                last.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant(),
                Cancellation.none());
        DemandHistory demand = new DemandBuilder(
                        session.stores().nodes().findAll(ScenarioId.BASELINE),
                        session.stores().zones().findAll(ScenarioId.BASELINE),
                        zone)
                .build(orders, first, last);
        Map<SkuCode, String> category = new HashMap<>();
        for (Sku s : session.stores().skus().findAll()) {
            category.put(s.code(), s.category());
        }
        long t0 = System.nanoTime();
        new Backtester(settings, planning.planner().executor())
                .run(demand, category::get, category.keySet(), Progress.NONE, Cancellation.none());
        double without = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        new Backtester(settings, planning.planner().executor())
                .replayingAt(0.95)
                .run(demand, category::get, category.keySet(), Progress.NONE, Cancellation.none());
        return new double[] {without, (System.nanoTime() - t1) / 1e9};
    }

    private void measure(String name, DemoOptions options, Path db) throws Exception {
        try (OpenSession session = OpenSession.open(db)) {
            PlanningService planning = session.get(PlanningService.class);
            long t0 = System.nanoTime();
            Backtest backtest = planning.backtest(
                    ScenarioId.BASELINE, planning.defaultBacktest(), Progress.NONE, Cancellation.none());
            double seconds = (System.nanoTime() - t0) / 1e9;
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            // the reference in the same run: the same backtest without the service replay (its forecasts
            // and scores alone), on the history the service has already read
            double[] engine = withoutReplay(session, backtest, planning.defaultBacktest());
            System.out.printf(
                    Locale.ROOT,
                    "%n[%s] %d SKUs, %d orders a day, %d days; backtest %.1f s (reading the history included);"
                            + " on the same history: without the service replay %.1f s, with it %.1f s;"
                            + " load average %.2f then %.2f on %d cores%n",
                    name,
                    options.skus(),
                    options.ordersPerDay(),
                    options.days(),
                    seconds,
                    engine[0],
                    engine[1],
                    load,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            backtest.describe().forEach(line -> System.out.println("[" + name + "] " + line));
            Map<BacktestLevel, BacktestRow> pooled = backtest.pooled();
            for (BacktestLevel level : new BacktestLevel[] {BacktestLevel.NODE, BacktestLevel.NETWORK}) {
                BacktestRow p = pooled.get(level);
                double goal = 0.85 * p.naiveMase();
                System.out.printf(
                        Locale.ROOT,
                        "[%s] goal %s: MASE %.3f <= 0.85 x seasonal naive %.3f = %.3f: %s%n",
                        name,
                        level.label(),
                        p.mase(),
                        p.naiveMase(),
                        goal,
                        p.mase() <= goal ? "met" : "NOT met");
            }
            ServiceReplay replay = backtest.replay();
            System.out.printf(
                    Locale.ROOT,
                    "[%s] goal replay at one cycle level for the network: fill rate %.1f %% within 2 points of the %.1f %% target: %s;"
                            + " stock %.0f <= seasonal naive's %.0f (its fill rate %.1f %%): %s%n",
                    name,
                    100 * replay.fillRate(),
                    100 * replay.serviceLevel(),
                    Math.abs(replay.fillRate() - replay.serviceLevel()) <= 0.02 ? "met" : "NOT met",
                    replay.meanStock(),
                    replay.naiveMeanStock(),
                    100 * replay.naiveFillRate(),
                    replay.meanStock() <= replay.naiveMeanStock() ? "met" : "NOT met");
            System.out.printf(
                    Locale.ROOT,
                    "[%s] goal replay as the plan's safety stock reads the level (one safety factor, whole units):"
                            + " fill rate %.1f %% within 2 points of %.1f %%: %s; stock %.0f <= seasonal naive's %.0f"
                            + " (its fill rate %.1f %%): %s%n",
                    name,
                    100 * replay.fillRateAsPlanned(),
                    100 * replay.serviceLevel(),
                    Math.abs(replay.fillRateAsPlanned() - replay.serviceLevel()) <= 0.02 ? "met" : "NOT met",
                    replay.meanStockAsPlanned(),
                    replay.naiveMeanStockAsPlanned(),
                    100 * replay.naiveFillRateAsPlanned(),
                    replay.meanStockAsPlanned() <= replay.naiveMeanStockAsPlanned() ? "met" : "NOT met");
            System.out.printf(
                    Locale.ROOT,
                    "[%s] like for like: stock to fill exactly %.1f %% forecast %.0f, seasonal naive %.0f (NaN: not"
                            + " reachable); holding seasonal naive's stock the forecast fills %.1f %% (naive %.1f %%)%n",
                    name,
                    100 * replay.serviceLevel(),
                    replay.meanStockAtTarget(),
                    replay.naiveMeanStockAtTarget(),
                    100 * replay.fillRateAtNaiveStock(),
                    100 * replay.naiveFillRate());
            BacktestRow bottom = pooled.get(BacktestLevel.NODE_SKU);
            System.out.printf(
                    Locale.ROOT,
                    "[%s] site x SKU: RMSSE %.3f (seasonal naive %.3f); %.1f %% of units on series with no history%n",
                    name,
                    bottom.rmsse(),
                    bottom.naiveRmsse(),
                    100 * bottom.shareWithoutHistory());
        }
    }
}
