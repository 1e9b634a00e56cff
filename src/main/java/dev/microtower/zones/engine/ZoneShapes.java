package dev.microtower.zones.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Vertex edits of a zone's Polygon or MultiPolygon, as the map editor makes them. Each edit returns
 * a new geometry (the input is left alone) that may be invalid, e.g. self-intersecting: the caller
 * checks it with {@link ZoneTopology#problemWith} before keeping it. Rings are addressed as part
 * (polygon of a multipolygon), ring (0 = outer, then holes) and corner index, without the closing
 * repeat of the first corner.
 */
public final class ZoneShapes {
    /** One corner of one ring of one part. */
    public record Vertex(int part, int ring, int index) {}

    private ZoneShapes() {}

    /** The corners of every ring of every part, each ring without its closing corner. */
    public static List<List<Coordinate[]>> rings(Geometry area) {
        List<List<Coordinate[]>> parts = new ArrayList<>();
        for (int p = 0; p < area.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) area.getGeometryN(p);
            List<Coordinate[]> rings = new ArrayList<>();
            rings.add(open(polygon.getExteriorRing()));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                rings.add(open(polygon.getInteriorRingN(h)));
            }
            parts.add(rings);
        }
        return parts;
    }

    /** A polygon with these corners in order; the ring is closed here. */
    public static Polygon polygon(GeometryFactory factory, List<Coordinate> corners) {
        if (corners.size() < 3) {
            throw new IllegalArgumentException("a zone needs at least three corners, not " + corners.size());
        }
        Coordinate[] ring = new Coordinate[corners.size() + 1];
        for (int i = 0; i < corners.size(); i++) {
            ring[i] = new Coordinate(corners.get(i).x, corners.get(i).y);
        }
        ring[corners.size()] = ring[0].copy();
        return factory.createPolygon(ring);
    }

    public static Geometry move(Geometry area, Vertex vertex, Coordinate to) {
        List<List<Coordinate[]>> parts = rings(area);
        Coordinate[] ring = parts.get(vertex.part()).get(vertex.ring());
        ring[vertex.index()] = new Coordinate(to.x, to.y);
        return build(area.getFactory(), parts, area);
    }

    /** Inserts a corner so that it gets index {@code vertex.index()} in its ring. */
    public static Geometry insert(Geometry area, Vertex vertex, Coordinate at) {
        List<List<Coordinate[]>> parts = rings(area);
        List<Coordinate> ring =
                new ArrayList<>(Arrays.asList(parts.get(vertex.part()).get(vertex.ring())));
        ring.add(vertex.index(), new Coordinate(at.x, at.y));
        parts.get(vertex.part()).set(vertex.ring(), ring.toArray(Coordinate[]::new));
        return build(area.getFactory(), parts, area);
    }

    /** Removes a corner; a ring keeps at least three. */
    public static Geometry delete(Geometry area, Vertex vertex) {
        List<List<Coordinate[]>> parts = rings(area);
        List<Coordinate> ring =
                new ArrayList<>(Arrays.asList(parts.get(vertex.part()).get(vertex.ring())));
        if (ring.size() <= 3) {
            throw new IllegalArgumentException("a ring needs at least three corners; this one has " + ring.size());
        }
        ring.remove(vertex.index());
        parts.get(vertex.part()).set(vertex.ring(), ring.toArray(Coordinate[]::new));
        return build(area.getFactory(), parts, area);
    }

    private static Coordinate[] open(LinearRing ring) {
        Coordinate[] closed = ring.getCoordinates();
        Coordinate[] corners = new Coordinate[closed.length - 1];
        for (int i = 0; i < corners.length; i++) {
            corners[i] = closed[i].copy();
        }
        return corners;
    }

    private static Geometry build(GeometryFactory factory, List<List<Coordinate[]>> parts, Geometry like) {
        Polygon[] polygons = new Polygon[parts.size()];
        for (int p = 0; p < polygons.length; p++) {
            List<Coordinate[]> rings = parts.get(p);
            LinearRing shell = factory.createLinearRing(close(rings.get(0)));
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int h = 1; h < rings.size(); h++) {
                holes[h - 1] = factory.createLinearRing(close(rings.get(h)));
            }
            polygons[p] = factory.createPolygon(shell, holes);
        }
        return like instanceof Polygon ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    private static Coordinate[] close(Coordinate[] corners) {
        Coordinate[] closed = Arrays.copyOf(corners, corners.length + 1);
        closed[corners.length] = corners[0].copy();
        return closed;
    }
}
