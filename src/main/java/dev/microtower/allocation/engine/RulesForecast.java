package dev.microtower.allocation.engine;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.forecasting.domain.DemandClasses;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the rules editor needs from planning, declared here so that allocation does not depend on
 * the planning package above it: a scenario's sites, SKUs, stock, stored rules and demand
 * forecast, so that any set of rules can be allocated on one forecast. The planning layer
 * implements it on its shared, cached forecast; the session offers it by this type.
 */
public interface RulesForecast {
    /**
     * The forecast of {@code scenario} with what the rules are allocated on; slow the first time
     * (it forecasts), quick while the forecast is kept.
     *
     * @throws CancelledException if cancelled between steps
     */
    Basis basis(ScenarioId scenario, Progress progress, Cancellation cancellation);

    /**
     * One scenario as the rules are allocated on it.
     *
     * @param rules the allocation rules stored when it was read
     * @param firstDay the first day of the order history the forecast was made from
     * @param lastDay its last day
     */
    record Basis(
            List<Node> nodes,
            List<Sku> skus,
            List<StockLevel> stock,
            List<AllocationRule> rules,
            NetworkForecast forecast,
            DemandClasses classes,
            LocalDate firstDay,
            LocalDate lastDay) {
        public Basis {
            nodes = List.copyOf(nodes);
            skus = List.copyOf(skus);
            stock = List.copyOf(stock);
            rules = List.copyOf(rules);
            Objects.requireNonNull(forecast, "forecast");
            Objects.requireNonNull(classes, "classes");
        }

        /** Targets of {@code other} rules on this forecast. */
        public AllocationPlan allocate(AllocationSettings settings, List<AllocationRule> other) {
            return new AllocationEngine(settings).plan(nodes, skus, forecast, classes, other);
        }

        /** The same basis with the rules as now stored. */
        public Basis withRules(List<AllocationRule> stored) {
            return new Basis(nodes, skus, stock, stored, forecast, classes, firstDay, lastDay);
        }
    }
}
