package dev.microtower.design.domain;

import java.util.Arrays;
import java.util.List;

/**
 * A capacitated fixed-charge facility location problem with split sourcing: candidate sites
 * (capacity, fixed cost, lock), customers with a demand, and for every site and customer the cost
 * of serving that customer's whole demand from that site ({@code +∞}: the site cannot serve it).
 * A customer may be served by several sites, each share costing its part of the whole. The
 * arrays are copied in and out, so an instance never changes.
 */
public final class DesignProblem {
    private final List<CandidateSite> sites;
    private final double[] demand;
    private final double[] cost;
    private final DesignLimits limits;

    /** {@code cost[i * customers + j]}: serving all of customer j from site i. */
    public DesignProblem(List<CandidateSite> sites, double[] demand, double[] cost, DesignLimits limits) {
        this.sites = List.copyOf(sites);
        this.demand = demand.clone();
        this.cost = cost.clone();
        this.limits = limits;
        if ((long) this.sites.size() * this.demand.length != this.cost.length) {
            throw new IllegalArgumentException(
                    "the cost table must have " + this.sites.size() + " x " + this.demand.length + " entries");
        }
        for (int j = 0; j < this.demand.length; j++) {
            if (!(this.demand[j] >= 0) || Double.isInfinite(this.demand[j])) {
                throw new IllegalArgumentException(
                        "demand of customer " + (j + 1) + " must be a number of at least 0: " + this.demand[j]);
            }
        }
        for (double c : this.cost) {
            if (!(c >= 0)) {
                throw new IllegalArgumentException("a serving cost must be at least 0 (or infinite): " + c);
            }
        }
    }

    public DesignProblem withLimits(DesignLimits newLimits) {
        return new DesignProblem(sites, demand, cost, newLimits);
    }

    public DesignProblem withSites(List<CandidateSite> newSites) {
        return new DesignProblem(newSites, demand, cost, limits);
    }

    public List<CandidateSite> sites() {
        return sites;
    }

    public int siteCount() {
        return sites.size();
    }

    public int customerCount() {
        return demand.length;
    }

    public double demand(int customer) {
        return demand[customer];
    }

    public double[] demands() {
        return demand.clone();
    }

    public double totalDemand() {
        return Arrays.stream(demand).sum();
    }

    public double cost(int site, int customer) {
        return cost[site * demand.length + customer];
    }

    public double[] costs() {
        return cost.clone();
    }

    public DesignLimits limits() {
        return limits;
    }
}
