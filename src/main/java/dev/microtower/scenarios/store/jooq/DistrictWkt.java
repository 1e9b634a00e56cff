package dev.microtower.scenarios.store.jooq;

import dev.microtower.core.GeoPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A drawn district as the database keeps it: a WKT polygon in WGS84, lon lat order, as the
 * delivery zones are kept. The domain holds its corners as {@link GeoPoint}s, not closed.
 */
public final class DistrictWkt {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private DistrictWkt() {}

    /** The polygon of {@code corners} as WKT, or {@code null} for none. */
    public static String write(List<GeoPoint> corners) {
        if (corners == null) {
            return null;
        }
        Coordinate[] ring = new Coordinate[corners.size() + 1];
        for (int i = 0; i < corners.size(); i++) {
            ring[i] = new Coordinate(corners.get(i).lon(), corners.get(i).lat());
        }
        ring[corners.size()] = ring[0];
        return GEOMETRY.createPolygon(ring).toText();
    }

    /** The corners of a WKT polygon, or {@code null} for none; refused if it is not a polygon. */
    public static List<GeoPoint> read(String wkt) {
        if (wkt == null || wkt.isBlank()) {
            return null;
        }
        try {
            Geometry polygon = new WKTReader(GEOMETRY).read(wkt);
            if (!"Polygon".equals(polygon.getGeometryType())) {
                throw new IllegalArgumentException(
                        "a drawn district must be a polygon, not " + polygon.getGeometryType());
            }
            List<Coordinate> ring = new ArrayList<>(Arrays.asList(polygon.getCoordinates()));
            ring.remove(ring.size() - 1);
            return ring.stream().map(c -> new GeoPoint(c.y, c.x)).toList();
        } catch (ParseException e) {
            throw new IllegalArgumentException("a drawn district is not a readable polygon: " + e.getMessage(), e);
        }
    }
}
