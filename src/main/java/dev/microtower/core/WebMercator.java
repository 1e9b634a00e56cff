package dev.microtower.core;

/**
 * The spherical Web Mercator projection (EPSG:3857) as the tile pyramid uses it. "World"
 * coordinates are pixels of the single 256 x 256 tile at zoom 0, x growing east from longitude
 * -180 and y growing south from latitude +85.0511, so a point at zoom z sits at world * 2^z. Map
 * layers project their data once into world coordinates and only scale and shift them per frame;
 * the tile code divides by {@link #TILE_SIZE} for the unit square its tile numbers live in.
 */
public final class WebMercator {
    public static final int TILE_SIZE = 256;
    /** The latitude at which the Mercator square ends (atan(sinh(pi)) in degrees). */
    public static final double MAX_LATITUDE = 85.05112877980659;

    private static final double EARTH_CIRCUMFERENCE_M = 40_075_016.686;

    private WebMercator() {}

    public static double worldX(double lon) {
        return (lon + 180) / 360 * TILE_SIZE;
    }

    public static double worldY(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double sin = Math.sin(Math.toRadians(clamped));
        return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * TILE_SIZE;
    }

    public static double lon(double worldX) {
        return worldX / TILE_SIZE * 360 - 180;
    }

    public static double lat(double worldY) {
        double n = Math.PI - 2 * Math.PI * worldY / TILE_SIZE;
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** Ground metres covered by one screen pixel at {@code lat} and {@code zoom}. */
    public static double metresPerPixel(double lat, double zoom) {
        return EARTH_CIRCUMFERENCE_M * Math.cos(Math.toRadians(lat)) / (TILE_SIZE * Math.pow(2, zoom));
    }
}
