package dev.microtower.forecasting.domain;

/**
 * The backtest's days replayed through one stocking policy, once on the forecasts and once on
 * seasonal naive: every week each site × SKU is filled up to its week's demand quantile at a cycle
 * level (a count distribution's for slow items), and that week's actual demand is served from it
 * (what is short is lost). Each policy's cycle level is the one at which its own demand model
 * expects the target fill rate, set before the evaluated days ({@code cycleLevel}, {@code
 * naiveCycleLevel}: means over the origins). The fill rate is served over demanded units; stock is
 * the mean units on hand at the start of a day, summed over the site × SKUs. {@code
 * stockAtTargetUnitDays} and its naive twin are the stock each policy would have needed to meet the
 * target exactly on the evaluated days (its cycle level chosen on them: a like-for-like comparison,
 * never used by a plan); NaN when no level reaches it. {@code servedAtNaiveStock}: what the forecast
 * policy serves at the highest cycle level holding no more than seasonal naive's policy did (same
 * footing). The {@code ...AsPlanned} figures replay the plan's own reading of the service
 * level ({@code SafetyStock}: a <b>fill rate over the network</b>, one safety factor {@code k}
 * for every site × SKU from the normal loss function, each week filled up to {@code ceil(forecast
 * + k·σ)}) with the same errors: the figures the plan's targets stand on.
 */
public record ServiceReplay(
        double serviceLevel,
        double demand,
        double served,
        double stockUnitDays,
        double naiveServed,
        double naiveStockUnitDays,
        int days,
        double cycleLevel,
        double naiveCycleLevel,
        double stockAtTargetUnitDays,
        double naiveStockAtTargetUnitDays,
        double servedAtNaiveStock,
        double servedAsPlanned,
        double stockAsPlannedUnitDays,
        double naiveServedAsPlanned,
        double naiveStockAsPlannedUnitDays) {

    /** The fill rate at the plan's reading of the service level (a fill rate over the network, one safety factor). */
    public double fillRateAsPlanned() {
        return demand > 0 ? servedAsPlanned / demand : Double.NaN;
    }

    public double naiveFillRateAsPlanned() {
        return demand > 0 ? naiveServedAsPlanned / demand : Double.NaN;
    }

    public double meanStockAsPlanned() {
        return days > 0 ? stockAsPlannedUnitDays / days : Double.NaN;
    }

    public double naiveMeanStockAsPlanned() {
        return days > 0 ? naiveStockAsPlannedUnitDays / days : Double.NaN;
    }

    public double fillRate() {
        return demand > 0 ? served / demand : Double.NaN;
    }

    public double naiveFillRate() {
        return demand > 0 ? naiveServed / demand : Double.NaN;
    }

    /** Mean units on hand across the network. */
    public double meanStock() {
        return days > 0 ? stockUnitDays / days : Double.NaN;
    }

    public double naiveMeanStock() {
        return days > 0 ? naiveStockUnitDays / days : Double.NaN;
    }

    /** The forecast policy's fill rate holding no more stock than seasonal naive's. */
    public double fillRateAtNaiveStock() {
        return demand > 0 ? servedAtNaiveStock / demand : Double.NaN;
    }

    /** Mean units on hand had the policy met the target fill rate exactly; NaN if it cannot. */
    public double meanStockAtTarget() {
        return days > 0 ? stockAtTargetUnitDays / days : Double.NaN;
    }

    public double naiveMeanStockAtTarget() {
        return days > 0 ? naiveStockAtTargetUnitDays / days : Double.NaN;
    }

    /** Adds one week of one site × SKU under a fill-up-to level; returns {served, stock unit-days}. */
    public static double[] week(double level, double[] actual, int from, int to) {
        double stock = Math.max(0, level);
        double served = 0;
        double held = 0;
        for (int d = from; d < to; d++) {
            held += stock;
            double s = Math.min(stock, actual[d]);
            served += s;
            stock -= s;
        }
        return new double[] {served, held};
    }
}
