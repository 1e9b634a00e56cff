package dev.microtower.heatmaps.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microtower.heatmaps.domain.StockBand;
import org.junit.jupiter.api.Test;

/** The four bands at and around their thresholds: safety stock 20, target 50, maximum 80. */
class StockBandTest {
    private static StockBand band(double available) {
        return StockBand.classify(available, 50, 20, 80);
    }

    @Test
    void belowSafetyStockIsTooLittle() {
        assertEquals(StockBand.TOO_LITTLE, band(19));
        assertEquals(StockBand.TOO_LITTLE, band(-5)); // more reserved than on hand and in transit
    }

    @Test
    void aStockoutWhereThereIsATargetIsTooLittleEvenWithoutSafetyStock() {
        assertEquals(StockBand.TOO_LITTLE, StockBand.classify(0, 5, 0, 8));
        assertEquals(StockBand.SERVICE_RISK, StockBand.classify(1, 5, 0, 8));
    }

    @Test
    void fromSafetyStockToBelowTargetIsServiceRisk() {
        assertEquals(StockBand.SERVICE_RISK, band(20));
        assertEquals(StockBand.SERVICE_RISK, band(49));
    }

    @Test
    void fromTargetUpToTheMaximumIsWithinTarget() {
        assertEquals(StockBand.WITHIN_TARGET, band(50));
        assertEquals(StockBand.WITHIN_TARGET, band(80));
    }

    @Test
    void aboveTheMaximumIsTooMuch() {
        assertEquals(StockBand.TOO_MUCH, band(81));
    }

    @Test
    void stockWhereNothingShouldBeIsTooMuchAndNeitherIsNothingToSay() {
        assertEquals(StockBand.TOO_MUCH, StockBand.classify(3, 0, 0, 0));
        assertEquals(StockBand.NONE, StockBand.classify(0, 0, 0, 0));
    }

    @Test
    void severalSkusAreShortWhenTheStockThatCanCoverTheirTargetsIsShortWhateverTheSurplusElsewhere() {
        // covering 10 of a target of 50, but 200 available in all: a surplus of another SKU
        assertEquals(StockBand.TOO_LITTLE, StockBand.classify(10, 200, 50, 20, 80));
        assertEquals(StockBand.SERVICE_RISK, StockBand.classify(30, 200, 50, 20, 80));
        assertEquals(StockBand.TOO_MUCH, StockBand.classify(60, 200, 50, 20, 80));
        assertEquals(StockBand.WITHIN_TARGET, StockBand.classify(60, 70, 50, 20, 80));
    }
}
