package dev.microtower.compare.service;

import dev.microtower.compare.engine.ClosurePlans;
import dev.microtower.compare.engine.CompareTable;
import dev.microtower.compare.engine.RiskScan;
import dev.microtower.core.Cancellation;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.kpi.KpiCatalogue;
import dev.microtower.core.kpi.KpiSource;
import dev.microtower.core.kpi.KpiValue;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import dev.microtower.orders.domain.CustomerPoints;
import dev.microtower.planning.engine.Planner;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.domain.ScenarioDifferences;
import dev.microtower.scenarios.store.ScenarioRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Comparing scenarios for the window and the command line: the KPI table of two or more scenarios
 * (whatever the session's {@link KpiCatalogue} lists), what changed between two of them, and the
 * risk scan that closes each site of a scenario in turn. Toolkit-free; every call blocks, so the
 * window runs it on a work lane.
 */
public final class CompareService {
    /** Days of forecast the risk scan averages a site's demand over: one week, so weekdays weigh evenly. */
    private static final double DEMAND_DAYS = 7;

    /**
     * What one scenario holds differently from another, by code. A port: the application's scenario
     * service computes it, above this package, and the session registers it.
     */
    @FunctionalInterface
    public interface Differences {
        ScenarioDifferences between(ScenarioId from, ScenarioId to);
    }

    private final KpiCatalogue catalogue;
    private final ScenarioRepository scenarios;
    private final Differences differences;
    private final NetworkKpiSource network;
    private final PlanningService planning;

    public CompareService(
            KpiCatalogue catalogue,
            ScenarioRepository scenarios,
            Differences differences,
            NetworkKpiSource network,
            PlanningService planning) {
        this.catalogue = Objects.requireNonNull(catalogue);
        this.scenarios = Objects.requireNonNull(scenarios);
        this.differences = Objects.requireNonNull(differences);
        this.network = Objects.requireNonNull(network);
        this.planning = Objects.requireNonNull(planning);
    }

    /**
     * The KPIs of {@code compared} side by side, with differences against {@code reference}, which
     * must be one of them.
     */
    public CompareTable compare(
            List<ScenarioId> compared, ScenarioId reference, Progress progress, Cancellation cancellation) {
        return compare(compared, reference, null, table -> {}, progress, cancellation);
    }

    /**
     * As {@link #compare(List, ScenarioId, Progress, Cancellation)}, source by source in catalogue
     * order, every scenario's KPIs of one source before the next source's: after each source but the
     * last, {@code partial} gets the table so far, the later sources' rows marked as computing (with
     * the rows they had in {@code previous}, which may be null). So the network KPIs of a what-if edit
     * show in a second while a fulfilment replay of the edited scenario takes its twenty. {@code
     * partial} is called on the calling thread.
     */
    public CompareTable compare(
            List<ScenarioId> compared,
            ScenarioId reference,
            CompareTable previous,
            Consumer<CompareTable> partial,
            Progress progress,
            Cancellation cancellation) {
        if (compared.size() < 2) {
            throw new IllegalArgumentException("pick at least two scenarios to compare");
        }
        int ref = compared.indexOf(reference);
        if (ref < 0) {
            throw new IllegalArgumentException("the reference must be one of the compared scenarios");
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<List<KpiValue>> values = new ArrayList<>();
        for (ScenarioId id : compared) {
            scenarios.add(scenario(id));
            values.add(new ArrayList<>());
        }
        List<KpiSource> sources = catalogue.sources();
        int steps = sources.size() * compared.size();
        for (int s = 0; s < sources.size(); s++) {
            KpiSource source = sources.get(s);
            for (int i = 0; i < compared.size(); i++) {
                cancellation.check();
                Scenario scenario = scenarios.get(i);
                int step = s * compared.size() + i;
                Progress mine = (done, total, message) -> progress.progress(
                        step, steps, scenario.name() + ": " + (message == null ? source.name() : message));
                mine.progress(-1, 1, null);
                values.get(i).addAll(source.compute(scenario.id(), mine, cancellation));
            }
            if (s < sources.size() - 1) {
                List<String> later = sources.subList(s + 1, sources.size()).stream()
                        .map(KpiSource::name)
                        .toList();
                partial.accept(CompareTable.partial(columns(scenarios, values), ref, later, previous));
            }
        }
        progress.progress(steps, steps, "Comparison ready");
        return CompareTable.of(columns(scenarios, values), ref);
    }

    private static List<CompareTable.ScenarioKpis> columns(List<Scenario> scenarios, List<List<KpiValue>> values) {
        List<CompareTable.ScenarioKpis> columns = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            columns.add(new CompareTable.ScenarioKpis(
                    new CompareTable.Column(scenario.id(), scenario.name()), values.get(i)));
        }
        return columns;
    }

    /** What {@code to} holds differently from {@code from}: sites, stock, zones and rules by code. */
    public ScenarioDifferences differences(ScenarioId from, ScenarioId to) {
        return differences.between(from, to);
    }

    /**
     * Closes each open stocking site of {@code scenario} in turn, in memory, and plans the network
     * again without it; nothing is written.
     */
    public RiskScan.Result riskScan(ScenarioId scenario, Progress progress, Cancellation cancellation) {
        return riskScan(scenario, result -> {}, progress, cancellation);
    }

    /**
     * As {@link #riskScan(ScenarioId, Progress, Cancellation)}, telling {@code partial} (on the calling
     * thread) each result on the way: first the sites ranked by coverage, then after the plan with
     * every site open, then after each site's plan without it, worst first so the rows that matter
     * most fill in first. Plans are priced with the default plan settings and the forecast of the
     * planning service.
     */
    public RiskScan.Result riskScan(
            ScenarioId scenario, Consumer<RiskScan.Result> partial, Progress progress, Cancellation cancellation) {
        scenario(scenario);
        progress.progress(-1, 1, "Forecasting demand per site…");
        Planner.Forecasted forecasted = planning.forecast(scenario, progress, cancellation);
        RiskScan.Result result = coverageScan(forecasted, progress, cancellation);
        partial.accept(result);
        ClosurePlans plans = new ClosurePlans(forecasted, planning.planner(), RebalancingSettings.DEFAULT);
        int steps = result.ranked().size() + 1;
        progress.progress(0, steps, "Risk scan: planning the network with every site open…");
        result = result.withOpenPlan(plans.asItIs());
        partial.accept(result);
        List<Node> order = result.ranked().stream().map(RiskScan.SiteRisk::site).toList();
        for (int i = 0; i < order.size(); i++) {
            cancellation.check();
            Node site = order.get(i);
            progress.progress(
                    i + 1,
                    steps,
                    String.format(
                            Locale.ROOT,
                            "Risk scan: planning without %s (%d of %d)…",
                            site.name(),
                            i + 1,
                            order.size()));
            result = result.withPlan(site.code(), plans.without(site.code()));
            partial.accept(result);
        }
        progress.progress(steps, steps, "Risk scan done");
        return result;
    }

    private RiskScan.Result coverageScan(Planner.Forecasted forecasted, Progress progress, Cancellation cancellation) {
        Map<NodeCode, Double> daily = new HashMap<>();
        for (SeriesForecast series : forecasted.forecast().series().values()) {
            daily.merge(series.key().node(), series.meanDaily(DEMAND_DAYS), Double::sum);
        }
        Map<NodeCode, Long> stock = new HashMap<>();
        for (StockLevel level : forecasted.inputs().stock()) {
            stock.merge(level.node(), level.onHand() + level.inTransit(), Long::sum);
        }
        cancellation.check();
        CustomerPoints customers = network.customers(progress);
        return RiskScan.scan(
                forecasted.inputs().nodes(),
                forecasted.inputs().zones(),
                customers,
                daily,
                stock,
                progress,
                cancellation);
    }

    /** Every scenario, the baseline first. */
    public List<Scenario> scenarios() {
        return scenarios.findAll();
    }

    private Scenario scenario(ScenarioId id) {
        return scenarios.find(id).orElseThrow(() -> new IllegalArgumentException("that scenario no longer exists"));
    }
}
