package dev.microtower.network.ui;

import dev.microtower.ui.map.Viewport;
import java.util.List;
import java.util.function.IntPredicate;
import org.locationtech.jts.geom.Envelope;

/** What a point of the sites layer lands on: a marker (by index) or a group of markers (cluster index). */
record SiteHit(int marker, int cluster) {
    private static final double HIT_SLOP_PX = 3;

    /** The group or the marker under (x, y) in the layer's coordinates, or {@code null}. */
    static SiteHit find(Viewport v, SiteMarkers markers, SiteClusters c, IntPredicate shown, double x, double y) {
        if (c != null) {
            for (int k = 0; k < c.count.length; k++) {
                double dx = v.screenX(c.wx[k]) - x, dy = v.screenY(c.wy[k]) - y;
                double r = SiteStyle.clusterRadius(c.count[k]);
                if (dx * dx + dy * dy <= r * r) {
                    return new SiteHit(-1, k);
                }
            }
        }
        double reach = (markers.maxRadius + HIT_SLOP_PX) / v.scale();
        double wx = v.worldX(x), wy = v.worldY(y);
        @SuppressWarnings("unchecked")
        List<Integer> candidates = markers.index.query(new Envelope(wx - reach, wx + reach, wy - reach, wy + reach));
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i : candidates) {
            if (!shown.test(i) || (c != null && c.clusterOf[i] >= 0)) {
                continue;
            }
            double dx = v.screenX(markers.wx[i]) - x, dy = v.screenY(markers.wy[i]) - y;
            double distance = Math.sqrt(dx * dx + dy * dy);
            if (distance <= markers.radius[i] + HIT_SLOP_PX && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best < 0 ? null : new SiteHit(best, -1);
    }
}
