package dev.microtower.simulation.domain;

import dev.microtower.core.Range;

/**
 * The weights of the ratings a site passing every fence is scored by (lower score wins): {@code
 * distance} per km to the customer, {@code cost} per unit of currency of handling plus last-mile
 * cost, {@code split} per share of the order's lines the site cannot take (the extra shipment), and
 * {@code workload} per share of the site's daily order capacity already used.
 */
public record RoutingWeights(double distance, double cost, double split, double workload) {
    public static final Range WEIGHT = Range.atLeast(0);

    public RoutingWeights {
        WEIGHT.require(distance, "distance weight");
        WEIGHT.require(cost, "cost weight");
        WEIGHT.require(split, "split weight");
        WEIGHT.require(workload, "workload weight");
    }

    /** The score of a site from its rating terms. */
    public double score(double distanceKm, double costToServe, double missingShare, double utilisation) {
        return distance * distanceKm + cost * costToServe + split * missingShare + workload * utilisation;
    }
}
