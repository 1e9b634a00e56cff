package dev.microtower.planning.service;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.Backtest;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.ForecastCodec;
import dev.microtower.forecasting.engine.BacktestSettings;
import dev.microtower.forecasting.engine.Backtester;
import dev.microtower.forecasting.engine.DemandBuilder;
import dev.microtower.forecasting.engine.NetworkTimeZone;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.store.CustomerLocations;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.planning.domain.DeferredOrders;
import dev.microtower.planning.domain.PlanningInputs;
import dev.microtower.planning.engine.Planner;
import dev.microtower.planning.store.ForecastStore;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The planning chain for the window and the command line: a scenario's inputs read once and its
 * demand forecast computed once, kept until a change makes them stale, and served to Plan, the
 * stock heatmap and the rules preview alike. Without it each of them read the history and
 * forecast on its own, and up to three forecasts of the same data were held at once.
 *
 * <p>A change of stock or rules keeps the forecast (it does not depend on them) and reads only
 * those again; a change of sites, orders, zones or demand multipliers drops it. The order history,
 * which every scenario shares, is read once into a {@link SharedHistory} and served to the forecasts
 * of every scenario and to the backtest as slices of that one list, until the orders change: reading
 * it was most of a plan's time. Callers on several threads asking for the same scenario wait for
 * one computation. Toolkit-free and thread-safe.
 */
public final class PlanningService implements CustomerLocations.Source {
    private static final System.Logger LOG = System.getLogger(PlanningService.class.getName());

    /** What the user is told when a forecast made could not be kept in the file. */
    public static final String FORECAST_NOT_KEPT =
            "the forecast could not be kept in the file, so the next opening forecasts again";

    /** Twelve weeks: enough for weekly seasonality and for the forecast's hold-out. */
    public static final int DEFAULT_HISTORY_DAYS = 84;

    /** The fewest days a forecast can be made from: three weeks. */
    public static final int MIN_HISTORY_DAYS = 21;

    private static final Set<DataKind> FORECAST_INPUTS =
            EnumSet.of(DataKind.NETWORK, DataKind.ORDERS, DataKind.ZONES, DataKind.DEMAND_MULTIPLIERS);
    private static final Set<DataKind> PLAN_INPUTS = EnumSet.of(DataKind.STOCK, DataKind.RULES);

    /** The stores the planning chain reads. */
    public record Sources(
            NodeRepository nodes,
            SkuRepository skus,
            StockRepository stock,
            OrderRepository orders,
            ZoneRepository zones,
            RuleRepository rules,
            ScenarioRepository scenarios,
            ForecastStore forecasts) {
        public Sources {
            Objects.requireNonNull(forecasts, "forecasts");
        }

        /** Stores that keep no forecast: every forecast is computed (ADR 0016's store left out). */
        public Sources(
                NodeRepository nodes,
                SkuRepository skus,
                StockRepository stock,
                OrderRepository orders,
                ZoneRepository zones,
                RuleRepository rules,
                ScenarioRepository scenarios) {
            this(nodes, skus, stock, orders, zones, rules, scenarios, ForecastStore.NONE);
        }
    }

    private final Sources stores;
    private final Planner planner;
    private final int historyDays;
    private final Map<ScenarioId, Entry> cache = new HashMap<>();
    private final Map<ScenarioId, Object> locks = new HashMap<>();
    private final AtomicInteger forecastsComputed = new AtomicInteger();
    private final AtomicInteger backtestsComputed = new AtomicInteger();
    private final AtomicInteger storedForecastsUsed = new AtomicInteger();
    private final AtomicInteger forecastsStored = new AtomicInteger();
    private final AtomicInteger storedCustomersUsed = new AtomicInteger();
    private final AtomicInteger forecastsNotKept = new AtomicInteger();
    private final Map<ScenarioId, Map<BacktestSettings, Backtest>> backtests = new HashMap<>();
    private final SharedHistory history;

    /**
     * The changes announced per scenario since this service began (guarded by {@code cache}): a
     * forecast read before a change and kept after it would otherwise keep what the change made
     * stale, since {@link #changed} finds no entry to drop or mark while it is being made.
     */
    private final Map<ScenarioId, Changes> changes = new HashMap<>();

