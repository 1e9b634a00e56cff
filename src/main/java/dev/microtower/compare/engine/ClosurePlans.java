package dev.microtower.compare.engine;

import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.forecasting.domain.DemandHistory;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.forecasting.domain.SeriesKey;
import dev.microtower.forecasting.engine.DemandBuilder;
import dev.microtower.forecasting.engine.DemandClassifier;
import dev.microtower.forecasting.engine.ForecastEngine;
import dev.microtower.forecasting.engine.ForecastSettings;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.planning.domain.PlanningInputs;
import dev.microtower.planning.engine.Planner;
import dev.microtower.rebalancing.domain.PlanSummary;
import dev.microtower.rebalancing.engine.RebalancingEngine;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Plans a scenario as Plan does (forecast → targets from the allocation rules → transfers and
 * replenishments), once as it is and once with one site closed, for the risk scan. Closing a site
 * moves its customers' orders to the sites that serve them next, so the demand history is built
 * again from the order history with the site closed; only the series whose history changed (the
 * closed site's, which vanish, and those of the sites that take its orders) are forecast again, the
 * others keep the scenario's forecast, which is what a full forecast would give them (each series is
 * forecast on its own). With demand changes by district the whole forecast is made again, since
 * which sites a district's factor reaches depends on which are open. Nothing is written.
 */
public final class ClosurePlans {
    private final Planner.Forecasted base;
    private final ForecastSettings forecastSettings;
    private final RebalancingSettings settings;
    private final Map<SkuCode, String> category = new HashMap<>();

    /**
     * @param base the scenario's inputs and forecast, as the planning service holds them
     * @param forecastSettings the settings {@code base} was forecast with
     * @param settings the prices the plans are made with
     */
    public ClosurePlans(Planner.Forecasted base, ForecastSettings forecastSettings, RebalancingSettings settings) {
        this.base = Objects.requireNonNull(base);
        this.forecastSettings = Objects.requireNonNull(forecastSettings);
        this.settings = Objects.requireNonNull(settings);
        base.inputs().skus().forEach(s -> category.put(s.code(), s.category()));
    }

    /** The plan of the scenario as it is. */
    public RiskScan.PlanImpact asItIs() {
        return plan(base, 0);
    }

    /** The plan of the scenario with {@code closed} closed. */
    public RiskScan.PlanImpact without(NodeCode closed) {
        PlanningInputs was = base.inputs();
        PlanningInputs inputs = inputsWithout(was, closed);
        List<Node> nodes = inputs.nodes();
        if (!was.multipliers().isEmpty()) {
            Planner.Forecasted full = new Planner(forecastSettings).forecast(inputs);
            return plan(full, full.forecast().series().size());
        }
        DemandHistory demand = new DemandBuilder(nodes, was.zones(), ZoneOffset.UTC)
                .build(was.history(), was.firstDay(), was.lastDay());
        Map<SeriesKey, double[]> changed = new HashMap<>();
        for (var e : demand.series().entrySet()) {
            double[] before = base.demand().series().get(e.getKey());
            if (before == null || !Arrays.equals(before, e.getValue())) {
                changed.put(e.getKey(), e.getValue());
            }
        }
        NetworkForecast again = new ForecastEngine(forecastSettings)
                .forecast(
                        new DemandHistory(
                                demand.firstDay(),
                                demand.days(),
                                changed,
                                demand.ordersInZone(),
                                demand.ordersViaPickupPoint(),
                                demand.ordersToNearestNode(),
                                demand.ordersUnassigned()),
                        category::get,
                        List.of());
        NetworkForecast old = base.forecast();
        Map<SeriesKey, SeriesForecast> series = new HashMap<>();
        for (SeriesKey key : demand.series().keySet()) {
            SeriesForecast f = changed.containsKey(key) ? again.get(key) : old.get(key);
            if (f != null) {
                series.put(key, f);
            }
        }
        NetworkForecast forecast = new NetworkForecast(
                old.firstDay(),
                old.horizonDays(),
                series,
                old.networkMase(),
                old.networkMaseSeasonalNaive(),
                old.methodCounts());
        Planner.Forecasted closedForecast = new Planner.Forecasted(
                inputs, demand, DemandClassifier.defaults().classify(demand, category.keySet()), forecast);
        return plan(closedForecast, changed.size());
    }

    /** The same inputs with {@code closed} closed. */
    public static PlanningInputs inputsWithout(PlanningInputs inputs, NodeCode closed) {
        return new PlanningInputs(
                inputs.scenario(),
                inputs.nodes().stream()
                        .map(n -> n.code().equals(closed) ? n.withStatus(NodeStatus.CLOSED) : n)
                        .toList(),
                inputs.skus(),
                inputs.stock(),
                inputs.zones(),
                inputs.rules(),
                inputs.multipliers(),
                inputs.history(),
                inputs.firstDay(),
                inputs.lastDay());
    }

    private RiskScan.PlanImpact plan(Planner.Forecasted forecasted, int seriesForecast) {
        PlanningInputs inputs = forecasted.inputs();
        PlanSummary summary = new RebalancingEngine(settings)
                .plan(inputs.nodes(), inputs.skus(), inputs.stock(), forecasted.allocate(AllocationSettings.DEFAULT))
                .summary();
        return new RiskScan.PlanImpact(
                summary.stockoutsAfter(),
                summary.unitsShortAfter(),
                summary.totalCost(),
                summary.unitsMoved(),
                summary.shipments(),
                seriesForecast);
    }
}
