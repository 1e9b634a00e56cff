package dev.microtower.allocation.engine;

import dev.microtower.forecasting.engine.Normal;

/**
 * Safety stock for a cycle service level with demand uncertainty over a fixed lead time:
 * {@code SS = z(s) * sigma_d * sqrt(L)}, where {@code z(s)} is the standard normal quantile of the
 * service level s, {@code sigma_d} the standard deviation of the daily forecast error (units/day)
 * and {@code L} the replenishment lead time in days. Lead-time variability is not modelled: lead
 * times come from the network as single numbers.
 */
public final class SafetyStock {
    private SafetyStock() {}

    public static double units(double serviceLevel, double sigmaDaily, double leadTimeDays) {
        return Math.max(0, z(serviceLevel)) * sigmaDaily * Math.sqrt(leadTimeDays);
    }

    /** The standard normal quantile of a service level ({@link Normal#quantile}). */
    public static double z(double p) {
        return Normal.quantile(p);
    }
}
