package dev.microtower.map.basemap;

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

    /** West, north, east and south edge in world units (see {@link WebMercator}). */
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
        return WebMercator.lat(minWorldY());
    }

    public double southLat() {
        return WebMercator.lat(minWorldY() + worldSize());
    }

    public double westLon() {
        return WebMercator.lon(minWorldX());
    }

    public double eastLon() {
        return WebMercator.lon(minWorldX() + worldSize());
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}