    /** Orders changes and {@link #clear()}s: they make every scenario's reads stale (guarded by {@code cache}). */
    private long everyScenario;

    /** How many changes of a scenario's forecast inputs and of its stock or rules were announced. */
    private static final class Changes {
        long forecastInputs;
        long planInputs;
    }

    /** The change counts of a scenario at one moment, taken before its reads. */
    private record Seen(long everyScenario, long forecastInputs, long planInputs) {}

    private static final class Entry {
        final Planner.Forecasted forecasted;
        final String fingerprint;
        volatile boolean inputsStale;

        Entry(Planner.Forecasted forecasted, String fingerprint) {
            this.forecasted = forecasted;
            this.fingerprint = fingerprint;
        }
    }

    /** Forecasts and backtests run their parallel steps on {@code executor} (the compute lane's in the window). */
    public PlanningService(Sources stores, Executor executor) {
        this(stores, Planner.defaults(executor), DEFAULT_HISTORY_DAYS);
    }

    public PlanningService(Sources stores, Planner planner, int historyDays) {
        this.stores = Objects.requireNonNull(stores);
        this.planner = Objects.requireNonNull(planner);
        if (historyDays < MIN_HISTORY_DAYS) {
            throw new IllegalArgumentException(
                    "the history must span at least " + MIN_HISTORY_DAYS + " days (three weeks), not " + historyDays);
        }
        this.historyDays = historyDays;
        this.history =
                new SharedHistory(stores.orders(), () -> stores.forecasts().historyStamp());
    }

    /** The planner this service forecasts with: its settings and the network's local days. */
    public Planner planner() {
        return planner;
    }

    /**
     * The scenario's inputs and forecast, from the cache when they are still current. Cancelling
     * between the steps throws {@link CancelledException} and keeps nothing.
     */
    public Planner.Forecasted forecast(ScenarioId scenario, Progress progress, Cancellation cancellation) {
        synchronized (lockOf(scenario)) {
            Entry entry;
            Seen seen;
            synchronized (cache) {
                entry = cache.get(scenario);
                seen = seen(scenario);
            }
            if (entry != null && !entry.inputsStale) {
                return entry.forecasted;
            }
            Planner.Forecasted result;
            String fingerprint = entry == null ? null : entry.fingerprint;
            if (entry != null) {
                progress.progress(-1, 1, "Reading stock and rules…");
                PlanningInputs was = entry.forecasted.inputs();
                PlanningInputs inputs = new PlanningInputs(
                        was.scenario(),
                        was.nodes(),
                        was.skus(),
                        stores.stock().findAll(scenario),
                        was.zones(),
                        stores.rules().findAll(scenario),
                        was.multipliers(),
                        was.history(),
                        was.firstDay(),
                        was.lastDay(),
                        was.timeZone());
                result = entry.forecasted.with(inputs);
            } else {
                progress.progress(-1, 1, "Reading the network…");
                Fresh fresh = fresh(scenarioNamed(scenario), false, progress, cancellation);
                result = fresh.forecasted();
                fingerprint = fresh.fingerprint();
            }
            check(cancellation);
            keep(scenario, seen, new Entry(result, fingerprint));
            return result;
        }
    }

    /** The scenario's change counts now; the caller holds {@code cache}'s lock. */
    private Seen seen(ScenarioId scenario) {
        Changes c = changes.get(scenario);
        return c == null ? new Seen(everyScenario, 0, 0) : new Seen(everyScenario, c.forecastInputs, c.planInputs);
    }

    /**
     * Puts {@code entry}, made from reads that began when the counts were {@code seen}, into the
     * cache: not at all when the scenario's forecast inputs (or the orders) changed since, marked
     * for a new read of stock and rules when only those changed. True when it was kept.
     */
    private boolean keep(ScenarioId scenario, Seen seen, Entry entry) {
        synchronized (cache) {
            Seen now = seen(scenario);
            if (now.everyScenario() != seen.everyScenario() || now.forecastInputs() != seen.forecastInputs()) {
                return false;
            }
            entry.inputsStale = now.planInputs() != seen.planInputs();
            cache.put(scenario, entry);
            return true;
        }
    }

