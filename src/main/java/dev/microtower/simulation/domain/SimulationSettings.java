package dev.microtower.simulation.domain;

import java.util.Objects;

/**
 * How a replay routes orders and prices what it does: the routing weights, whether an order may be
 * split over sites, what becomes of unfillable lines, the cost rates (last-mile per km,
 * replenishment per unit and km, a lost unit, handling where a site states none) and the
 * delivery-time model (preparation hours of a same-day shipment, the hour next-day deliveries
 * start, van speed). Defaults are in {@link #DEFAULT} and docs/kpis.md.
 */
public record SimulationSettings(
        String policyName,
        RoutingWeights weights,
        boolean splitsAllowed,
        Unfilled unfilled,
        double lastMileCostPerKm,
        double replenishmentCostPerUnitKm,
        double lostUnitPenalty,
        double defaultHandlingCost,
        double sameDayPrepHours,
        double nextDayStartHour,
        double speedKmh) {

    public static final SimulationSettings DEFAULT = new SimulationSettings(
            Policy.FEWEST_SPLITS.label(),
            Policy.FEWEST_SPLITS.weights(),
            true,
            Unfilled.LOST,
            0.60,
            0.002,
            20.0,
            5.0,
            2.0,
            10.0,
            30.0);

    public SimulationSettings {
        Objects.requireNonNull(policyName, "policy name");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(unfilled, "unfilled");
        if (!(speedKmh > 0)) {
            throw new IllegalArgumentException("speed must be positive");
        }
    }

    public static SimulationSettings of(Policy policy) {
        return DEFAULT.withPolicy(policy);
    }

    public SimulationSettings withPolicy(Policy policy) {
        return withWeights(policy.label(), policy.weights());
    }

    public SimulationSettings withWeights(String name, RoutingWeights newWeights) {
        return new SimulationSettings(
                name,
                newWeights,
                splitsAllowed,
                unfilled,
                lastMileCostPerKm,
                replenishmentCostPerUnitKm,
                lostUnitPenalty,
                defaultHandlingCost,
                sameDayPrepHours,
                nextDayStartHour,
                speedKmh);
    }

    public SimulationSettings withUnfilled(Unfilled newUnfilled) {
        return new SimulationSettings(
                policyName,
                weights,
                splitsAllowed,
                newUnfilled,
                lastMileCostPerKm,
                replenishmentCostPerUnitKm,
                lostUnitPenalty,
                defaultHandlingCost,
                sameDayPrepHours,
                nextDayStartHour,
                speedKmh);
    }

    public SimulationSettings withSplitsAllowed(boolean allowed) {
        return new SimulationSettings(
                policyName,
                weights,
                allowed,
                unfilled,
                lastMileCostPerKm,
                replenishmentCostPerUnitKm,
                lostUnitPenalty,
                defaultHandlingCost,
                sameDayPrepHours,
                nextDayStartHour,
                speedKmh);
    }
}
