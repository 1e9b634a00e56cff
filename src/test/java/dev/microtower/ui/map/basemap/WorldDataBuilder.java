package dev.microtower.ui.map.basemap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.microtower.core.WebMercator;
import dev.microtower.ui.map.basemap.WorldData.Kind;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Builds src/main/resources/basemap/world.bin from the files that tools/basemap/extract.mjs
 * unpacks from the npm data packages (see docs/basemap.md). Kept with the tests so that it is
 * compiled and checked with the project but never shipped in the jar.
 *
 * <p>Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.microtower.ui.map.basemap.WorldDataBuilder -Dexec.args="tools/basemap/build
 * src/main/resources/basemap"}
 */
public final class WorldDataBuilder {
    static final int MARGIN_PER_1024 = 32;
    static final double MARGIN = MARGIN_PER_1024 / 1024.0;

    /**
     * One zoom band of one layer: which source, which index grid and quantisation, and how
     * coarse: {@code tolerancePx} pixels at {@code detailZoom} for simplifying, with polygons
     * under 2x2 such pixels dropped.
     */
    record Band(
            Kind kind,
            String source,
            int minZoom,
            int maxZoom,
            int indexZoom,
            int extent,
            double tolerancePx,
            int detailZoom) {}

    static final int TOP = TileKey.MAX_ZOOM;

    static final List<Band> BANDS = List.of(
            new Band(Kind.LAND, "ne-land-110m.geojson", 0, 2, 0, 8192, 0.5, 2),
            new Band(Kind.LAND, "ne-land-50m.geojson", 3, 4, 2, 8192, 0.5, 4),
            new Band(Kind.LAND, "ne-land-10m.geojson", 5, 7, 3, 8192, 0.5, 7),
            new Band(Kind.LAND, "osm-land-100m.geojson", 8, TOP, 8, 8192, 0.7, 10),
            new Band(Kind.COUNTRY_BORDERS, "ne-borders-50m.geojson", 2, 4, 2, 8192, 0.5, 4),
            new Band(Kind.COUNTRY_BORDERS, "ne-borders-10m.geojson", 5, TOP, 5, 65535, 0.25, 10),
            new Band(Kind.STATE_BORDERS, "us-states-10m.geojson", 4, TOP, 4, 65535, 0.25, 10),
            new Band(Kind.PLACES, "places.tsv", 0, 5, 0, 1 << 20, 0, 0),
            new Band(Kind.PLACES, "places.tsv", 6, 9, 3, 1 << 20, 0, 0),
            new Band(Kind.PLACES, "places.tsv", 10, TOP, 6, 1 << 20, 0, 0));

    static int detailZoom(Band band) {
        return band.detailZoom();
    }

    private final Path input;
    private final GeometryFactory factory = new GeometryFactory();
    private final Map<String, List<double[][]>> parsed = new HashMap<>();
    private final Map<String, Integer> stats = new TreeMap<>();