    /**
     * Takes the scenario's forecast from the file into the cache now, when one kept there is still
     * current, so that the first Plan or stock heatmap does not wait for its decoding (ADR 0016): the
     * window calls it in the background when a database opens. Never reads the order history nor
     * forecasts (ADR 0014 refused starting that early): without a current stored forecast it does
     * nothing. True when the scenario's forecast is now in the cache.
     */
    public boolean takeStoredForecast(ScenarioId scenario, Cancellation cancellation) {
        synchronized (lockOf(scenario)) {
            Seen seen;
            synchronized (cache) {
                if (cache.containsKey(scenario)) {
                    return true;
                }
                seen = seen(scenario);
            }
            Fresh fresh = fresh(scenarioNamed(scenario), true, Progress.NONE, cancellation);
            if (fresh == null) {
                return false;
            }
            check(cancellation);
            return keep(scenario, seen, new Entry(fresh.forecasted(), fresh.fingerprint()));
        }
    }

    /** A forecast made or found for a scenario not in the cache, and its fingerprint. */
    private record Fresh(Planner.Forecasted forecasted, String fingerprint) {}

    /**
     * The scenario's inputs and forecast when nothing is cached for it: another scenario's cached
     * forecast of the same fingerprint, else the one stored in the database under it, else a forecast
     * made from the order history now (and stored). The fingerprint covers exactly what the forecast
     * is made of ({@link ForecastFingerprint}: sites, SKUs, zones, demand changes, time zone, history
     * days, the history's stamp and the forecaster), not stock or rules (see {@link #changed}), so a
     * fresh copy, compared or planned, does not forecast again, and a stored forecast is used only
     * while all of those are what it was made from. A stored forecast leaves the history unread: its
     * orders are read when something looks at them ({@link DeferredOrders}).
     */
    private Fresh fresh(Scenario scenario, boolean storedOnly, Progress progress, Cancellation cancellation) {
        ScenarioId id = scenario.id();
        List<Node> nodes = stores.nodes().findAll(id);
        ZoneId zone = timeZone(id, nodes);
        List<Sku> skus = stores.skus().findAll();
        List<DeliveryZone> zones = stores.zones().findAll(id);
        List<DemandMultiplier> multipliers = stores.scenarios().findMultipliers(id);
        String stamp = stores.forecasts().historyStamp();
        String fingerprint = ForecastFingerprint.of(
                stamp, historyDays, planner.forecastSettings(), zone, nodes, skus, zones, multipliers);
        List<StockLevel> stock = stores.stock().findAll(id);
        List<AllocationRule> rules = stores.rules().findAll(id);
        check(cancellation);
        Planner.Forecasted twin = cachedWith(fingerprint);
        if (twin != null) {
            PlanningInputs t = twin.inputs();
            PlanningInputs inputs = new PlanningInputs(
                    scenario,
                    nodes,
                    skus,
                    stock,
                    zones,
                    rules,
                    multipliers,
                    t.history(),
                    t.firstDay(),
                    t.lastDay(),
                    zone);
            return new Fresh(twin.with(inputs), fingerprint);
        }
        Optional<StoredForecast> stored = stores.forecasts().find(fingerprint).flatMap(StoredForecast::decode);
        if (stored.isPresent()) {
            StoredForecast f = stored.get();
            LocalDate first = f.firstDay();
            LocalDate last = f.lastDay();
            List<Order> orders = new DeferredOrders(f.orders(), () -> ordersAround(first, last, Cancellation.none()));
            PlanningInputs inputs = new PlanningInputs(
                    scenario, nodes, skus, stock, zones, rules, multipliers, orders, first, last, zone);
            storedForecastsUsed.incrementAndGet();
            // the demand history is decoded when something asks for it: no Plan nor heatmap does
            ForecastCodec.Parts parts = f.parts();
            return new Fresh(
                    new Planner.Forecasted(inputs, parts::demand, parts.classes(), parts.forecast()), fingerprint);
        }
        if (storedOnly) {
            return null;
        }
        progress.progress(-1, 1, "Reading the order history…");
        Window w = window(historyDays, zone, cancellation);
        PlanningInputs inputs = new PlanningInputs(
                scenario, nodes, skus, stock, zones, rules, multipliers, w.orders(), w.first(), w.last(), zone);
        check(cancellation);
        progress.progress(-1, 1, "Forecasting demand…");
        Planner.Forecasted result = planner.forecast(inputs, cancellation);
        forecastsComputed.incrementAndGet();
        store(id, fingerprint, stamp, result);
        return new Fresh(result, fingerprint);
    }

