package dev.microtower.zones.engine;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** The checks a delivery-zone area must pass, shared by the importer and the zone editor. */
public final class ZoneTopology {
    private ZoneTopology() {}

    /**
     * Why {@code area} cannot be a delivery zone, e.g. "is not a valid polygon: Self-intersection
     * near (-122.41 37.77)", or {@code null} if it can.
     */
    public static String problemWith(Geometry area) {
        if (!(area instanceof Polygonal)) {
            return "is a " + area.getGeometryType() + ", not a Polygon or MultiPolygon";
        }
        if (area.isEmpty()) {
            return "is an empty polygon";
        }
        for (Coordinate c : area.getCoordinates()) {
            if (!(c.x >= -180 && c.x <= 180 && c.y >= -90 && c.y <= 90)) {
                return "has the point (" + c.x + " " + c.y + ") outside longitude -180..180 / latitude -90..90"
                        + " (GeoJSON puts longitude first)";
            }
        }
        TopologyValidationError error = new IsValidOp(area).getValidationError();
        if (error != null) {
            return "is not a valid polygon: " + error.getMessage() + " near (" + error.getCoordinate().x + " "
                    + error.getCoordinate().y + ")";
        }
        return null;
    }

    /** The polygons of {@code geometry} as one Polygon or MultiPolygon, or {@code null} if it has none. */
    public static Geometry polygonal(Geometry geometry) {
        if (geometry instanceof Polygonal && !geometry.isEmpty()) {
            return geometry;
        }
        List<Polygon> polygons = new ArrayList<>();
        PolygonExtracter.getPolygons(geometry, polygons);
        polygons.removeIf(Geometry::isEmpty);
        if (polygons.isEmpty()) {
            return null;
        }
        return polygons.size() == 1
                ? polygons.get(0)
                : geometry.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
    }
}
