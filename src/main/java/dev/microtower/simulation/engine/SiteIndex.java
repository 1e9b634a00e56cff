package dev.microtower.simulation.engine;

import dev.microtower.core.GeoPoint;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.zones.domain.DeliveryZone;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Which sites' delivery zones contain a customer, and of which tiers: a uniform grid over the
 * zones' bounding boxes (each cell lists the zones whose box meets it, in the zones' order), then
 * the polygon test (none for a zone that is its own bounding box), so an order looks at the few
 * zones near the customer instead of every site's. {@link #scanning} builds the naive variant that
 * tests every zone of every site, for the benchmark. Not thread-safe (it reuses its work arrays): one
 * per replay.
 */
final class SiteIndex implements ZoneHits {
    /** Tier bits of {@link #tiers}. */
    static final int SAME_DAY = 1;

    static final int NEXT_DAY = 2;
    static final int HUB = 4;

    /** At most this many grid cells, and cell entries, whatever the zones. */
    private static final int MAX_CELLS = 1 << 20;

    private record Entry(int site, int tierBit, Envelope box, PreparedGeometry area, boolean rectangle) {}

    private final GeometryFactory geometry = new GeometryFactory();
    private final List<Entry> all;
    private final boolean indexed;
    private final int[] mask;
    private final int[] touched;
    private int count;
    private double minX;
    private double minY;
    private double cell;
    private int columns;
    private int rows;
    /**
     * The zones of cell c are at {@code cellStart[c] .. cellStart[c + 1]} of the arrays below, which
     * hold each one's site, tier bit, box and area side by side: a lookup reads a few neighbouring
     * numbers instead of following a pointer per zone.
     */
    private int[] cellStart;

    private int[] cellSite;
    private int[] cellBit;
    private double[] cellBox;
    private PreparedGeometry[] cellArea;

    private SiteIndex(List<Entry> entries, int sites, boolean indexed) {
        this.all = entries;
        this.indexed = indexed;
        this.mask = new int[sites];
        this.touched = new int[sites];
        if (indexed) {
            buildGrid();
        }
    }

    /**
     * Cells as large as the median zone box (so a point meets a few zones per cell), doubled until
     * the grid and its entries stay within {@link #MAX_CELLS}.
     */
    private void buildGrid() {
        if (all.isEmpty()) {
            columns = 0;
            rows = 0;
            return;
        }
        Envelope extent = new Envelope();
        double[] sizes = new double[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Envelope b = all.get(i).box();
            extent.expandToInclude(b);
            sizes[i] = Math.max(b.getWidth(), b.getHeight());
        }
        Arrays.sort(sizes);
        double size = Math.max(sizes[sizes.length / 2], 1e-6);
        minX = extent.getMinX();
        minY = extent.getMinY();
        while (true) {
            long cols = (long) Math.floor(extent.getWidth() / size) + 1;
            long rws = (long) Math.floor(extent.getHeight() / size) + 1;
            long refs = 0;
            for (Entry e : all) {
                Envelope b = e.box();
                refs += (long) (Math.floor((b.getMaxX() - minX) / size) - Math.floor((b.getMinX() - minX) / size) + 1)
                        * (long)
                                (Math.floor((b.getMaxY() - minY) / size) - Math.floor((b.getMinY() - minY) / size) + 1);
            }
            if (cols * rws <= MAX_CELLS && refs <= MAX_CELLS) {
                columns = (int) cols;
                rows = (int) rws;
                break;
            }
            size *= 2;
        }
        cell = size;
        int[] perCell = new int[columns * rows + 1];
        for (Entry e : all) {
            forCells(e.box(), c -> perCell[c + 1]++);
        }
        for (int c = 0; c < columns * rows; c++) {
            perCell[c + 1] += perCell[c];
        }
        cellStart = perCell.clone();
        int refs = perCell[columns * rows];
        cellSite = new int[refs];
        cellBit = new int[refs];
        cellBox = new double[4 * refs];
        cellArea = new PreparedGeometry[refs];
        int[] next = Arrays.copyOf(perCell, perCell.length);
        for (Entry e : all) {
            forCells(e.box(), c -> {
                int i = next[c]++;
                cellSite[i] = e.site();
                cellBit[i] = e.tierBit();
                cellBox[4 * i] = e.box().getMinX();
                cellBox[4 * i + 1] = e.box().getMaxX();
                cellBox[4 * i + 2] = e.box().getMinY();
                cellBox[4 * i + 3] = e.box().getMaxY();
                // a rectangle is its box: no polygon test
                cellArea[i] = e.rectangle() ? null : e.area();
            });
        }
    }

    private void forCells(Envelope box, IntConsumer action) {
        int x0 = clamp((int) Math.floor((box.getMinX() - minX) / cell), columns);
        int x1 = clamp((int) Math.floor((box.getMaxX() - minX) / cell), columns);
        int y0 = clamp((int) Math.floor((box.getMinY() - minY) / cell), rows);
        int y1 = clamp((int) Math.floor((box.getMaxY() - minY) / cell), rows);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                action.accept(y * columns + x);
            }
        }
    }

    private static int clamp(int i, int n) {
        return Math.max(0, Math.min(n - 1, i));
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
                        PreparedGeometryFactory.prepare(z.area()),
                        z.area().isRectangle()));
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

    @Override
    public void lookup(GeoPoint customer) {
        lookup(customer.lat(), customer.lon());
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
        if (indexed) {
            int x = (int) Math.floor((lon - minX) / cell);
            int y = (int) Math.floor((lat - minY) / cell);
            if (x < 0 || y < 0 || x >= columns || y >= rows) {
                return;
            }
            int c = y * columns + x;
            Point p = null;
            for (int i = cellStart[c]; i < cellStart[c + 1]; i++) {
                int site = cellSite[i];
                int bit = cellBit[i];
                if ((mask[site] & bit) != 0) {
                    continue;
                }
                int b = 4 * i;
                PreparedGeometry area = cellArea[i];
                if (area == null) {
                    // "contains" leaves out the edge, as the polygon test does
                    if (lon <= cellBox[b] || lon >= cellBox[b + 1] || lat <= cellBox[b + 2] || lat >= cellBox[b + 3]) {
                        continue;
                    }
                } else {
                    if (lon < cellBox[b] || lon > cellBox[b + 1] || lat < cellBox[b + 2] || lat > cellBox[b + 3]) {
                        continue;
                    }
                    if (p == null) {
                        p = geometry.createPoint(new Coordinate(lon, lat));
                    }
                    if (!area.contains(p)) {
                        continue;
                    }
                }
                add(site, bit);
            }
        } else {
            Point p = geometry.createPoint(new Coordinate(lon, lat));
            // the naive router: every zone of every site, with no bounding-box test first
            for (Entry e : all) {
                if ((mask[e.site()] & e.tierBit()) == 0 && e.area().contains(p)) {
                    add(e.site(), e.tierBit());
                }
            }
        }
        Arrays.sort(touched, 0, count);
    }

    private void add(int site, int bit) {
        if (mask[site] == 0) {
            touched[count++] = site;
        }
        mask[site] |= bit;
    }

    @Override
    public int count() {
        return count;
    }

    @Override
    public int site(int i) {
        return touched[i];
    }

    @Override
    public int tiers(int i) {
        return mask[touched[i]];
    }

    @Override
    public int tiersOf(int site) {
        return mask[site];
    }
}
