package dev.microtower.heatmaps.domain;

/** How far back the demand heatmap looks, counted back from the day of the newest order. */
public enum DemandPeriod {
    LAST_7_DAYS("Last 7 days", 7),
    LAST_28_DAYS("Last 28 days", 28),
    LAST_84_DAYS("Last 84 days", 84),
    ALL_HISTORY("All history", 0);

    private final String label;
    private final int days;

    DemandPeriod(String label, int days) {
        this.label = label;
        this.days = days;
    }

    /** The first day (epoch day) of the period that ends on {@code lastDay}, never before {@code firstDay}. */
    public int firstDay(int firstDay, int lastDay) {
        return days == 0 ? firstDay : Math.max(firstDay, lastDay - days + 1);
    }

    @Override
    public String toString() {
        return label;
    }
}
