package dev.microtower.map;

/**
 * The spherical Web Mercator projection as the tile pyramid uses it: "world" coordinates are
 * pixels of the single 256 x 256 tile at zoom 0, so a point at zoom z sits at world * 2^z. Layers
 * project their data once into world coordinates and only scale and shift them per frame.
 */
public final class WebMercator {
    public static final double TILE_SIZE = 256;
    /** Latitudes beyond this fall outside the square world of the tile pyramid. */
    public static final double MAX_LATITUDE = 85.05112878;

    private static final double EARTH_CIRCUMFERENCE_M = 40_075_016.686;

    private WebMercator() {}

    public static double worldX(double lon) {
        return (lon + 180) / 360 * TILE_SIZE;
    }

    public static double worldY(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double rad = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * TILE_SIZE;
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
