package dev.microtower.network.ui;

import dev.microtower.network.domain.NodeStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import javafx.scene.canvas.GraphicsContext;

/** Groups of {@link #CLUSTER_MIN_SIZE} or more shown markers that share a grid cell at one zoom. */
final class SiteClusters {
    private static final double CLUSTER_CELL_PX = 36;
    /** Two markers in a cell still read as two; groups start at three. */
    private static final int CLUSTER_MIN_SIZE = 3;

    final double zoom;
    final int[] clusterOf;
    final double[] wx;
    final double[] wy;
    final int[] count;
    final boolean[] disrupted;
    final double[][] bounds;

    private SiteClusters(double zoom, int[] clusterOf, int groups) {
        this.zoom = zoom;
        this.clusterOf = clusterOf;
        this.wx = new double[groups];
        this.wy = new double[groups];
        this.count = new int[groups];
        this.disrupted = new boolean[groups];
        this.bounds = new double[groups][];
    }

    static SiteClusters compute(SiteMarkers m, double zoom, IntPredicate shown) {
        // cells are fixed in world space, so panning keeps the same groups
        double cell = CLUSTER_CELL_PX / Math.pow(2, zoom);
        Map<Long, List<Integer>> cells = new HashMap<>();
        for (int i = 0; i < m.nodes.length; i++) {
            if (!shown.test(i)) {
                continue;
            }
            long key = (long) Math.floor(m.wx[i] / cell) * 4_000_000L + (long) Math.floor(m.wy[i] / cell);
            cells.computeIfAbsent(key, k -> new ArrayList<>(2)).add(i);
        }
        int[] clusterOf = new int[m.nodes.length];
        Arrays.fill(clusterOf, -1);
        List<List<Integer>> groups = new ArrayList<>();
        for (List<Integer> members : cells.values()) {
            if (members.size() >= CLUSTER_MIN_SIZE) {
                for (int i : members) {
                    clusterOf[i] = groups.size();
                }
                groups.add(members);
            }
        }
        SiteClusters c = new SiteClusters(zoom, clusterOf, groups.size());
        for (int k = 0; k < groups.size(); k++) {
            double sx = 0, sy = 0;
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (int i : groups.get(k)) {
                sx += m.wx[i];
                sy += m.wy[i];
                b[0] = Math.min(b[0], m.wx[i]);
                b[1] = Math.min(b[1], m.wy[i]);
                b[2] = Math.max(b[2], m.wx[i]);
                b[3] = Math.max(b[3], m.wy[i]);
                c.disrupted[k] |= m.nodes[i].status() == NodeStatus.DISRUPTED;
            }
            c.count[k] = groups.get(k).size();
            c.wx[k] = sx / c.count[k];
            c.wy[k] = sy / c.count[k];
            c.bounds[k] = b;
        }
        return c;
    }

    /** Draws the groups inside {@code bounds} (world minX, maxX, minY, maxY), as {@link SiteMarkers#draw} does. */
    void draw(GraphicsContext g, double n, double ox, double oy, double[] bounds) {
        for (int k = 0; k < count.length; k++) {
            double x = wx[k], y = wy[k];
            if (x >= bounds[0] && x <= bounds[1] && y >= bounds[2] && y <= bounds[3]) {
                SiteStyle.drawCluster(g, x * n + ox, y * n + oy, count[k], disrupted[k]);
            }
        }
    }
}
