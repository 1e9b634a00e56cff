package dev.microtower.ui.map.basemap;

import dev.microtower.core.WebMercator;

/**
 * One slippy-map tile: zoom level and column/row in the XYZ scheme (row 0 at the north edge), as
 * Gluon Maps and the online tile servers number them. MBTiles files number rows from the south
 * (TMS); {@link #tmsRow()} converts.
 */
public record TileKey(int z, long x, long y) {
    public static final int MAX_ZOOM = 24;

    public TileKey {
        if (z < 0 || z > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom " + z + " outside 0.." + MAX_ZOOM);
        }
        long n = 1L << z;
        if (x < 0 || x >= n || y < 0 || y >= n) {
            throw new IllegalArgumentException("tile " + z + "/" + x + "/" + y + " outside the map");
        }
    }

    /** The tile at zoom {@code z} that contains the point. */
    public static TileKey containing(int z, double lat, double lon) {
        long n = 1L << z;
        long x = (long) Math.floor(WebMercator.worldX(lon) / WebMercator.TILE_SIZE * n);
        long y = (long) Math.floor(WebMercator.worldY(lat) / WebMercator.TILE_SIZE * n);
        return new TileKey(z, clamp(x, n), clamp(y, n));
    }

    /** Pixel position of a point inside this tile (outside 0..256 if the point is outside it). */
    public double[] pixelOf(double lat, double lon) {
        double scale = (double) (1L << z);
        return new double[] {
            WebMercator.worldX(lon) * scale - x * (double) WebMercator.TILE_SIZE,
            WebMercator.worldY(lat) * scale - y * (double) WebMercator.TILE_SIZE
        };
    }

    private static long clamp(long v, long n) {
        return Math.max(0, Math.min(n - 1, v));
    }

    /** The row as MBTiles (TMS) stores it: counted from the south edge. */
    public long tmsRow() {
        return (1L << z) - 1 - y;
    }

    /** The tile one zoom level up that contains this one; the root has no parent. */
    public TileKey parent() {
        if (z == 0) {
            throw new IllegalStateException("tile 0/0/0 has no parent");
        }
        return new TileKey(z - 1, x >> 1, y >> 1);
    }

    /** West, north, east and south edge in the unit square ({@link WebMercator} world / tile size). */
    public double minWorldX() {
        return x / (double) (1L << z);
    }

    public double minWorldY() {
        return y / (double) (1L << z);
    }

    public double worldSize() {
        return 1.0 / (1L << z);
    }

    public double northLat() {
        return WebMercator.lat(minWorldY() * WebMercator.TILE_SIZE);
    }

    public double southLat() {
        return WebMercator.lat((minWorldY() + worldSize()) * WebMercator.TILE_SIZE);
    }

    public double westLon() {
        return WebMercator.lon(minWorldX() * WebMercator.TILE_SIZE);
    }

    public double eastLon() {
        return WebMercator.lon((minWorldX() + worldSize()) * WebMercator.TILE_SIZE);
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}
