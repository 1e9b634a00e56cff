package dev.microtower.simulation.engine;

import dev.microtower.network.domain.SlaTier;
import dev.microtower.zones.domain.DeliveryZone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which sites' delivery zones contain a customer, and of which tiers: an STR-tree over the zones'
 * bounding boxes, then a prepared-polygon test, so an order looks at the few zones near the
 * customer instead of every site's. {@link #scanning} builds the naive variant that tests every zone
 * of every site, for the benchmark. Not thread-safe (it reuses its work arrays): one per replay.
 */
final class SiteIndex {
    /** Tier bits of {@link #tiers}. */
    static final int SAME_DAY = 1;

    static final int NEXT_DAY = 2;
    static final int HUB = 4;

    private record Entry(int site, int tierBit, Envelope box, PreparedGeometry area) {}

    private final GeometryFactory geometry = new GeometryFactory();
    private final STRtree tree;
    private final List<Entry> all;
    private final int[] mask;
    private final int[] touched;
    private int count;

    private SiteIndex(List<Entry> entries, int sites, boolean indexed) {
        this.all = entries;
        this.mask = new int[sites];
        this.touched = new int[sites];
        if (indexed) {
            tree = new STRtree();
            for (Entry e : entries) {
                tree.insert(e.box(), e);
            }
            tree.build();
        } else {
            tree = null;
        }
    }

    static SiteIndex indexed(List<DeliveryZone> zones, Map<?, Integer> siteIndex, int sites) {
        return new SiteIndex(entries(zones, siteIndex), sites, true);
    }

    static SiteIndex scanning(List<DeliveryZone> zones, Map<?, Integer> siteIndex, int sites) {
        return new SiteIndex(entries(zones, siteIndex), sites, false);
    }

    private static List<Entry> entries(List<DeliveryZone> zones, Map<?, Integer> siteIndex) {
        List<Entry> entries = new ArrayList<>();
        for (DeliveryZone z : zones) {
            Integer site = siteIndex.get(z.node());
            if (site != null) {
                entries.add(new Entry(
                        site,
                        bit(z.slaTier()),
                        z.area().getEnvelopeInternal(),
                        PreparedGeometryFactory.prepare(z.area())));
            }
        }
        return entries;
    }

    static int bit(SlaTier tier) {
        switch (tier) {
            case SAME_DAY:
                return SAME_DAY;
            case NEXT_DAY:
                return NEXT_DAY;
            default:
                return HUB;
        }
    }

    /**
     * Finds the sites whose zones contain (lat, lon); afterwards {@link #count()} sites are in
     * {@link #site(int)} in ascending index order and {@link #tiers(int)} gives each one's tier bits.
     */
    void lookup(double lat, double lon) {
        for (int i = 0; i < count; i++) {
            mask[touched[i]] = 0;
        }
        count = 0;
        Point p = geometry.createPoint(new Coordinate(lon, lat));
        if (tree != null) {
            List<?> hits = tree.query(new Envelope(lon, lon, lat, lat));
            for (Object o : hits) {
                test((Entry) o, p, lon, lat);
            }
        } else {
            // the naive router: every zone of every site, with no bounding-box test first
            for (Entry e : all) {
                if ((mask[e.site()] & e.tierBit()) == 0 && e.area().contains(p)) {
                    add(e);
                }
            }
        }
        Arrays.sort(touched, 0, count);
    }

    private void test(Entry e, Point p, double lon, double lat) {
        if ((mask[e.site()] & e.tierBit()) != 0
                || !e.box().contains(lon, lat)
                || !e.area().contains(p)) {
            return;
        }
        add(e);
    }

    private void add(Entry e) {
        if (mask[e.site()] == 0) {
            touched[count++] = e.site();
        }
        mask[e.site()] |= e.tierBit();
    }

    int count() {
        return count;
    }

    int site(int i) {
        return touched[i];
    }

    int tiers(int i) {
        return mask[touched[i]];
    }

    /** The tier bits of {@code site} after the last lookup (0 when no zone of it contains the point). */
    int tiersOf(int site) {
        return mask[site];
    }
}