    /** A cached forecast of another scenario made from the same inputs, or null. */
    private Planner.Forecasted cachedWith(String fingerprint) {
        List<Entry> entries;
        synchronized (cache) {
            entries = List.copyOf(cache.values());
        }
        for (Entry entry : entries) {
            if (fingerprint.equals(entry.fingerprint)) {
                return entry.forecasted;
            }
        }
        return null;
    }

    /**
     * Keeps {@code forecasted} in the database under {@code fingerprint}, unless the order history
     * changed since {@code stamp} was taken (the forecast may then hold orders the stamp does not name)
     * or the window holds no orders (its days then follow today's date, which no fingerprint covers).
     */
    private void store(ScenarioId id, String fingerprint, String stamp, Planner.Forecasted forecasted) {
        PlanningInputs inputs = forecasted.inputs();
        if (inputs.history().isEmpty()) {
            return;
        }
        try {
            // the shared history may hold orders read before a write not yet announced (an import
            // commits before its change reaches the service): keep only what is made from the
            // history the stamp names
            if (!stamp.equals(history.stamp())
                    || !stamp.equals(stores.forecasts().historyStamp())) {
                return;
            }
            byte[] body = new StoredForecast(
                            inputs.firstDay(),
                            inputs.lastDay(),
                            inputs.history().size(),
                            new ForecastCodec.Parts(forecasted.demand(), forecasted.classes(), forecasted.forecast()))
                    .encode();
            stores.forecasts().save(id, fingerprint, body);
            forecastsStored.incrementAndGet();
        } catch (RuntimeException e) {
            // keeping the forecast only saves time at the next opening; a file that will not take it
            // (the scenario deleted meanwhile, say) plans exactly as before, but says so
            forecastsNotKept.incrementAndGet();
            LOG.log(System.Logger.Level.WARNING, "the forecast of scenario " + id + " was not kept in the file", e);
        }
    }

    /** How many forecasts were taken from the database instead of computed; lets tests see it. */
    public int storedForecastsUsed() {
        return storedForecastsUsed.get();
    }

    /**
     * How many computed forecasts could not be kept in the database (the write failed; logged as a
     * warning): the plan went on, the next opening forecasts again ({@link #FORECAST_NOT_KEPT}).
     */
    public int forecastsNotKept() {
        return forecastsNotKept.get();
    }

    /** How many computed forecasts were kept in the database. */
    public int forecastsStored() {
        return forecastsStored.get();
    }

    /** Tells the service what changed, so it drops or refreshes what the change made stale. */
    public void changed(DataChange change) {
        if (change.touches(DataKind.ORDERS)) {
            // every scenario forecasts from the one shared history
            history.clear();
            synchronized (cache) {
                everyScenario++;
                cache.clear();
                backtests.clear();
            }
            return;
        }
        synchronized (cache) {
            // counted before looking for an entry: one being made now must learn of this change
            Changes counts = changes.computeIfAbsent(change.scenario(), s -> new Changes());
            if (change.touchesAny(FORECAST_INPUTS)) {
                counts.forecastInputs++;
                backtests.remove(change.scenario());
            }
            if (change.touchesAny(PLAN_INPUTS)) {
                counts.planInputs++;
            }
            Entry entry = cache.get(change.scenario());
            if (entry == null) {
                return;
            }
            if (change.touchesAny(FORECAST_INPUTS)) {
                cache.remove(change.scenario());
            } else if (change.touchesAny(PLAN_INPUTS)) {
                entry.inputsStale = true;
            }
        }
    }

    /** Forgets every scenario's forecast, e.g. after an import of unknown content. */
    public void clear() {
        history.clear();
        synchronized (cache) {
            everyScenario++;
            cache.clear();
            backtests.clear();
        }
    }

    /**
     * Reads the order history of the last {@code days} days now, unless the shared copy already
     * covers them, so that a forecast and a backtest made next take slices of one read: the {@code
     * plan} command asks for the backtest's longer window first.
     */
    public void readAhead(int days, Cancellation cancellation) {
        firstRead(days, cancellation);
    }

