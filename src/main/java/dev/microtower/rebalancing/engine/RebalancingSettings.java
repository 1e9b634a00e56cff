package dev.microtower.rebalancing.engine;

import dev.microtower.core.Range;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.rebalancing.domain.LostSaleBasis;
import java.util.Objects;

/**
 * Cost assumptions of rebalancing, in the network's currency: transport per unit and km for each
 * temperature chain, the least cost of a unit left short of its target (a late or split delivery
 * costs that even for the cheapest item), the fixed cost of one shipment (one lane from a site to
 * another, whatever it carries), what a lost sale costs ({@link LostSaleBasis}: the SKU's margin or
 * price), and the holding cost as a share of the unit cost per year. A unit short of target costs
 * the larger of the least shortage cost and the SKU's lost-sale cost.
 */
public record RebalancingSettings(
        double ambientPerUnitKm,
        double chilledPerUnitKm,
        double frozenPerUnitKm,
        double shortagePenaltyPerUnit,
        double fixedCostPerShipment,
        LostSaleBasis lostSaleBasis,
        double holdingRatePerYear) {
    public static final Range PER_UNIT_KM = Range.between(0, 100).named("between 0 and 100 per unit and km");
    public static final Range SHORTAGE_PENALTY = Range.between(0, 1_000_000).named("between 0 and 1,000,000");
    public static final Range FIXED_COST = Range.between(0, 1_000_000).named("between 0 and 1,000,000");
    public static final Range HOLDING_RATE =
            Range.between(0, 1).named("a share of the unit cost per year between 0 and 1 (0.25 = 25 %)");

    public static final RebalancingSettings DEFAULT =
            new RebalancingSettings(0.010, 0.018, 0.025, 1.50, 15.0, LostSaleBasis.MARGIN, 0.25);

    /** The default fixed cost per shipment, as text for command-line help. */
    public static final String DEFAULT_FIXED_COST_TEXT = "15.00";

    public RebalancingSettings {
        PER_UNIT_KM.require(ambientPerUnitKm, "the ambient transport cost");
        PER_UNIT_KM.require(chilledPerUnitKm, "the chilled transport cost");
        PER_UNIT_KM.require(frozenPerUnitKm, "the frozen transport cost");
        SHORTAGE_PENALTY.require(shortagePenaltyPerUnit, "the least shortage cost per unit");
        FIXED_COST.require(fixedCostPerShipment, "the fixed cost per shipment");
        Objects.requireNonNull(lostSaleBasis, "lost-sale basis");
        HOLDING_RATE.require(holdingRatePerYear, "the holding cost rate");
    }

    /** The settings with the first five values and the default lost-sale basis and holding rate. */
    public RebalancingSettings(
            double ambientPerUnitKm,
            double chilledPerUnitKm,
            double frozenPerUnitKm,
            double shortagePenaltyPerUnit,
            double fixedCostPerShipment) {
        this(
                ambientPerUnitKm,
                chilledPerUnitKm,
                frozenPerUnitKm,
                shortagePenaltyPerUnit,
                fixedCostPerShipment,
                LostSaleBasis.MARGIN,
                0.25);
    }

    public double perUnitKm(TemperatureClass temperature) {
        return switch (temperature) {
            case AMBIENT -> ambientPerUnitKm;
            case CHILLED -> chilledPerUnitKm;
            case FROZEN -> frozenPerUnitKm;
        };
    }

    /** What one lost sale of this SKU costs: its margin or price. */
    public double lostSaleCost(Sku sku) {
        return lostSaleBasis == LostSaleBasis.PRICE ? sku.price() : sku.margin();
    }

    /** What one unit left short of target costs the plan: the larger of the least shortage cost and a lost sale. */
    public double shortageCost(Sku sku) {
        return Math.max(shortagePenaltyPerUnit, lostSaleCost(sku));
    }

    public RebalancingSettings withFixedCostPerShipment(double fixed) {
        return new RebalancingSettings(
                ambientPerUnitKm,
                chilledPerUnitKm,
                frozenPerUnitKm,
                shortagePenaltyPerUnit,
                fixed,
                lostSaleBasis,
                holdingRatePerYear);
    }

    public RebalancingSettings withTransport(double ambient, double chilled, double frozen) {
        return new RebalancingSettings(
                ambient,
                chilled,
                frozen,
                shortagePenaltyPerUnit,
                fixedCostPerShipment,
                lostSaleBasis,
                holdingRatePerYear);
    }

    public RebalancingSettings withLostSales(LostSaleBasis basis, double leastShortageCost) {
        return new RebalancingSettings(
                ambientPerUnitKm,
                chilledPerUnitKm,
                frozenPerUnitKm,
                leastShortageCost,
                fixedCostPerShipment,
                basis,
                holdingRatePerYear);
    }

    public RebalancingSettings withHoldingRate(double rate) {
        return new RebalancingSettings(
                ambientPerUnitKm,
                chilledPerUnitKm,
                frozenPerUnitKm,
                shortagePenaltyPerUnit,
                fixedCostPerShipment,
                lostSaleBasis,
                rate);
    }
}
