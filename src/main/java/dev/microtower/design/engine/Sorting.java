package dev.microtower.design.engine;

/** Sorts a prefix of a key array and its index array together, without boxing. */
final class Sorting {
    private Sorting() {}

    static void ascending(double[] key, int[] idx, int len) {
        quicksort(key, idx, 0, len - 1, false);
    }

    static void descending(double[] key, int[] idx, int len) {
        quicksort(key, idx, 0, len - 1, true);
    }

    private static void quicksort(double[] key, int[] idx, int lo, int hi, boolean desc) {
        while (hi - lo > 16) {
            double pivot = median(key[lo], key[(lo + hi) >>> 1], key[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (desc ? key[i] > pivot : key[i] < pivot) {
                    i++;
                }
                while (desc ? key[j] < pivot : key[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(key, idx, i++, j--);
                }
            }
            // recurse into the smaller side, loop on the larger
            if (j - lo < hi - i) {
                quicksort(key, idx, lo, j, desc);
                lo = i;
            } else {
                quicksort(key, idx, i, hi, desc);
                hi = j;
            }
        }
        for (int a = lo + 1; a <= hi; a++) {
            double k = key[a];
            int v = idx[a];
            int b = a - 1;
            while (b >= lo && (desc ? key[b] < k : key[b] > k)) {
                key[b + 1] = key[b];
                idx[b + 1] = idx[b];
                b--;
            }
            key[b + 1] = k;
            idx[b + 1] = v;
        }
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(double[] key, int[] idx, int a, int b) {
        double k = key[a];
        key[a] = key[b];
        key[b] = k;
        int v = idx[a];
        idx[a] = idx[b];
        idx[b] = v;
    }
}
