package dev.microtower.rebalancing.engine;

import dev.microtower.inventory.domain.TemperatureClass;

/**
 * Cost assumptions of rebalancing, in the network's currency: transport per unit and km for each
 * temperature chain, the penalty per unit of target left unmet, and the fixed cost of one
 * shipment (one lane from a node to another, whatever it carries).
 */
public record RebalancingSettings(
        double ambientPerUnitKm,
        double chilledPerUnitKm,
        double frozenPerUnitKm,
        double shortagePenaltyPerUnit,
        double fixedCostPerShipment) {
    public static final RebalancingSettings DEFAULT = new RebalancingSettings(0.010, 0.018, 0.025, 1.50, 15.0);

    /** The default fixed cost per shipment, as text for command-line help. */
    public static final String DEFAULT_FIXED_COST_TEXT = "15.00";

    public RebalancingSettings {
        if (ambientPerUnitKm < 0
                || chilledPerUnitKm < 0
                || frozenPerUnitKm < 0
                || shortagePenaltyPerUnit < 0
                || fixedCostPerShipment < 0) {
            throw new IllegalArgumentException("rebalancing costs must not be negative");
        }
    }

    public double perUnitKm(TemperatureClass temperature) {
        return switch (temperature) {
            case AMBIENT -> ambientPerUnitKm;
            case CHILLED -> chilledPerUnitKm;
            case FROZEN -> frozenPerUnitKm;
        };
    }

    public RebalancingSettings withFixedCostPerShipment(double fixed) {
        return new RebalancingSettings(
                ambientPerUnitKm, chilledPerUnitKm, frozenPerUnitKm, shortagePenaltyPerUnit, fixed);
    }
}
