package dev.microtower.rebalancing.engine;

import static dev.microtower.rebalancing.engine.Fixtures.node;
import static dev.microtower.rebalancing.engine.Fixtures.stock;
import static dev.microtower.rebalancing.engine.Fixtures.target;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.rebalancing.domain.LostSaleBasis;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.domain.TransferSuggestion;
import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PricedPlanTest {
    private static final Node SL = node("SL", "San Leandro dark store", NodeType.DARK_STORE, 0.1, null);
    private static final Node OAK = node("OAK", "Oakland MFC", NodeType.MICRO_FULFILLMENT_CENTER, 0.2, null);

    private static Sku sku(String code, String cost, String price) {
        return new Sku(
                SkuCode.of(code),
                code,
                "electronics",
                TemperatureClass.AMBIENT,
                1,
                1,
                new BigDecimal(cost),
                null,
                false,
                new TreeSet<>(),
                price == null ? null : new BigDecimal(price));
    }

    /** Oakland has none of the SKU and sells one a day; it comes back in two days. San Leandro has 6 spare. */
    private static RebalancingPlan plan(RebalancingSettings settings, Sku sku) {
        String code = sku.code().value();
        return new RebalancingEngine(settings, 1)
                .plan(
                        List.of(SL, OAK),
                        List.of(sku),
                        List.of(stock("SL", code, 10, 0, 0), stock("OAK", code, 0, 0, 0)),
                        new AllocationPlan(
                                List.of(
                                        target("SL", code, AbcClass.C, 1, 2, 4, 2),
                                        target("OAK", code, AbcClass.C, 1, 2, 4, 2)),
                                List.of(),
                                List.of()));
    }

    @Test
    void theDefaultPlanMovesTwoUnitsThatAvoidACostlyLostSale() {
        RebalancingPlan plan = plan(RebalancingSettings.DEFAULT, sku("HEADSET", "100", "160"));

        assertEquals(1, plan.suggestions().size(), plan.suggestions().toString());
        TransferSuggestion s = plan.suggestions().get(0);
        assertEquals(2, s.quantity());
        // 2 lost sales over the 2-day lead time avoided, each worth the 60.00 margin, for ~0.22 transport
        assertTrue(
                s.reason()
                        .startsWith("2 units, 0.0 days of cover → 2.0 days, avoids ~2.0 lost sales (≈ 120.00) for 0.22"
                                + " transport."),
                s.reason());
        assertEquals(2.0, plan.summary().money().lostSalesBefore(), 1e-9);
        assertEquals(0.0, plan.summary().money().lostSalesAfter(), 1e-9);
        assertEquals(120.0, plan.summary().money().lostSaleCostAvoided(), 1e-9);
        assertEquals(1, plan.summary().shipments());
    }

    @Test
    void theSameMoveOfACheapSkuDoesNotPayForItsShipment() {
        // margin 0.50 (no price: cost x 1.5), so the least shortage cost of 1.50 applies: 3.00 < 15.00
        RebalancingPlan plan = plan(RebalancingSettings.DEFAULT, sku("PENCIL", "1", null));
        assertEquals(List.of(), plan.suggestions());
        assertEquals(2 * 1.5, plan.summary().shortagePenaltyCost(), 1e-9);
        assertEquals(2 * 0.5, plan.summary().money().lostSaleCostAfter(), 1e-9);
    }

    @Test
    void pricingLostSalesAtThePriceMovesWhatTheMarginDoesNot() {
        // margin 8 x 2 = 16 > 15.22 would move; make the shipment dearer so only the price (2 x 40) pays
        RebalancingSettings dear = RebalancingSettings.DEFAULT.withFixedCostPerShipment(30);
        Sku sku = sku("CABLE", "32", "40");
        assertEquals(List.of(), plan(dear, sku).suggestions());
        RebalancingPlan byPrice = plan(dear.withLostSales(LostSaleBasis.PRICE, 1.5), sku);
        assertEquals(2, byPrice.suggestions().get(0).quantity());
    }

    @Test
    void aSlowMoversCoverIsToldInUnitsPerWeekNotHundredsOfDays() {
        RebalancingPlan plan = new RebalancingEngine(RebalancingSettings.DEFAULT, 1)
                .plan(
                        List.of(SL, OAK),
                        List.of(sku("LAMP", "300", "450")),
                        List.of(stock("SL", "LAMP", 6, 0, 0), stock("OAK", "LAMP", 0, 0, 0)),
                        new AllocationPlan(
                                List.of(
                                        target("SL", "LAMP", AbcClass.C, 0.02, 1, 2, 1),
                                        target("OAK", "LAMP", AbcClass.C, 0.02, 1, 2, 1)),
                                List.of(),
                                List.of()));
        String reason = plan.suggestions().get(0).reason();
        assertTrue(reason.startsWith("1 unit, 0 → 1 in stock (sells about 0.1 a week)"), reason);
        assertTrue(reason.contains("Oakland MFC: 0 units vs 1 target (sells about 0.1 a week)"), reason);
        assertTrue(!reason.contains("50.0 target"), reason);
    }

    @Test
    void everyCostSettingOutOfRangeIsRefusedInWords() {
        RebalancingSettings d = RebalancingSettings.DEFAULT;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> d.withHoldingRate(1.5));
        assertEquals(
                "the holding cost rate must be a share of the unit cost per year between 0 and 1 (0.25 = 25 %): 1.5",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> d.withFixedCostPerShipment(-1));
        assertThrows(IllegalArgumentException.class, () -> d.withTransport(-0.1, 0.018, 0.025));
        assertThrows(IllegalArgumentException.class, () -> d.withTransport(0.01, Double.NaN, 0.025));
        assertThrows(IllegalArgumentException.class, () -> d.withTransport(0.01, 0.018, 101));
        assertThrows(IllegalArgumentException.class, () -> d.withLostSales(LostSaleBasis.MARGIN, -2));
    }
}
