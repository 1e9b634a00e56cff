package dev.microtower.rebalancing.domain;

/**
 * The figures of a rebalancing plan. The exact solve minimises transport plus shortage penalties
 * per SKU; the shipment heuristic then trades some of that for fewer shipments (lanes). Costs
 * after the heuristic are what the suggestions add up to. Stockouts are node × SKU pairs whose
 * stock does not cover demand until the next replenishment can arrive, without the plan
 * ("before") and with it ("after"). {@link Money} holds the cost settings the run was made with and
 * the expected lost sales over the sites' lead times, without and with the plan, in units and money.
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
        long unitsShortAfter,
        Money money) {

    /**
     * The run's prices and what it is judged on: transport per unit-km by temperature chain, what a
     * lost sale costs ({@code lostSaleBasis}, a {@link LostSaleBasis} name), the holding cost rate
     * per year, the expected lost sales (units) over each site's lead time without and with the
     * plan and their cost, and the holding cost per week of the stock the network holds.
     */
    public record Money(
            double ambientPerUnitKm,
            double chilledPerUnitKm,
            double frozenPerUnitKm,
            String lostSaleBasis,
            double holdingRatePerYear,
            double lostSalesBefore,
            double lostSalesAfter,
            double lostSaleCostBefore,
            double lostSaleCostAfter,
            double holdingCostPerWeek) {
        /** For runs stored before plans were priced in money. */
        public static final Money NOT_RECORDED = new Money(0.010, 0.018, 0.025, "MARGIN", 0.25, 0, 0, 0, 0, 0);

        public double lostSalesAvoided() {
            return lostSalesBefore - lostSalesAfter;
        }

        public double lostSaleCostAvoided() {
            return lostSaleCostBefore - lostSaleCostAfter;
        }
    }

    /** A summary without money figures (tests and runs that predate them). */
    public PlanSummary(
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
        this(
                nodes,
                skus,
                suggestions,
                unitsMoved,
                transportCost,
                shipments,
                fixedCostPerShipment,
                shortagePenaltyCost,
                exactTransportCost,
                exactShipments,
                exactShortagePenaltyCost,
                stockoutsBefore,
                stockoutsAfter,
                unitsShortBefore,
                unitsShortAfter,
                Money.NOT_RECORDED);
    }

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
