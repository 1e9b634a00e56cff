package dev.microtower.core;

/**
 * A position on the WGS84 ellipsoid in decimal degrees. Latitude first, as people say it; note
 * that WKT and GeoJSON put longitude first.
 */
public record GeoPoint(double lat, double lon) {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public static final Range LATITUDE = Range.between(-90, 90).named("a latitude");
    public static final Range LONGITUDE = Range.between(-180, 180).named("a longitude");

    public GeoPoint {
        if (!LATITUDE.contains(lat)) {
            throw new IllegalArgumentException(lat + " is not a latitude");
        }
        if (!LONGITUDE.contains(lon)) {
            throw new IllegalArgumentException(lon + " is not a longitude");
        }
    }

    /** Great-circle distance by the haversine formula, in kilometres. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat))
                        * Math.cos(Math.toRadians(other.lat))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
