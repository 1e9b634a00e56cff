package dev.microtower.rebalancing.domain;

/**
 * The figures of a rebalancing plan. The exact solve minimises transport plus shortage penalties
 * per SKU; the shipment heuristic then trades some of that for fewer shipments (lanes). Costs
 * after the heuristic are what the suggestions add up to. Stockouts are node × SKU pairs whose
 * stock does not cover demand until the next replenishment can arrive, without the plan
 * ("before") and with it ("after").
 */
public record PlanSummary(
        int nodes,
        int skus,
        int suggestions,
        long unitsMoved,
        double transportCost,
        int shipments,
        double fixedCostPerShipment,
        double shortagePenaltyCost,
        double exactTransportCost,
        int exactShipments,
        double exactShortagePenaltyCost,
        int stockoutsBefore,
        int stockoutsAfter,
        long unitsShortBefore,
        long unitsShortAfter) {

    public double fixedCost() {
        return shipments * fixedCostPerShipment;
    }

    /** Transport plus fixed shipment costs plus shortage penalties, after the heuristic. */
    public double totalCost() {
        return transportCost + fixedCost() + shortagePenaltyCost;
    }

    /** The same total for the exact per-SKU flows before the shipment heuristic. */
    public double exactTotalCost() {
        return exactTransportCost + exactShipments * fixedCostPerShipment + exactShortagePenaltyCost;
    }

    public int stockoutsAvoided() {
        return stockoutsBefore - stockoutsAfter;
    }
}
