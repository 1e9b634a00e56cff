package dev.microtower.heatmaps.domain;

/**
 * Which orders the demand heatmap counts: those placed from {@code firstDay} to {@code lastDay}
 * (epoch days, UTC, inclusive) with at least one line of the assortment part.
 */
public record DemandFilter(int firstDay, int lastDay, AssortmentFilter assortment) {
    public DemandFilter {
        java.util.Objects.requireNonNull(assortment, "assortment");
    }
}
