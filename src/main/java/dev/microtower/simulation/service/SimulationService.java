package dev.microtower.simulation.service;

import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.core.Cancellation;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.OrderCode;
import dev.microtower.core.Parallel;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.engine.DemandBuilder;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.planning.domain.PlanningInputs;
import dev.microtower.planning.engine.Planner;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.simulation.domain.Bound;
import dev.microtower.simulation.domain.Decision;
import dev.microtower.simulation.domain.Policy;
import dev.microtower.simulation.domain.SimulationInputs;
import dev.microtower.simulation.domain.SimulationResult;
import dev.microtower.simulation.domain.SimulationSettings;
import dev.microtower.simulation.domain.SuppliedStock;
import dev.microtower.simulation.engine.ClairvoyantBound;
import dev.microtower.simulation.engine.CustomerZones;
import dev.microtower.simulation.engine.ForecastOrders;
import dev.microtower.simulation.engine.Replay;
import dev.microtower.simulation.store.CategorySupplyRepository;
import dev.microtower.simulation.store.SiteOperationsRepository;
import dev.microtower.zones.domain.DeliveryZone;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The fulfilment simulation for the window and the command line: reads a scenario's inputs once
 * (sites, zones and stock from the planning service, its allocation targets, the sites' operations
 * and the period's orders), replays the chosen policy and the three presets, and solves the
 * clairvoyant bound, so each run can say what share of the possible saving its policy captured.
 * Inputs and runs are kept per scenario until a change of that scenario's data (or of the order
 * history, which every scenario shares) makes them stale; the period's orders are slices of the
 * planning service's one shared read of the history, for every scenario and period ({@link
 * #historyReads()}), so no second copy of the orders is held. Toolkit-free and thread-safe; callers of
 * the same scenario wait for one computation.
 */
public final class SimulationService {
    /**
     * What to replay: a scenario, a period of local days of the order history (null for the whole
     * history), the settings; or, with {@code forecast}, the forecast horizon's demand as orders
     * (with the scenario's demand multipliers; {@code from} and {@code to} are then unused).
     */
    public record Request(
            ScenarioId scenario, LocalDate from, LocalDate to, SimulationSettings settings, boolean forecast) {
        public Request {
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(settings, "settings");
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
            }
            if (forecast) {
                from = null;
                to = null;
            }
        }

        /** A replay of the order history of {@code from..to}. */
        public Request(ScenarioId scenario, LocalDate from, LocalDate to, SimulationSettings settings) {
            this(scenario, from, to, settings, false);
        }

        /** The same request over the forecast horizon. */
        public Request overForecast() {
            return new Request(scenario, null, null, settings, true);
        }

