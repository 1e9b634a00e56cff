package dev.microtower.core.kpi;

/** Which way a KPI improves, so a comparison can colour a difference as better or worse. */
public enum Better {
    /** More is better (fill rate, coverage). */
    HIGHER,
    /** Less is better (cost per order, stockouts). */
    LOWER,
    /** Neither way is better in itself (stock units, open sites): a difference is only shown. */
    NEITHER;

    /**
     * +1 when going from {@code reference} to {@code value} is an improvement, −1 when it is worse,
     * 0 when equal, not comparable or {@link #NEITHER}.
     */
    public int judge(double reference, double value) {
        if (this == NEITHER || Double.isNaN(reference) || Double.isNaN(value) || reference == value) {
            return 0;
        }
        boolean up = value > reference;
        return (this == HIGHER) == up ? 1 : -1;
    }
}
