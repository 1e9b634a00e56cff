package dev.microtower.forecasting.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrderUpToTest {
    @Test
    void aSlowItemGetsWholeUnitsFromAPoissonQuantileNotANormalBuffer() {
        // 0.35 a week: P(0) = 0.705, P(<= 1) = 0.951; the normal one would be 0.35 + 1.645 × 0.59 = 1.32
        assertEquals(1, OrderUpTo.level(0.35, 0.35, 0.95), 1e-12);
        // 0.03 a week: 97 % of weeks sell nothing, so a 95 % cycle holds none
        assertEquals(0, OrderUpTo.level(0.03, 0.03, 0.95), 1e-12);
        assertEquals(1, OrderUpTo.level(0.03, 0.03, 0.99), 1e-12);
    }

    @Test
    void moreVarianceThanCountsTakesANegativeBinomialWithALongerTail() {
        double poisson = OrderUpTo.level(4, 4, 0.95);
        double wide = OrderUpTo.level(4, 16, 0.95);
        assertEquals(8, poisson, 1e-12); // P(<= 7) = 0.949, P(<= 8) = 0.979
        assertTrue(wide > poisson, wide + " vs " + poisson);
        // a variance below the mean is still counts: Poisson at least
        assertEquals(poisson, OrderUpTo.level(4, 1, 0.95), 1e-12);
    }

    @Test
    void aFastItemKeepsTheNormalQuantile() {
        assertEquals(40 + 1.6448536 * 5, OrderUpTo.level(40, 25, 0.95), 1e-5);
        assertEquals(40, OrderUpTo.level(40, 0, 0.95), 1e-12);
        assertEquals(0, OrderUpTo.level(0, 9, 0.95), 1e-12);
    }

    @Test
    void expectedServedUnitsAreTheMeanOfTheDemandCutAtTheLevel() {
        // one unit serves whenever anything sells: P(D >= 1)
        assertEquals(1 - Math.exp(-0.35), OrderUpTo.expectedServed(0.35, 0.35, 1), 1e-12);
        // two units: P(D >= 1) + P(D >= 2)
        double p0 = Math.exp(-2);
        double p1 = 2 * p0;
        assertEquals((1 - p0) + (1 - p0 - p1), OrderUpTo.expectedServed(2, 2, 2), 1e-12);
        // a level far above demand serves all of it
        assertEquals(3, OrderUpTo.expectedServed(3, 3, 60), 1e-9);
        assertEquals(40, OrderUpTo.expectedServed(40, 25, 400), 1e-6);
        assertEquals(40 - 5 * Normal.loss(0), OrderUpTo.expectedServed(40, 25, 40), 1e-9);
    }

    @Test
    void aFillRateFactorIsTheLossFunctionsAnswer() {
        // 100 ± 20: 5 short = 20 × L(k), L(k) = 0.25, k = 0.3449 (L(0.34) = 0.2518, L(0.35) = 0.2481)
        assertEquals(0.3449, OrderUpTo.fillRateFactor(0.95, 100, 20), 1e-3);
        assertEquals(0.25, Normal.loss(OrderUpTo.fillRateFactor(0.95, 100, 20)), 1e-6);
        // L(0) = 0.399: a shortfall allowance above it takes a negative factor
        assertTrue(OrderUpTo.fillRateFactor(0.95, 400, 20) < 0);
        assertEquals(0, OrderUpTo.fillRateFactor(0.95, 0, 20), 1e-12);
        assertEquals(0, OrderUpTo.fillRateFactor(0.95, 100, 0), 1e-12);
    }
}