    /**
     * Every order's customer location and units, from the history the forecasts share: the zones'
     * coverage at open waits for the forecast's read instead of reading the history again.
     */
    @Override
    public void forEachCustomer(OrderRepository.CustomerDemand consumer, Cancellation cancellation) {
        // kept in the file for this very history (ADR 0016): the coverage at open reads no orders
        String stamp = stores.forecasts().historyStamp();
        Optional<byte[]> kept =
                stamp.isEmpty() ? Optional.empty() : stores.forecasts().findCustomers(stamp);
        if (kept.isPresent() && StoredCustomers.forEach(kept.get(), consumer)) {
            storedCustomersUsed.incrementAndGet();
            return;
        }
        List<Order> all = history.all(cancellation);
        StoredCustomers keeping = new StoredCustomers(all.size());
        for (Order order : all) {
            consumer.accept(order.customer().lat(), order.customer().lon(), order.units());
            keeping.accept(order.customer().lat(), order.customer().lon(), order.units());
        }
        byte[] body = keeping.finish();
        if (stamp.isEmpty() || all.isEmpty()) {
            return;
        }
        try {
            if (stamp.equals(history.stamp()) && stamp.equals(stores.forecasts().historyStamp())) {
                stores.forecasts().saveCustomers(stamp, body);
            }
        } catch (RuntimeException e) {
            // as for the forecast: keeping them only saves time at the next opening
            LOG.log(System.Logger.Level.WARNING, "the customer points were not kept in the file", e);
        }
    }

    /** How many times the customer points came from the database instead of the orders. */
    public int storedCustomersUsed() {
        return storedCustomersUsed.get();
    }

    /**
     * The orders created in {@code [from, to)}, oldest first, as {@link OrderRepository#findBetween}
     * returns them: a slice of the one history read this service shares (read first if needed;
     * cancellable before the read), so the replay holds no second copy of the orders.
     */
    public List<Order> ordersBetween(Instant from, Instant to, Cancellation cancellation) {
        return history.between(from, to, cancellation);
    }

    /** How many times the order history was read from the database; lets tests see it was shared. */
    public int historyReads() {
        return history.reads();
    }

    /** The backtest settings this service uses by default: 3 origins of 28 days, trained on its history length. */
    public BacktestSettings defaultBacktest() {
        return BacktestSettings.DEFAULT.withTrainingDays(Math.min(historyDays, 730));
    }

    /**
     * The out-of-sample backtest of the scenario's forecasts (computed once per settings, dropped
     * with the forecast when sites, orders or zones change). It reads a longer history than a plan:
     * the evaluated days plus one training window, ending on the same last day. Demand multipliers
     * are left out: they describe the future a scenario imagines, not the past being checked.
     */
    public Backtest backtest(
            ScenarioId scenario, BacktestSettings settings, Progress progress, Cancellation cancellation) {
        synchronized (lockOf(scenario)) {
            Seen seen;
            synchronized (cache) {
                Backtest known = backtests.getOrDefault(scenario, Map.of()).get(settings);
                if (known != null) {
                    return known;
                }
                seen = seen(scenario);
            }
            progress.progress(-1, 1, "Reading the order history for the backtest…");
            scenarioNamed(scenario);
            List<Node> nodes = stores.nodes().findAll(scenario);
            ZoneId zone = timeZone(scenario, nodes);
            Window w = window(settings.historyDaysNeeded(), zone, cancellation);
            DemandHistory demand = new DemandBuilder(nodes, stores.zones().findAll(scenario), zone)
                    .build(w.orders(), w.first(), w.last());
            check(cancellation);
            Map<SkuCode, String> category = new HashMap<>();
            for (Sku s : stores.skus().findAll()) {
                category.put(s.code(), s.category());
            }
            Backtest result = new Backtester(settings, planner.executor())
                    .replayingAt(AllocationSettings.DEFAULT.serviceLevel())
                    .run(demand, category::get, category.keySet(), progress, cancellation)
                    .countedIn(zone);
            backtestsComputed.incrementAndGet();
            synchronized (cache) {
                Seen now = seen(scenario);
                // as for the forecast: a change of what it is made of, announced meanwhile, keeps it out
                if (now.everyScenario() == seen.everyScenario() && now.forecastInputs() == seen.forecastInputs()) {
                    backtests.computeIfAbsent(scenario, s -> new HashMap<>()).put(settings, result);
                }
            }
            return result;
        }
    }

