package dev.microtower.demo;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Units per SKU at one site, over the SKUs the site carries: recent demand, and quantities reserved
 * for open orders. Kept per assortment rather than as a node × SKU matrix so big benchmark
 * networks fit in memory.
 */
final class DemandLedger {
    private final int[] skus;
    private final double[] demand;
    private final long[] reserved;

    DemandLedger(BitSet assortment) {
        this.skus = assortment.stream().toArray();
        this.demand = new double[skus.length];
        this.reserved = new long[skus.length];
    }

    int[] skus() {
        return skus;
    }

    void addDemand(int sku, double units) {
        int at = Arrays.binarySearch(skus, sku);
        if (at >= 0) {
            demand[at] += units;
        }
    }

    void reserve(int sku, int units) {
        int at = Arrays.binarySearch(skus, sku);
        if (at >= 0) {
            reserved[at] += units;
        }
    }

    double demandAt(int position) {
        return demand[position];
    }

    long reservedAt(int position) {
        return reserved[position];
    }

    /** Adds another site's demand, for the DC that replenishes it. */
    void addAll(DemandLedger other) {
        for (int i = 0; i < other.skus.length; i++) {
            addDemand(other.skus[i], other.demand[i]);
        }
    }
}
