package dev.microtower.allocation.engine;

import dev.microtower.forecasting.engine.Normal;
import dev.microtower.forecasting.engine.OrderUpTo;

/**
 * Safety stock for a <b>fill rate</b>: the share of the demanded units served from stock, the
 * service level a plan promises and the backtest's service replay measures. Over a replenishment
 * lead time {@code L} a node × SKU's forecast error has the standard deviation {@code σ_L = σ_d·√L}
 * ({@code σ_d} the daily forecast error; lead-time variability is not modelled: lead times come
 * from the network as single numbers). With a buffer of {@code k·σ_L} the expected units short in
 * one replenishment cycle are {@code σ_L·L(k)}, {@code L} the standard normal loss function, and
 * they may be {@code (1 − fill rate)} of the units the cycles serve (here each target's cover, the
 * forecast over its minimum days of cover).
 *
 * <p>The fill rate is promised over the network, so one safety factor serves all the node × SKUs of
 * a service level: the least stock that keeps the expected units short at {@code (1 − fill rate)}
 * of the demand gives every item the same chance of running out (the same {@code k}: a unit of
 * stock saves {@code 1 − Φ(k)} short units wherever it lies), so {@code L(k) = (1 − fill rate)·Σ
 * cover demand / Σ σ_L} ({@link #factor} with the sums) and {@code SS = max(0, k)·σ_L} (the cover
 * itself is the manager's floor). A cycle service level ({@code z(s)·σ_L}, a chance per item of
 * not running out, what this class gave before) reads the same 95 % far more strictly on fast items.
 */
public final class SafetyStock {
    private SafetyStock() {}

    /**
     * The safety factor {@code k} at which cycles of {@code cycleDemand} units with a lead-time
     * error of {@code sigmaLeadTime} (one item's, or sums over items) are expected to be short by
     * {@code (1 − fillRate)} of their demand; 0 without an error or without demand.
     */
    public static double factor(double fillRate, double cycleDemand, double sigmaLeadTime) {
        return OrderUpTo.fillRateFactor(fillRate, cycleDemand, sigmaLeadTime);
    }

    /** The buffer {@code max(0, k)·σ_L}. */
    public static double units(double factor, double sigmaLeadTime) {
        return Math.max(0, factor) * Math.max(0, sigmaLeadTime);
    }

    /** The standard normal quantile of a service level ({@link Normal#quantile}). */
    public static double z(double p) {
        return Normal.quantile(p);
    }
}
