package dev.microtower.ui.map.basemap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts rings or lines (interleaved x,y in world units) into the cells of one tile zoom, each
 * cell grown by a margin, descending the tile quadtree so each level only re-cuts its parent's
 * piece. Rings are clipped Sutherland-Hodgman style: the result may run along the cell border,
 * which is harmless because the renderer never sees a cell border inside a tile. A cell that
 * land covers completely is reported once as full instead of as geometry.
 */
final class QuadClipper {
    interface Sink {
        /** parts == null means the cell is completely covered. */
        void cell(long x, long y, List<double[]> parts) throws IOException;
    }

    private final int targetZoom;
    private final double margin;
    private final boolean polygons;
    private final Sink sink;

    QuadClipper(int targetZoom, double margin, boolean polygons, Sink sink) {
        this.targetZoom = targetZoom;
        this.margin = margin;
        this.polygons = polygons;
        this.sink = sink;
    }

    void clip(List<double[]> parts) throws IOException {
        descend(clipAll(parts, box(0, 0, 0)), 0, 0, 0);
    }

    private void descend(List<double[]> parts, int z, long x, long y) throws IOException {
        if (parts.isEmpty()) {
            return;
        }
        double[] box = box(z, x, y);
        if (polygons && isFull(parts, box)) {
            emitFull(z, x, y);
            return;
        }
        if (z == targetZoom) {
            sink.cell(x, y, parts);
            return;
        }
        for (int dy = 0; dy < 2; dy++) {
            for (int dx = 0; dx < 2; dx++) {
                long cx = 2 * x + dx;
                long cy = 2 * y + dy;
                descend(clipAll(parts, box(z + 1, cx, cy)), z + 1, cx, cy);
            }
        }
    }

    private void emitFull(int z, long x, long y) throws IOException {
        int shift = targetZoom - z;
        for (long cy = y << shift; cy < (y + 1) << shift; cy++) {
            for (long cx = x << shift; cx < (x + 1) << shift; cx++) {
                sink.cell(cx, cy, null);
            }
        }
    }

    private static boolean isFull(List<double[]> rings, double[] box) {
        double area = 0;
        for (double[] ring : rings) {
            area += WorldDataBuilder.signedArea(ring);
        }
        double boxArea = (box[2] - box[0]) * (box[3] - box[1]);
        return area >= boxArea * (1 - 1e-9);
    }

    /** minX, minY, maxX, maxY of the tile grown by the margin. */
    private double[] box(int z, long x, long y) {
        double n = 1L << z;
        return new double[] {(x - margin) / n, (y - margin) / n, (x + 1 + margin) / n, (y + 1 + margin) / n};
    }

    private List<double[]> clipAll(List<double[]> parts, double[] box) {
        List<double[]> out = new ArrayList<>();
        for (double[] part : parts) {
            double[] bounds = bounds(part);
            if (bounds[0] > box[2] || bounds[2] < box[0] || bounds[1] > box[3] || bounds[3] < box[1]) {
                continue;
            }
            if (bounds[0] >= box[0] && bounds[2] <= box[2] && bounds[1] >= box[1] && bounds[3] <= box[3]) {
                out.add(part);
            } else if (polygons) {
                double[] ring = clipRing(part, box);
                if (ring.length >= 6 && Math.abs(WorldDataBuilder.signedArea(ring)) > 0) {
                    out.add(ring);
                }
            } else {
                clipLine(part, box, out);
            }
        }
        return out;
    }

    private static double[] bounds(double[] part) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < part.length; i += 2) {
            minX = Math.min(minX, part[i]);
            maxX = Math.max(maxX, part[i]);
            minY = Math.min(minY, part[i + 1]);
            maxY = Math.max(maxY, part[i + 1]);
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    /** Sutherland-Hodgman against the four box edges in turn. */
    static double[] clipRing(double[] ring, double[] box) {
        double[] r = ring;
        for (int edge = 0; edge < 4 && r.length > 0; edge++) {
            r = clipEdge(r, edge, box[edge]);
        }
        return r;
    }

    /** edge 0: x >= v, 1: y >= v, 2: x <= v, 3: y <= v. */
    private static double[] clipEdge(double[] ring, int edge, double v) {
        int n = ring.length / 2;
        double[] out = new double[ring.length * 2 + 4];
        int m = 0;
        int axis = edge % 2;
        boolean keepGreater = edge < 2;
        for (int i = 0; i < n; i++) {
            int j = (i + n - 1) % n; // previous point
            double cur = ring[2 * i + axis];
            double prev = ring[2 * j + axis];
            boolean curIn = keepGreater ? cur >= v : cur <= v;
            boolean prevIn = keepGreater ? prev >= v : prev <= v;
            if (curIn != prevIn) {
                double t = (v - prev) / (cur - prev);
                double ix = ring[2 * j] + t * (ring[2 * i] - ring[2 * j]);
                double iy = ring[2 * j + 1] + t * (ring[2 * i + 1] - ring[2 * j + 1]);
                if (axis == 0) {
                    ix = v;
                } else {
                    iy = v;
                }
                if (m + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[m++] = ix;
                out[m++] = iy;
            }
            if (curIn) {
                if (m + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                out[m++] = ring[2 * i];
                out[m++] = ring[2 * i + 1];
            }
        }
        return java.util.Arrays.copyOf(out, m);
    }

    /** Liang-Barsky per segment; consecutive inside pieces are joined into one line. */
    static void clipLine(double[] line, double[] box, List<double[]> out) {
        double[] piece = new double[line.length + 4];
        int m = 0;
        for (int i = 0; i + 3 < line.length; i += 2) {
            double x0 = line[i];
            double y0 = line[i + 1];
            double x1 = line[i + 2];
            double y1 = line[i + 3];
            double[] t = {0, 1};
            double dx = x1 - x0;
            double dy = y1 - y0;
            if (!clipT(-dx, x0 - box[0], t)
                    || !clipT(dx, box[2] - x0, t)
                    || !clipT(-dy, y0 - box[1], t)
                    || !clipT(dy, box[3] - y0, t)) {
                if (m >= 4) {
                    out.add(java.util.Arrays.copyOf(piece, m));
                }
                m = 0;
                continue;
            }
            double ax = x0 + t[0] * dx;
            double ay = y0 + t[0] * dy;
            double bx = x0 + t[1] * dx;
            double by = y0 + t[1] * dy;
            boolean continues = m >= 2 && piece[m - 2] == ax && piece[m - 1] == ay;
            if (!continues) {
                if (m >= 4) {
                    out.add(java.util.Arrays.copyOf(piece, m));
                }
                m = 0;
                piece[m++] = ax;
                piece[m++] = ay;
            }
            if (m + 2 > piece.length) {
                piece = java.util.Arrays.copyOf(piece, piece.length * 2);
            }
            piece[m++] = bx;
            piece[m++] = by;
            if (t[1] < 1) {
                out.add(java.util.Arrays.copyOf(piece, m));
                m = 0;
            }
        }
        if (m >= 4) {
            out.add(java.util.Arrays.copyOf(piece, m));
        }
    }

    private static boolean clipT(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }
}
