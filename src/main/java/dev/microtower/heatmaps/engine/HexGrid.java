package dev.microtower.heatmaps.engine;

/**
 * A grid of pointy-top hexagons of circumradius {@code size} in Web Mercator world coordinates,
 * addressed by axial coordinates (q, r) (see Red Blob Games, "Hexagonal Grids"). The hexagon that
 * holds a point is the one whose centre is nearest to it.
 */
public record HexGrid(double size) {
    private static final double SQRT3 = Math.sqrt(3);

    public HexGrid {
        if (!(size > 0)) {
            throw new IllegalArgumentException("hexagon size must be positive: " + size);
        }
    }

    /** The key of the hexagon holding world point (x, y): q in the high 32 bits, r in the low. */
    public long keyAt(double x, double y) {
        double fq = (SQRT3 / 3 * x - y / 3) / size;
        double fr = (2.0 / 3 * y) / size;
        // round in cube coordinates (q + r + s = 0), fixing the component that rounded worst
        double fs = -fq - fr;
        long q = Math.round(fq), r = Math.round(fr), s = Math.round(fs);
        double dq = Math.abs(q - fq), dr = Math.abs(r - fr), ds = Math.abs(s - fs);
        if (dq > dr && dq > ds) {
            q = -r - s;
        } else if (dr > ds) {
            r = -q - s;
        }
        return key((int) q, (int) r);
    }

    public static long key(int q, int r) {
        return ((long) q << 32) | (r & 0xffffffffL);
    }

    public static int q(long key) {
        return (int) (key >> 32);
    }

    public static int r(long key) {
        return (int) key;
    }

    public double centreX(int q, int r) {
        return size * SQRT3 * (q + r / 2.0);
    }

    public double centreY(int r) {
        return size * 1.5 * r;
    }

    /** X offsets of the six corners from the centre, for a hexagon drawn {@code scale} times larger. */
    public double[] cornerDx(double scale) {
        double[] dx = new double[6];
        for (int i = 0; i < 6; i++) {
            dx[i] = size * scale * Math.cos(Math.toRadians(60 * i - 30));
        }
        return dx;
    }

    public double[] cornerDy(double scale) {
        double[] dy = new double[6];
        for (int i = 0; i < 6; i++) {
            dy[i] = size * scale * Math.sin(Math.toRadians(60 * i - 30));
        }
        return dy;
    }
}
