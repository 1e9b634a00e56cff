package dev.microtower.heatmaps.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.allocation.domain.StockingPolicy;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import org.junit.jupiter.api.Test;

/**
 * A tiny forecast (one unit in two years) is described in units per week, never as hundreds of days
 * of cover: in a target's explanation and on the days-of-cover heatmap's reading.
 */
class SlowSellerWordsTest {
    private static final double ONE_IN_724_DAYS = 1 / 724.2;

    @Test
    void aSlowSellersTargetNamesItsWeeklyRate() {
        StockTarget t = new StockTarget(
                NodeCode.of("MFC-SF1"),
                SkuCode.of("SKU-1"),
                "slow movers",
                StockingPolicy.MICRO_FULFIL,
                true,
                AbcClass.C,
                ONE_IN_724_DAYS,
                7,
                14,
                0.95,
                1.645,
                0.04,
                1,
                0.07,
                1,
                1,
                1);
        assertTrue(t.explanation().startsWith("rule 'slow movers': 0.0/week x 7.0 days"), t.explanation());
        StockTarget weekly = new StockTarget(
                NodeCode.of("MFC-SF1"),
                SkuCode.of("SKU-1"),
                "slow movers",
                StockingPolicy.MICRO_FULFIL,
                true,
                AbcClass.C,
                0.1,
                7,
                14,
                0.95,
                1.645,
                0.04,
                1,
                0.07,
                1,
                1,
                2);
        assertTrue(weekly.explanation().startsWith("rule 'slow movers': 0.7/week x 7.0 days"), weekly.explanation());
    }

    @Test
    void aSlowSellersCoverOnTheHeatmapReadsInUnitsAndAWeeklyRate() {
        SiteReading slow = reading(0.2 / 7, 3);
        assertEquals("3 units, sells about 0.2 a week (105 days)", slow.formattedValue());
        SiteReading slowest = reading(ONE_IN_724_DAYS, 2);
        assertEquals("2 units, sells less than 0.1 a week (1448 days)", slowest.formattedValue());
        SiteReading fast = reading(2, 9);
        assertEquals("4.5 days", fast.formattedValue());
    }

    private static SiteReading reading(double daily, long onHand) {
        return new SiteReading(
                NodeCode.of("MFC-SF1"),
                StockMeasure.DAYS_OF_COVER,
                AssortmentFilter.ALL,
                onHand / daily,
                StockBand.WITHIN_TARGET,
                onHand,
                onHand,
                0,
                0,
                1,
                0.5,
                4,
                daily,
                null,
                1,
                0);
    }
}