    WorldDataBuilder(Path input) {
        this.input = input;
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args.length > 0 ? args[0] : "tools/basemap/build");
        Path out = Path.of(args.length > 1 ? args[1] : "src/main/resources/basemap");
        new WorldDataBuilder(in).build(out);
    }

    void build(Path outDir) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        ByteArrayOutputStream blobs = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(header);
        h.write(WorldData.MAGIC);
        h.writeShort(WorldData.VERSION);
        h.writeByte(BANDS.size());
        List<Place> places = null;
        for (Band band : BANDS) {
            long started = System.nanoTime();
            TreeMap<Long, byte[]> cells;
            TreeMap<Long, Boolean> full = new TreeMap<>();
            if (band.kind() == Kind.PLACES) {
                if (places == null) {
                    places = placeLabels(readPlaces(input.resolve(band.source())));
                }
                cells = encodePlaces(band, places);
            } else {
                cells = encodeGeometry(band, full);
            }
            h.writeByte(band.kind().code);
            h.writeByte(band.minZoom());
            h.writeByte(Math.min(band.maxZoom(), 255));
            h.writeByte(band.indexZoom());
            h.writeInt(band.extent());
            h.writeShort(MARGIN_PER_1024);
            h.writeInt(cells.size());
            long bytes = 0;
            for (Map.Entry<Long, byte[]> cell : cells.entrySet()) {
                long key = cell.getKey();
                writeVarint(h, (int) (key & 0xffffffffL));
                writeVarint(h, (int) (key >>> 32));
                h.writeByte(full.containsKey(key) ? 1 : 0);
                writeVarint(h, cell.getValue().length);
                blobs.write(cell.getValue());
                bytes += cell.getValue().length;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-16s z%d-%d %-24s %6d cells %9d bytes %6.1f s%n",
                    band.kind(),
                    band.minZoom(),
                    band.maxZoom(),
                    band.source(),
                    cells.size(),
                    bytes,
                    (System.nanoTime() - started) / 1e9);
        }
        h.flush();
        byte[] all = new byte[header.size() + blobs.size()];
        System.arraycopy(header.toByteArray(), 0, all, 0, header.size());
        System.arraycopy(blobs.toByteArray(), 0, all, header.size(), blobs.size());
        WorldData.parse(all); // refuse to write something the reader cannot read
        Files.createDirectories(outDir);
        Files.write(outDir.resolve("world.bin"), all);
        String id = sha256(all).substring(0, 16);
        StringBuilder props = new StringBuilder();
        props.append("# written by WorldDataBuilder; see docs/basemap.md\n");
        props.append("dataId=").append(id).append('\n');
        props.append("bytes=").append(all.length).append('\n');
        stats.forEach((k, v) -> props.append(k).append('=').append(v).append('\n'));
        Files.writeString(outDir.resolve("world.properties"), props.toString());
        System.out.println("world.bin: " + all.length + " bytes, dataId " + id + ", " + stats);
    }

    // ---------------------------------------------------------------- polygons and lines

    private TreeMap<Long, byte[]> encodeGeometry(Band band, Map<Long, Boolean> full) throws IOException {
        boolean polygons = band.kind() == Kind.LAND;
        double pixel = 1.0 / (256.0 * (1L << detailZoom(band)));
        double tolerance = band.tolerancePx() * pixel;
        List<double[]> parts = new ArrayList<>();
        int dropped = 0;
        int droppedHoles = 0;
        int fixed = 0;
        long t0 = System.nanoTime();
        List<double[][]> source = read(band.source(), polygons);
        System.out.printf(
                Locale.ROOT,
                "  read %s: %d parts in %.1f s%n",
                band.source(),
                source.size(),
                (System.nanoTime() - t0) / 1e9);
        for (double[][] raw : source) {
            if (polygons) {
                Polygon polygon = polygon(raw);
                if (polygon == null) {
                    continue;
                }
                // Islands and lakes under ~2x2 pixels at the band's detail zoom are noise there.
                double minArea = 4 * pixel * pixel;
                if (Math.abs(polygon.getArea()) < minArea) {
                    dropped++;
                    continue;
                }
                // Only invalid polygons go through the (slow on continents) fixer. Simplifying
                // without DP's own buffer(0) repair keeps continents fast; the renderer fills
                // rings even-odd, so a rare sub-pixel self-touch after simplifying is invisible.
                Geometry clean = polygon;
                if (!polygon.isValid()) {
                    clean = fixRingByRing(polygon);
                    fixed++;
                }
                Geometry simple = clean;
                if (tolerance > 0) {
                    DouglasPeuckerSimplifier simplifier = new DouglasPeuckerSimplifier(clean);
                    simplifier.setDistanceTolerance(tolerance);
                    simplifier.setEnsureValid(false);
                    simple = simplifier.getResultGeometry();
                }
                for (int i = 0; i < simple.getNumGeometries(); i++) {
                    if (!(simple.getGeometryN(i) instanceof Polygon p) || p.getArea() < minArea) {
                        dropped++;
                        continue;
                    }
                    parts.addAll(wrapped(ring(p.getExteriorRing(), true)));
                    for (int k = 0; k < p.getNumInteriorRing(); k++) {
                        LinearRing hole = p.getInteriorRingN(k);
                        // Lakes and ponds under ~8x8 pixels at the detail zoom come out of the
                        // simplifier as triangles that read as noise; the map is calmer without.
                        if (Math.abs(signedArea(ring(hole, false))) < 16 * minArea) {
                            droppedHoles++;
                        } else {
                            parts.addAll(wrapped(ring(hole, false)));
                        }
                    }
                }
            } else {
                LineString line = factory.createLineString(coordinates(raw[0]));
                Geometry simple = tolerance > 0 ? DouglasPeuckerSimplifier.simplify(line, tolerance) : line;
                parts.addAll(wrapped(flat(simple.getCoordinates())));
            }
        }
        stat(band, "droppedPolygons", dropped);
        stat(band, "droppedHoles", droppedHoles);
        stat(band, "fixedInvalid", fixed);
        stat(band, "points", parts.stream().mapToInt(p -> p.length / 2).sum());
        TreeMap<Long, byte[]> cells = new TreeMap<>();
        QuadClipper clipper = new QuadClipper(band.indexZoom(), MARGIN, polygons, (x, y, clipped) -> {
            long key = WorldData.key(x, y);
            if (clipped == null) {
                full.put(key, Boolean.TRUE);
                cells.put(key, new byte[0]);
            } else {
                byte[] blob = encodeParts(band, x, y, clipped, polygons);
                if (blob != null) {
                    cells.put(key, blob);
                }
            }
        });
        clipper.clip(parts);
        return cells;
    }

    /**
     * Repairs an invalid polygon ring by ring: each ring is made valid on its own (self-crossings
     * split into simple rings) and kept as shell or hole. GeometryFixer on the whole polygon would
     * also subtract every hole from the shell, which takes hours on a continent with thousands
     * of lakes; the renderer fills rings even-odd, so the per-ring repair draws the same.
     */
    private Geometry fixRingByRing(Polygon polygon) {
        List<Polygon> shells =
                simpleParts(factory.createPolygon(polygon.getExteriorRing().getCoordinates()));
        List<LinearRing> holes = new ArrayList<>();
        for (int k = 0; k < polygon.getNumInteriorRing(); k++) {
            for (Polygon hole : simpleParts(
                    factory.createPolygon(polygon.getInteriorRingN(k).getCoordinates()))) {
                holes.add(hole.getExteriorRing());
            }
        }
        if (shells.isEmpty()) {
            return factory.createPolygon();
        }
        Polygon[] parts = new Polygon[shells.size()];
        for (int i = 0; i < parts.length; i++) {
            // holes go with the first shell: the encoder flattens all rings of a cell anyway
            parts[i] = i == 0
                    ? factory.createPolygon(shells.get(0).getExteriorRing(), holes.toArray(LinearRing[]::new))
                    : factory.createPolygon(shells.get(i).getExteriorRing());
        }
        return factory.createMultiPolygon(parts);
    }

    private static List<Polygon> simpleParts(Polygon ring) {
        Geometry fixedRing = GeometryFixer.fix(ring);
        List<Polygon> out = new ArrayList<>();
        for (int i = 0; i < fixedRing.getNumGeometries(); i++) {
            if (fixedRing.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private void stat(Band band, String what, int value) {
        stats.merge(
                band.kind().name().toLowerCase(Locale.ROOT) + ".z" + band.minZoom() + "." + what, value, Integer::sum);
    }

    private Polygon polygon(double[][] rings) {
        try {
            LinearRing shell = factory.createLinearRing(closed(coordinates(rings[0])));
            LinearRing[] holes = new LinearRing[rings.length - 1];
            for (int i = 1; i < rings.length; i++) {
                holes[i - 1] = factory.createLinearRing(closed(coordinates(rings[i])));
            }
            return factory.createPolygon(shell, holes);
        } catch (IllegalArgumentException tooFewPoints) {
            return null;
        }
    }

    private static Coordinate[] closed(Coordinate[] c) {
        if (c.length > 0 && !c[0].equals2D(c[c.length - 1])) {
            Coordinate[] copy = java.util.Arrays.copyOf(c, c.length + 1);
            copy[c.length] = c[0];
            return copy;
        }
        return c;
    }

    private static Coordinate[] coordinates(double[] flat) {
        Coordinate[] c = new Coordinate[flat.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(flat[2 * i], flat[2 * i + 1]);
        }
        return c;
    }

    private static double[] flat(Coordinate[] c) {
        double[] out = new double[c.length * 2];
        for (int i = 0; i < c.length; i++) {
            out[2 * i] = c[i].x;
            out[2 * i + 1] = c[i].y;
        }
        return out;
    }

    /** Ring without its closing point, shells with positive and holes with negative area. */
    private static double[] ring(LineString ring, boolean shell) {
        Coordinate[] c = ring.getCoordinates();
        double[] out = flat(java.util.Arrays.copyOf(c, c.length - 1));
        if ((signedArea(out) > 0) != shell) {
            for (int i = 0, j = out.length - 2; i < j; i += 2, j -= 2) {
                double x = out[i];
                double y = out[i + 1];
                out[i] = out[j];
                out[i + 1] = out[j + 1];
                out[j] = x;
                out[j + 1] = y;
            }
        }
        return out;
    }

    static double signedArea(double[] ring) {
        double sum = 0;
        int n = ring.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sum += ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
        }
        return sum / 2;
    }

    private static byte[] encodeParts(Band band, long x, long y, List<double[]> parts, boolean polygons)
            throws IOException {
        double size = (1 + 2 * MARGIN) / (1L << band.indexZoom());
        double ox = (x - MARGIN) / (1L << band.indexZoom());
        double oy = (y - MARGIN) / (1L << band.indexZoom());
        List<int[]> quantised = new ArrayList<>();
        for (double[] part : parts) {
            int[] q = new int[part.length];
            int n = 0;
            for (int i = 0; i < part.length; i += 2) {
                int qx = (int) Math.round((part[i] - ox) / size * band.extent());
                int qy = (int) Math.round((part[i + 1] - oy) / size * band.extent());
                qx = Math.max(0, Math.min(band.extent(), qx));
                qy = Math.max(0, Math.min(band.extent(), qy));
                if (n > 0 && q[2 * n - 2] == qx && q[2 * n - 1] == qy) {
                    continue;
                }
                q[2 * n] = qx;
                q[2 * n + 1] = qy;
                n++;
            }
            if (n >= (polygons ? 3 : 2)) {
                quantised.add(java.util.Arrays.copyOf(q, 2 * n));
            }
        }
        if (quantised.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        writeVarint(out, quantised.size());
        int px = 0;
        int py = 0;
        for (int[] q : quantised) {
            writeVarint(out, q.length / 2);
            for (int i = 0; i < q.length; i += 2) {
                writeVarint(out, zigzag(q[i] - px));
                writeVarint(out, zigzag(q[i + 1] - py));
                px = q[i];
                py = q[i + 1];
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    // ---------------------------------------------------------------- reading GeoJSON

    /** Every polygon (as rings) or line (as one part) of a GeoJSON file, in world units. */
    private List<double[][]> read(String file, boolean polygons) throws IOException {
        String cacheKey = file + polygons;
        List<double[][]> hit = parsed.get(cacheKey);
        if (hit != null) {
            return hit;
        }
        List<double[][]> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(input.resolve(file).toFile())) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && "coordinates".equals(p.currentName())) {
                    p.nextToken();
                    Object nested = readNested(p);
                    collect(nested, depth(nested), polygons, out);
                }
            }
        }
        parsed.put(cacheKey, out);
        return out;
    }

    private static Object readNested(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("expected an array at " + p.currentLocation());
        }
        p.nextToken();
        if (p.currentToken().isNumeric()) {
            double lon = p.getDoubleValue();
            p.nextToken();
            double lat = p.getDoubleValue();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                // altitude, ignored
            }
            return new double[] {
                WebMercator.worldX(lon) / WebMercator.TILE_SIZE, WebMercator.worldY(lat) / WebMercator.TILE_SIZE
            };
        }
        List<Object> items = new ArrayList<>();
        while (p.currentToken() != JsonToken.END_ARRAY) {
            items.add(readNested(p));
            p.nextToken();
        }
        return items;
    }

    private static int depth(Object nested) {
        if (nested instanceof double[]) {
            return 0;
        }
        List<?> list = (List<?>) nested;
        return list.isEmpty() ? 1 : 1 + depth(list.get(0));
    }

    /** depth 1 = line or ring, 2 = polygon or multi-line, 3 = multi-polygon. */
    private static void collect(Object nested, int depth, boolean polygons, List<double[][]> out) {
        List<?> list = (List<?>) nested;
        if (depth == 1) {
            out.add(new double[][] {points(list)});
        } else if (depth == 2 && polygons) {
            double[][] rings = new double[list.size()][];
            for (int i = 0; i < rings.length; i++) {
                rings[i] = points((List<?>) list.get(i));
            }
            out.add(rings);
        } else {
            for (Object item : list) {
                collect(item, depth - 1, polygons, out);
            }
        }
    }

    /**
     * Positions as x,y pairs, unwrapped across the antimeridian: Natural Earth's TopoJSON lets
     * Fiji, Chukotka and Antarctica jump from +180 to -180, which drawn naively is a line across
     * the world. Unwrapped, such a part runs past x = 1 (or below 0) and {@link #wrapped} adds
     * its copy one world over.
     */
    private static double[] points(List<?> positions) {
        double[] out = new double[positions.size() * 2];
        for (int i = 0; i < positions.size(); i++) {
            double[] p = (double[]) positions.get(i);
            double x = p[0];
            if (i > 0) {
                double previous = out[2 * i - 2];
                while (x - previous > 0.5) {
                    x -= 1;
                }
                while (x - previous < -0.5) {
                    x += 1;
                }
            }
            out[2 * i] = x;
            out[2 * i + 1] = p[1];
        }
        return out;
    }

    /** The part and, when it reaches over the antimeridian, its copy one world east or west. */
    static List<double[]> wrapped(double[] part) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (int i = 0; i < part.length; i += 2) {
            minX = Math.min(minX, part[i]);
            maxX = Math.max(maxX, part[i]);
        }
        List<double[]> out = new ArrayList<>(List.of(part));
        if (minX < 0) {
            out.add(shifted(part, 1));
        }
        if (maxX > 1) {
            out.add(shifted(part, -1));
        }
        return out;
    }

    private static double[] shifted(double[] part, double dx) {
        double[] copy = part.clone();
        for (int i = 0; i < copy.length; i += 2) {
            copy[i] += dx;
        }
        return copy;
    }

    // ---------------------------------------------------------------- places

    static final class Place {
        final String name;
        final boolean capital;
        final int population;
        final double x;
        final double y;
        int mask;

        Place(String name, boolean capital, int population, double x, double y) {
            this.name = name;
            this.capital = capital;
            this.population = population;
            this.x = x;
            this.y = y;
        }

        double priority() {
            return capital ? population * 3.0 + 1_000_000 : population;
        }
    }

    /**
     * Decides, zoom by zoom and for the whole world at once, which labels are shown: in priority
     * order (capitals, then population), a label is kept when its box overlaps no kept one.
     */
    private List<Place> placeLabels(List<Place> places) {
        places.sort(Comparator.comparingDouble(Place::priority).reversed());
        Rectangle2D[] boxes = new Rectangle2D[places.size()];
        for (int i = 0; i < boxes.length; i++) {
            Place p = places.get(i);
            boxes[i] = PlaceLabels.box(p.name, p.population, p.capital);
        }
        for (int z = 0; z <= WorldData.MAX_LABEL_ZOOM; z++) {
            double scale = 256.0 * (1L << z);
            Map<Long, List<Rectangle2D>> grid = new HashMap<>();
            int shown = 0;
            for (int i = 0; i < boxes.length; i++) {
                Place p = places.get(i);
                if (!PlaceLabels.candidate(z, p.population, p.capital)) {
                    continue;
                }
                double px = Math.rint(p.x * scale);
                double py = Math.rint(p.y * scale);
                Rectangle2D b = boxes[i];
                Rectangle2D box = new Rectangle2D.Double(px + b.getX(), py + b.getY(), b.getWidth(), b.getHeight());
                if (box.getMaxX() > scale) {
                    continue; // would run off the east edge of the world
                }
                long gx0 = (long) Math.floor(box.getMinX() / 128);
                long gx1 = (long) Math.floor(box.getMaxX() / 128);
                long gy0 = (long) Math.floor(box.getMinY() / 128);
                long gy1 = (long) Math.floor(box.getMaxY() / 128);
                boolean free = true;
                for (long gy = gy0; gy <= gy1 && free; gy++) {
                    for (long gx = gx0; gx <= gx1 && free; gx++) {
                        for (Rectangle2D other : grid.getOrDefault(gy << 32 | gx, List.of())) {
                            if (other.intersects(box)) {
                                free = false;
                                break;
                            }
                        }
                    }
                }
                if (!free) {
                    continue;
                }
                for (long gy = gy0; gy <= gy1; gy++) {
                    for (long gx = gx0; gx <= gx1; gx++) {
                        grid.computeIfAbsent(gy << 32 | gx, k -> new ArrayList<>())
                                .add(box);
                    }
                }
                p.mask |= 1 << z;
                shown++;
            }
            stats.put("places.shownAtZoom" + (z < 10 ? "0" : "") + z, shown);
        }
        List<Place> kept = new ArrayList<>();
        for (Place p : places) {
            if (p.mask != 0) {
                kept.add(p);
            }
        }
        stats.put("places.kept", kept.size());
        return kept;
    }

    private static TreeMap<Long, byte[]> encodePlaces(Band band, List<Place> places) throws IOException {
        int bandMask = 0;
        for (int z = band.minZoom(); z <= Math.min(band.maxZoom(), WorldData.MAX_LABEL_ZOOM); z++) {
            bandMask |= 1 << z;
        }
        if (band.maxZoom() > WorldData.MAX_LABEL_ZOOM) {
            bandMask |= 1 << WorldData.MAX_LABEL_ZOOM;
        }
        long n = 1L << band.indexZoom();
        Map<Long, List<Place>> byCell = new TreeMap<>();
        for (Place p : places) { // already in priority order
            if ((p.mask & bandMask) == 0) {
                continue;
            }
            long cx = Math.min(n - 1, (long) Math.floor(p.x * n));
            long cy = Math.min(n - 1, (long) Math.floor(p.y * n));
            byCell.computeIfAbsent(WorldData.key(cx, cy), k -> new ArrayList<>())
                    .add(p);
        }
        TreeMap<Long, byte[]> cells = new TreeMap<>();
        double size = (1 + 2 * MARGIN) / n;
        for (Map.Entry<Long, List<Place>> cell : byCell.entrySet()) {
            long cx = cell.getKey() & 0xffffffffL;
            long cy = cell.getKey() >>> 32;
            double ox = (cx - MARGIN) / n;
            double oy = (cy - MARGIN) / n;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            writeVarint(out, cell.getValue().size());
            int px = 0;
            int py = 0;
            for (Place p : cell.getValue()) {
                int qx = (int) Math.round((p.x - ox) / size * band.extent());
                int qy = (int) Math.round((p.y - oy) / size * band.extent());
                writeVarint(out, zigzag(qx - px));
                writeVarint(out, zigzag(qy - py));
                px = qx;
                py = qy;
                writeVarint(out, p.population);
                writeVarint(out, p.mask);
                out.writeByte(p.capital ? 1 : 0);
                byte[] name = p.name.getBytes(StandardCharsets.UTF_8);
                writeVarint(out, name.length);
                out.write(name);
            }
            out.flush();
            cells.put(cell.getKey(), bytes.toByteArray());
        }
        return cells;
    }

    // ---------------------------------------------------------------- encoding helpers

    static void writeVarint(DataOutputStream out, int value) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("negative varint " + value);
        }
        while ((value & ~0x7f) != 0) {
            out.writeByte((value & 0x7f) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    static int zigzag(int value) {
        return (value << 1) ^ (value >> 31);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Place> readPlaces(Path tsv) throws IOException {
        List<Place> places = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            double lon = Double.parseDouble(f[4]);
            double lat = Double.parseDouble(f[5]);
            if (Math.abs(lat) >= WebMercator.MAX_LATITUDE || f[0].isBlank()) {
                continue;
            }
            places.add(new Place(
                    f[0].strip(),
                    "PPLC".equals(f[2]),
                    Integer.parseInt(f[3]),
                    WebMercator.worldX(lon) / WebMercator.TILE_SIZE,
                    WebMercator.worldY(lat) / WebMercator.TILE_SIZE));
        }
        return places;
    }
}