    /**
     * The scenario's backtest of {@code settings} if it is already computed and still current, else
     * empty: no reading, no computing, so it may be asked on the FX thread.
     */
    public Optional<Backtest> cachedBacktest(ScenarioId scenario, BacktestSettings settings) {
        synchronized (cache) {
            return Optional.ofNullable(
                    backtests.getOrDefault(scenario, Map.of()).get(settings));
        }
    }

    /** How many backtests this service has computed; lets tests see that none was started. */
    public int backtestsComputed() {
        return backtestsComputed.get();
    }

    /** How many forecasts this service has computed; lets tests see that one was reused. */
    public int forecastsComputed() {
        return forecastsComputed.get();
    }

    public int historyDays() {
        return historyDays;
    }

    private Object lockOf(ScenarioId scenario) {
        synchronized (locks) {
            return locks.computeIfAbsent(scenario, s -> new Object());
        }
    }

    private Scenario scenarioNamed(ScenarioId id) {
        return stores.scenarios()
                .find(id)
                .orElseThrow(() -> new IllegalArgumentException("there is no scenario " + id.value()));
    }

    private static void check(Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
    }

    /**
     * The zone the scenario's days are counted in: its stored network time zone, else the guess
     * from its sites.
     */
    public ZoneId timeZone(ScenarioId scenario) {
        return timeZone(scenario, stores.nodes().findAll(scenario));
    }

    private ZoneId timeZone(ScenarioId scenario, List<Node> nodes) {
        return NetworkTimeZone.of(stores.scenarios().findTimeZone(scenario), nodes);
    }

    /** A history window: its local days and the orders read for them (see {@link #ordersAround}). */
    private record Window(LocalDate first, LocalDate last, List<Order> orders) {}

    /**
     * The window of {@code days} local days (in {@code zone}) ending on the local day of the last
     * order with lines, not later than the day of the last order: an order header without lines,
     * dated after the real orders, must not pull the window's end past them, and west of UTC a
     * last order placed in the local evening lies on the UTC day before. One read of the shared
     * history serves it when the end moves back by a day at most ({@link #firstRead}); only orders
     * without lines over more days than that need a second read.
     */
    private Window window(int days, ZoneId zone, Cancellation cancellation) {
        LocalDate newest = lastDay();
        List<Order> read = firstRead(days, cancellation);
        LocalDate last =
                lastDemandDay(read, zone).filter(d -> d.isBefore(newest)).orElse(newest);
        LocalDate first = last.minusDays(days - 1L);
        return new Window(first, last, ordersAround(first, last, cancellation));
    }

    /**
     * The first read for a window of {@code days} days: what {@link #ordersAround} needs for the
     * window ending on the day of the last order and for the window a day earlier, so that moving
     * the end back by a day takes a slice of it.
     */
    private List<Order> firstRead(int days, Cancellation cancellation) {
        LocalDate newest = lastDay();
        return ordersAround(newest.minusDays(days), newest, cancellation);
    }

    /**
     * The orders of the local days {@code first..last} in any time zone: the UTC days read start a
     * week earlier (a zone east of UTC starts its days the UTC day before; the week keeps the orders
     * handed to a plan as they were) and end a day later, never past the day of the last order; the
     * demand builder keeps the local days.
     */
    private List<Order> ordersAround(LocalDate first, LocalDate last, Cancellation cancellation) {
        LocalDate end = last.plusDays(1);
        LocalDate newest = lastDay();
        return history.between(first.minusDays(7), end.isAfter(newest) ? newest : end, cancellation);
    }

    /** The local day of the last order with lines. */
    private static Optional<LocalDate> lastDemandDay(List<Order> orders, ZoneId zone) {
        return orders.stream()
                .filter(o -> !o.lines().isEmpty())
                .map(o -> o.createdAt().atZone(zone).toLocalDate())
                .max(LocalDate::compareTo);
    }

    /** The day of the last order: where every history window ends. */
    private LocalDate lastDay() {
        return history.lastOrderDay().orElse(LocalDate.now(ZoneOffset.UTC).minusDays(1));
    }
}
