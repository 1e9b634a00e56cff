package dev.microtower.importexport;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.microtower.zones.engine.ZoneTopology;
import dev.microtower.zones.store.ZoneRepository;
import java.io.IOException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** GeoJSON polygons to JTS and back, and the checks a delivery-zone area must pass. */
final class ZoneGeometry {
    private ZoneGeometry() {}

    /** Why the area cannot be a delivery zone, or {@code null} if it can. */
    static String problemWith(Geometry area) {
        return ZoneTopology.problemWith(area);
    }

    /** Reads a GeoJSON Polygon or MultiPolygon; throws with a reason if it is not one. */
    static Geometry fromGeoJson(JsonNode geometry) {
        if (geometry == null || !geometry.isObject()) {
            throw new IllegalArgumentException("the feature has no geometry");
        }
        String type = geometry.path("type").asText("");
        JsonNode coordinates = geometry.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            throw new IllegalArgumentException("the " + type + " has no coordinates array");
        }
        int vertices = countPositions(coordinates, type.equals("MultiPolygon") ? 3 : 2);
        if (vertices > Limits.POLYGON_VERTICES) {
            throw new IllegalArgumentException("the " + type + " has " + vertices + " vertices; at most "
                    + Limits.POLYGON_VERTICES + " are allowed (simplify the shape)");
        }
        switch (type) {
            case "Polygon":
                return polygon(coordinates);
            case "MultiPolygon":
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(coordinates.get(i));
                }
                return ZoneRepository.GEOMETRY.createMultiPolygon(polygons);
            default:
                throw new IllegalArgumentException("the geometry is a '" + type + "', not a Polygon or MultiPolygon");
        }
    }

    /** Positions under {@code node}, {@code depth} array levels above them; counted before any is read. */
    private static int countPositions(JsonNode node, int depth) {
        if (!node.isArray()) {
            return 0;
        }
        if (depth == 1) {
            return node.size();
        }
        int count = 0;
        for (JsonNode child : node) {
            count += countPositions(child, depth - 1);
            if (count > Limits.POLYGON_VERTICES) {
                return count;
            }
        }
        return count;
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one ring of positions");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return ZoneRepository.GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        if (!positions.isArray()) {
            throw new IllegalArgumentException("a ring must be an array of [longitude, latitude] positions");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonNode p = positions.get(i);
            if (!p.isArray()
                    || p.size() < 2
                    || !p.get(0).isNumber()
                    || !p.get(1).isNumber()) {
                throw new IllegalArgumentException("position " + (i + 1) + " of a ring is not [longitude, latitude]");
            }
            double lon = p.get(0).doubleValue();
            double lat = p.get(1).doubleValue();
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw new IllegalArgumentException("position " + (i + 1) + " of a ring is not a longitude and latitude"
                        + " (longitude -180 to 180, latitude -90 to 90)");
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        if (coordinates.length < 4) {
            throw new IllegalArgumentException("a ring has " + coordinates.length
                    + " positions; it needs at least 4 (the first repeated at the end)");
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("a ring is not closed: its last position must repeat its first");
        }
        return ZoneRepository.GEOMETRY.createLinearRing(coordinates);
    }

    static void writeGeoJson(JsonGenerator json, Geometry area) throws IOException {
        json.writeStartObject();
        if (area instanceof Polygon polygon) {
            json.writeStringField("type", "Polygon");
            json.writeFieldName("coordinates");
            writePolygon(json, polygon);
        } else {
            MultiPolygon multi = (MultiPolygon) area;
            json.writeStringField("type", "MultiPolygon");
            json.writeFieldName("coordinates");
            json.writeStartArray();
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                writePolygon(json, (Polygon) multi.getGeometryN(i));
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void writePolygon(JsonGenerator json, Polygon polygon) throws IOException {
        json.writeStartArray();
        writeRing(json, polygon.getExteriorRing());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            writeRing(json, polygon.getInteriorRingN(i));
        }
        json.writeEndArray();
    }

    private static void writeRing(JsonGenerator json, LinearRing ring) throws IOException {
        json.writeStartArray();
        for (Coordinate c : ring.getCoordinates()) {
            json.writeStartArray();
            json.writeNumber(c.x);
            json.writeNumber(c.y);
            json.writeEndArray();
        }
        json.writeEndArray();
    }
}