        public static Request of(ScenarioId scenario) {
            return new Request(scenario, null, null, SimulationSettings.DEFAULT);
        }
    }

    /**
     * One run: the chosen policy's replay, each preset's, the bound over all of them, and the share of
     * the saving (from the nearest-site preset down to the bound) the chosen policy captured.
     */
    public record Run(
            Request request,
            SimulationInputs inputs,
            SimulationResult result,
            Map<Policy, SimulationResult> presets,
            Bound bound,
            double shareCaptured) {
        public SimulationResult reference() {
            return presets.get(Policy.NEAREST);
        }
    }

    /**
     * Sets of zones whose look-ups are kept: a comparison's scenarios and a zone edit or two (each
     * holds one entry per distinct customer point of the periods replayed).
     */
    private static final int KEPT_ZONE_SETS = 4;

    private record Period(LocalDate from, LocalDate to, boolean forecast) {}

    private final PlanningService planning;
    private final SiteOperationsRepository operations;
    private final CategorySupplyRepository categorySupply;
    private final OrderRepository orders;
    private final Map<ScenarioId, Map<Period, SimulationInputs>> inputs = new HashMap<>();
    private final Map<ScenarioId, Map<Request, Run>> runs = new HashMap<>();
    private final Map<ScenarioId, Object> locks = new HashMap<>();
    /** The zone look-ups of the last sets of zones replayed, most recently used last. */
    private final Map<List<DeliveryZone>, CustomerZones> customerZones = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<DeliveryZone>, CustomerZones> eldest) {
            return size() > KEPT_ZONE_SETS;
        }
    };

    public SimulationService(
            PlanningService planning,
            SiteOperationsRepository operations,
            CategorySupplyRepository categorySupply,
            OrderRepository orders) {
        this.planning = Objects.requireNonNull(planning);
        this.operations = Objects.requireNonNull(operations);
        this.categorySupply = Objects.requireNonNull(categorySupply);
        this.orders = Objects.requireNonNull(orders);
    }

    /** The run of {@code request}, from the cache when its inputs did not change since. */
    public Run run(Request request, Progress progress, Cancellation cancellation) {
        ScenarioId scenario = request.scenario();
        synchronized (lockOf(scenario)) {
            synchronized (runs) {
                Run kept = runs.getOrDefault(scenario, Map.of()).get(request);
                if (kept != null) {
                    return kept;
                }
            }
            SimulationInputs in =
                    inputs(scenario, request.from(), request.to(), request.forecast(), progress, cancellation);
            // the presets' replays, the chosen settings' own when they are none of them, and the
            // bound's gathering of the orders are independent of each other: they run side by side
            // on the compute lane, and only the bound's solve waits for the stock all replays supplied
            Policy[] policies = Policy.values();
            int chosenAt = -1;
            for (int i = 0; i < policies.length; i++) {
                if (request.settings().withPolicy(policies[i]).equals(request.settings())) {
                    chosenAt = i;
                }
            }
            int replays = chosenAt < 0 ? policies.length + 1 : policies.length;
            SimulationResult[] results = new SimulationResult[replays];
            ClairvoyantBound.Demand[] demand = new ClairvoyantBound.Demand[1];
            CustomerZones zones = customerZones(in.zones());
            Executor lane = planning.planner().executor();
            progress.progress(0, 5, "Replaying " + replays + " routing policies…");
            Parallel.forEach(replays + 1, lane, step -> {
                if (step == 0) {
                    demand[0] = ClairvoyantBound.demand(in, request.settings(), zones, cancellation);
                    return;
                }
                int i = step - 1;
                SimulationSettings s =
                        i < policies.length ? request.settings().withPolicy(policies[i]) : request.settings();
                results[i] = Replay.run(in, s, zones, Progress.NONE, cancellation);
            });
            Map<Policy, SimulationResult> presets = new EnumMap<>(Policy.class);
            for (int i = 0; i < policies.length; i++) {
                presets.put(policies[i], results[i]);
            }
            SimulationResult chosen = results[chosenAt < 0 ? policies.length : chosenAt];
            SuppliedStock supplied = chosen.supplied();
            for (SimulationResult r : presets.values()) {
                supplied = supplied.max(r.supplied());
            }
            progress.progress(4, 5, "Solving the clairvoyant bound…");
            Bound bound = ClairvoyantBound.solve(demand[0], supplied, lane, Progress.NONE, cancellation);
            double share = bound.shareCaptured(presets.get(Policy.NEAREST).fulfilmentCost(), chosen.fulfilmentCost());
            Run run = new Run(request, in, chosen, presets, bound, share);
            synchronized (runs) {
                runs.computeIfAbsent(scenario, k -> new HashMap<>()).put(request, run);
            }
            progress.progress(5, 5, "Simulation ready");
            return run;
        }
    }

    /**
     * The customer points looked up in {@code zones}, shared by every run whose scenario has these
     * zones: a copy has its parent's until one is edited, and an edit of a site, of stock or of the
     * orders leaves them as they are. Keyed by the zones themselves, so an edited zone is looked up
     * again and needs no dropping here; the last few sets of zones are kept.
     */
    private CustomerZones customerZones(List<DeliveryZone> zones) {
        synchronized (customerZones) {
            return customerZones.computeIfAbsent(zones, CustomerZones::of);
        }
    }

    /** The inputs a run of {@code request} replays (read once per scenario and period, then kept). */
    public SimulationInputs inputs(Request request, Progress progress, Cancellation cancellation) {
        synchronized (lockOf(request.scenario())) {
            return inputs(request.scenario(), request.from(), request.to(), request.forecast(), progress, cancellation);
        }
    }

    /** "Why this site?" for one order of {@code request}'s period, replayed with its settings. */
    public Optional<Decision> explain(Request request, OrderCode order, Progress progress, Cancellation cancellation) {
        SimulationInputs in;
        synchronized (lockOf(request.scenario())) {
            in = inputs(request.scenario(), request.from(), request.to(), request.forecast(), progress, cancellation);
        }
        return Replay.explain(in, request.settings(), order, cancellation);
    }

    /** Drops what {@code change} made stale: the scenario's inputs and runs (all, when orders changed). */
    public void changed(DataChange change) {
        synchronized (runs) {
            if (change.touches(DataKind.ORDERS)) {
                runs.clear();
                inputs.clear();
            } else {
                runs.remove(change.scenario());
                inputs.remove(change.scenario());
            }
        }
    }

    private SimulationInputs inputs(
            ScenarioId scenario,
            LocalDate from,
            LocalDate to,
            boolean forecast,
            Progress progress,
            Cancellation cancellation) {
        Period period = new Period(from, to, forecast);
        synchronized (runs) {
            SimulationInputs kept = inputs.getOrDefault(scenario, Map.of()).get(period);
            if (kept != null) {
                return kept;
            }
        }
        Planner.Forecasted forecasted = planning.forecast(scenario, progress, cancellation);
        PlanningInputs p = forecasted.inputs();
        progress.progress(-1, 1, "Setting stock targets…");
        List<StockTarget> targets =
                forecasted.allocate(AllocationSettings.DEFAULT).targets();
        cancellation.check();
        // the planner's time zone, so the replay's days are the demand history's and the forecast's
        ZoneOffset offset = forecasted.zone();
        if (forecast) {
            progress.progress(-1, 1, "Turning the forecast into orders…");
            NetworkForecast f = forecasted.forecast();
            // the demand history counted each order at the site this builder gives it (the planner's own)
            DemandBuilder sites = new DemandBuilder(p.nodes(), p.zones(), offset);
            List<Order> demand = ForecastOrders.of(
                    f,
                    forecasted.demand(),
                    p.history(),
                    o -> {
                        Node n = sites.nodeFor(o);
                        return n == null ? null : n.code();
                    },
                    offset);
            cancellation.check();
            SimulationInputs in = new SimulationInputs(
                    p.nodes(),
                    operations.findAll(scenario),
                    p.zones(),
                    p.stock(),
                    targets,
                    demand,
                    f.firstDay(),
                    f.firstDay().plusDays(Math.max(1, f.horizonDays()) - 1L),
                    offset,
                    categories(p),
                    categorySupply.findAll(scenario));
            synchronized (runs) {
                inputs.computeIfAbsent(scenario, k -> new HashMap<>()).put(period, in);
            }
            return in;
        }
        LocalDate first = from;
        LocalDate last = to;
        if (first == null || last == null) {
            Optional<Instant[]> span = orders.span();
            LocalDate today = LocalDate.now(offset);
            if (first == null) {
                first = span.map(s -> s[0].atOffset(offset).toLocalDate()).orElse(today);
            }
            if (last == null) {
                last = span.map(s -> s[1].atOffset(offset).toLocalDate()).orElse(today);
            }
            if (last.isBefore(first)) {
                last = first;
            }
        }
        String reading = "Reading the orders of " + first + " to " + last + "…";
        progress.progress(-1, 1, reading);
        // a slice of the planning chain's one shared read of the history (not scenario data): no
        // second copy per period, and a what-if edit replays without reading the orders again
        List<Order> history = planning.ordersBetween(
                first.atStartOfDay().toInstant(offset),
                last.plusDays(1).atStartOfDay().toInstant(offset),
                cancellation);
        cancellation.check();
        SimulationInputs in = new SimulationInputs(
                p.nodes(),
                operations.findAll(scenario),
                p.zones(),
                p.stock(),
                targets,
                history,
                first,
                last,
                offset,
                categories(p),
                categorySupply.findAll(scenario));
        synchronized (runs) {
            inputs.computeIfAbsent(scenario, k -> new HashMap<>()).put(period, in);
        }
        return in;
    }

    /**
     * How many times the order history the replays slice was read from the database (the planning
     * chain's shared read, which the replays take their periods from); lets tests see it was shared.
     */
    public int historyReads() {
        return planning.historyReads();
    }

    private static Map<SkuCode, String> categories(PlanningInputs p) {
        Map<SkuCode, String> categories = new HashMap<>();
        for (Sku sku : p.skus()) {
            categories.put(sku.code(), sku.category());
        }
        return categories;
    }

    private Object lockOf(ScenarioId scenario) {
        synchronized (locks) {
            return locks.computeIfAbsent(scenario, s -> new Object());
        }
    }
}
