package dev.microtower.compare.engine;

import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.core.NodeCode;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.planning.domain.PlanningInputs;
import dev.microtower.planning.engine.Planner;
import dev.microtower.rebalancing.domain.PlanSummary;
import dev.microtower.rebalancing.engine.RebalancingEngine;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import java.util.Objects;

/**
 * Plans a scenario as Plan does (forecast → targets from the allocation rules → transfers and
 * replenishments), once as it is and once with one site closed, for the risk scan. Closing a site
 * moves its customers' orders to the sites that serve them next, so each closure is forecast again
 * in full by the planner that made the scenario's forecast (same settings, same local days): the
 * forecast is hierarchical, each site's figures depend on the SKU and network totals, so no
 * series of the scenario's forecast can be kept. Nothing is written.
 */
public final class ClosurePlans {
    private final Planner.Forecasted base;
    private final Planner planner;
    private final RebalancingSettings settings;

    /**
     * @param base the scenario's inputs and forecast, as the planning service holds them
     * @param planner the planner {@code base} was forecast with (its settings and time zone)
     * @param settings the prices the plans are made with
     */
    public ClosurePlans(Planner.Forecasted base, Planner planner, RebalancingSettings settings) {
        this.base = Objects.requireNonNull(base);
        this.planner = Objects.requireNonNull(planner);
        this.settings = Objects.requireNonNull(settings);
    }

    /** The plan of the scenario as it is. */
    public RiskScan.PlanImpact asItIs() {
        return plan(base, 0);
    }

    /** The plan of the scenario with {@code closed} closed. */
    public RiskScan.PlanImpact without(NodeCode closed) {
        Planner.Forecasted full = planner.forecast(inputsWithout(base.inputs(), closed));
        return plan(full, full.forecast().series().size());
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
                inputs.lastDay(),
                inputs.timeZone());
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
