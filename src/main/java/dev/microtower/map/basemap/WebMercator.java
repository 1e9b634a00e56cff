package dev.microtower.map.basemap;

/**
 * Spherical Web Mercator (EPSG:3857) as the slippy-map tile scheme uses it, in "world units":
 * the whole map is the unit square, x growing east from longitude -180 and y growing south from
 * latitude +85.0511. A tile z/x/y covers [x, x+1) / 2^z by [y, y+1) / 2^z of that square.
 */
public final class WebMercator {
    /** The latitude at which the Mercator square ends (atan(sinh(pi)) in degrees). */
    public static final double MAX_LATITUDE = 85.05112877980659;

    public static final int TILE_SIZE = 256;

    private WebMercator() {}

    public static double worldX(double lon) {
        return (lon + 180.0) / 360.0;
    }

    public static double worldY(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double sin = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    public static double lon(double worldX) {
        return worldX * 360.0 - 180.0;
    }

    public static double lat(double worldY) {
        double n = Math.PI - 2 * Math.PI * worldY;
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** The tile at zoom z that contains the point. */
    public static TileKey tileAt(int z, double lat, double lon) {
        long n = 1L << z;
        long x = (long) Math.floor(worldX(lon) * n);
        long y = (long) Math.floor(worldY(lat) * n);
        return new TileKey(z, clamp(x, n), clamp(y, n));
    }

    /** Pixel position of a point inside the given tile (may be outside 0..256 if the point is). */
    public static double[] pixelInTile(TileKey tile, double lat, double lon) {
        double scale = (double) (1L << tile.z()) * TILE_SIZE;
        return new double[] {
            worldX(lon) * scale - tile.x() * (double) TILE_SIZE, worldY(lat) * scale - tile.y() * (double) TILE_SIZE
        };
    }

    private static long clamp(long v, long n) {
        return Math.max(0, Math.min(n - 1, v));
    }
}
