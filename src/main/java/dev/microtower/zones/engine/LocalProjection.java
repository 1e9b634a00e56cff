package dev.microtower.zones.engine;

import dev.microtower.core.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * An equirectangular projection around one centre, in kilometres: x east, y north. Over a
 * metropolitan area (±150 km) distances and areas are off by well under 1 %, which is what zone
 * radii, cell sizes and areas need; it keeps buffers round on the ground instead of in degrees.
 */
public final class LocalProjection {
    /** Kilometres per degree of latitude (mean), and of longitude at the equator. */
    static final double KM_PER_DEGREE_LAT = 110.574;

    static final double KM_PER_DEGREE_LON = 111.320;

    private final double lat0;
    private final double lon0;
    private final double kmPerDegreeLon;

    public LocalProjection(double lat0, double lon0) {
        this.lat0 = lat0;
        this.lon0 = lon0;
        this.kmPerDegreeLon = KM_PER_DEGREE_LON * Math.cos(Math.toRadians(lat0));
    }

    /** Centred on the middle of {@code area}'s envelope (lon/lat). */
    public static LocalProjection around(Envelope area) {
        return area.isNull() ? new LocalProjection(0, 0) : new LocalProjection(area.centre().y, area.centre().x);
    }

    public double x(double lon) {
        return (lon - lon0) * kmPerDegreeLon;
    }

    public double y(double lat) {
        return (lat - lat0) * KM_PER_DEGREE_LAT;
    }

    public Coordinate toKm(GeoPoint point) {
        return new Coordinate(x(point.lon()), y(point.lat()));
    }

    public double lon(double x) {
        return lon0 + x / kmPerDegreeLon;
    }

    public double lat(double y) {
        return lat0 + y / KM_PER_DEGREE_LAT;
    }

    /** A copy of a lon/lat geometry in kilometres. */
    public Geometry toKm(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply((CoordinateFilter) c -> {
            double x = x(c.x), y = y(c.y);
            c.x = x;
            c.y = y;
        });
        copy.geometryChanged();
        return copy;
    }

    /** A copy of a geometry in kilometres back in lon/lat. */
    public Geometry toLonLat(Geometry km) {
        Geometry copy = km.copy();
        copy.apply((CoordinateFilter) c -> {
            double lon = lon(c.x), lat = lat(c.y);
            c.x = lon;
            c.y = lat;
        });
        copy.geometryChanged();
        return copy;
    }

    /** The ground area of a lon/lat geometry in km², projected around its own centre. */
    public static double areaKm2(Geometry lonLat) {
        if (lonLat.isEmpty()) {
            return 0;
        }
        return around(lonLat.getEnvelopeInternal()).toKm(lonLat).getArea();
    }
}
