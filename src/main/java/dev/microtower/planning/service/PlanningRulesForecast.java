package dev.microtower.planning.service;

import dev.microtower.allocation.engine.RulesForecast;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.planning.domain.PlanningInputs;
import dev.microtower.planning.engine.Planner;
import java.util.Objects;

/**
 * The rules editor's {@link RulesForecast} on the window's one {@link PlanningService}: the
 * preview allocates on the same cached forecast that Plan and the stock heatmap use, instead of
 * forecasting on its own.
 */
public final class PlanningRulesForecast implements RulesForecast {
    private final PlanningService planning;

    public PlanningRulesForecast(PlanningService planning) {
        this.planning = Objects.requireNonNull(planning);
    }

    @Override
    public Basis basis(ScenarioId scenario, Progress progress, Cancellation cancellation) {
        Planner.Forecasted forecasted = planning.forecast(scenario, progress, cancellation);
        PlanningInputs in = forecasted.inputs();
        return new Basis(
                in.nodes(),
                in.skus(),
                in.stock(),
                in.rules(),
                forecasted.forecast(),
                forecasted.classes(),
                in.firstDay(),
                in.lastDay());
    }
}
