package dev.microtower.simulation.engine;

import java.util.Arrays;

/**
 * The units on the shelf of every site × SKU during a replay, with what the end of a day needs
 * kept up to date as stock moves: each site's total, how many of its SKUs with a target are empty,
 * and which cells lost stock since the last replenishment review. Updating these per move instead
 * of scanning every cell every day is what lets a year of a 2,000-site network replay in seconds.
 */
final class StockBook {
    final int[] units;
    final long[] siteUnits;
    final int[] emptyTargets;
    private final boolean[] hasTarget;
    private final int k;
    private final boolean[] dirty;
    private int[] dirtyList = new int[1024];
    private int dirtyCount;

    StockBook(int sites, int skus, boolean[] hasTarget) {
        this.k = skus;
        this.units = new int[sites * skus];
        this.siteUnits = new long[sites];
        this.emptyTargets = new int[sites];
        this.hasTarget = hasTarget;
        this.dirty = new boolean[sites * skus];
        for (int c = 0; c < hasTarget.length; c++) {
            if (hasTarget[c]) {
                emptyTargets[c / k]++;
                markDirty(c);
            }
        }
    }

    int get(int cell) {
        return units[cell];
    }

    void put(int cell, int n) {
        if (n <= 0) {
            return;
        }
        if (units[cell] == 0 && hasTarget[cell]) {
            emptyTargets[cell / k]--;
        }
        units[cell] += n;
        siteUnits[cell / k] += n;
    }

    void take(int cell, int n) {
        if (n <= 0) {
            return;
        }
        units[cell] -= n;
        siteUnits[cell / k] -= n;
        if (units[cell] == 0 && hasTarget[cell]) {
            emptyTargets[cell / k]++;
        }
        markDirty(cell);
    }

    void markDirty(int cell) {
        if (!dirty[cell]) {
            dirty[cell] = true;
            if (dirtyCount == dirtyList.length) {
                dirtyList = Arrays.copyOf(dirtyList, dirtyCount * 2);
            }
            dirtyList[dirtyCount++] = cell;
        }
    }

    /** The cells that lost stock since the last call, in ascending order, and forgets them. */
    int[] drainDirty() {
        int[] cells = Arrays.copyOf(dirtyList, dirtyCount);
        for (int c : cells) {
            dirty[c] = false;
        }
        dirtyCount = 0;
        Arrays.sort(cells);
        return cells;
    }
}
