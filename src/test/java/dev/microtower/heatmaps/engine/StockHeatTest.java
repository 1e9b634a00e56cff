package dev.microtower.heatmaps.engine;

import static dev.microtower.testing.Fixtures.sku;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.heatmaps.domain.SiteReading;
import dev.microtower.heatmaps.domain.StockBand;
import dev.microtower.heatmaps.domain.StockMeasure;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Readings of a two-site network: A is out of milk but full of bread, B is fine. */
class StockHeatTest {
    private static final Instant NOW = Instant.parse("2026-03-01T06:00:00Z");
    private static final Node A = node("DS-A", 1_000L, NodeStatus.ACTIVE);
    private static final Node B = node("DS-B", null, NodeStatus.ACTIVE);
    private static final Node CLOSED = node("DS-C", 1_000L, NodeStatus.CLOSED);
    private static final Sku MILK = sku("MILK", "dairy");
    private static final Sku BREAD = sku("BREAD", "bakery");

    private static final StockHeat HEAT = new StockHeat(
            List.of(A, B, CLOSED),
            List.of(MILK, BREAD),
            List.of(
                    stock(A, MILK, 0, 0, 0),
                    stock(A, BREAD, 400, 10, 10),
                    stock(B, MILK, 30, 5, 20),
                    stock(B, BREAD, 50, 0, 0),
                    stock(CLOSED, MILK, 9, 0, 0)),
            new AllocationPlan(
                    List.of(
                            target(A, MILK, 10, 50, 20, 80),
                            target(A, BREAD, 5, 25, 10, 40),
                            target(B, MILK, 10, 50, 20, 80),
                            target(B, BREAD, 5, 25, 10, 40)),
                    List.of(),
                    List.of()));

    @Test
    void everyStockedSiteHasAReadingAndClosedSitesNone() {
        Map<NodeCode, SiteReading> readings = HEAT.readings(StockMeasure.STOCK_AGAINST_TARGET, AssortmentFilter.ALL);
        assertEquals(List.of(A.code(), B.code()), List.copyOf(readings.keySet()));
    }

    @Test
    void aStockoutOfOneSkuIsTooLittleForThatSku() {
        SiteReading milk = HEAT.readings(StockMeasure.STOCK_AGAINST_TARGET, AssortmentFilter.sku(MILK))
                .get(A.code());
        assertEquals(StockBand.TOO_LITTLE, milk.band());
        assertEquals(0, milk.available());
        assertEquals(50, milk.target());
        assertEquals(20, milk.safetyStock());
        assertEquals(0, milk.value());
        assertEquals(1, milk.skusTooLittle());
    }

    @Test
    void aSurplusOfBreadDoesNotHideTheMilkStockoutAcrossTheAssortment() {
        SiteReading all = HEAT.readings(StockMeasure.STOCK_AGAINST_TARGET, AssortmentFilter.ALL)
                .get(A.code());
        // 400 available in all, more than the 75 of both targets; bread covers only up to its max 40
        assertEquals(400, all.available());
        assertEquals(40, all.covering());
        assertEquals(75, all.target());
        assertEquals(StockBand.SERVICE_RISK, all.band());
        assertEquals(40.0 / 75, all.value(), 1e-9);
        assertEquals(1, all.skusTooLittle());
        assertEquals(2, all.skus());
    }

    @Test
    void aCategoryFilterSumsOnlyItsSkus() {
        SiteReading bakery = HEAT.readings(StockMeasure.STOCK_AGAINST_TARGET, AssortmentFilter.category("bakery"))
                .get(A.code());
        assertEquals(StockBand.TOO_MUCH, bakery.band());
        assertEquals(400, bakery.available());
        assertEquals(1, bakery.skus());
        SiteReading atB = HEAT.readings(StockMeasure.STOCK_AGAINST_TARGET, AssortmentFilter.ALL)
                .get(B.code());
        assertEquals(45 + 50, atB.available());
        assertEquals(StockBand.WITHIN_TARGET, atB.band());
    }

    @Test
    void daysOfCoverAreAvailableOverTheDailyForecast() {
        SiteReading b =
                HEAT.readings(StockMeasure.DAYS_OF_COVER, AssortmentFilter.ALL).get(B.code());
        assertEquals(95.0 / 15, b.value(), 1e-9);
        assertEquals(b.daysOfCover(), b.value(), 1e-9);
    }

    @Test
    void utilisationIsOnHandOverCapacityAndUnknownWithoutACapacity() {
        Map<NodeCode, SiteReading> readings = HEAT.readings(StockMeasure.CAPACITY_UTILISATION, AssortmentFilter.ALL);
        assertEquals(0.4, readings.get(A.code()).value(), 1e-9);
        assertTrue(Double.isNaN(readings.get(B.code()).value()));
        assertFalse(Double.isNaN(readings.get(A.code()).utilisation()));
    }

    private static Node node(String code, Long capacity, NodeStatus status) {
        return new Node(
                NodeCode.of(code),
                code,
                NodeType.DARK_STORE,
                new GeoPoint(37.7, -122.4),
                null,
                null,
                null,
                status,
                null,
                capacity,
                null,
                null,
                null,
                null,
                1.0,
                null);
    }

    private static StockLevel stock(Node node, Sku sku, long onHand, long reserved, long inTransit) {
        return new StockLevel(node.code(), sku.code(), onHand, reserved, inTransit, NOW);
    }

    private static StockTarget target(Node node, Sku sku, double daily, long target, double safety, long max) {
        return new StockTarget(
                node.code(),
                sku.code(),
                "test rule",
                StockingPolicy.MICRO_FULFIL,
                true,
                AbcClass.A,
                daily,
                3,
                7,
                0.95,
                1.645,
                1,
                1,
                safety,
                target,
                target,
                max);
    }
}
