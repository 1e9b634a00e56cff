package dev.microtower.ui.map.basemap;

import dev.microtower.core.WebMercator;
import dev.microtower.ui.map.basemap.WorldData.GeometryCell;
import dev.microtower.ui.map.basemap.WorldData.Kind;
import dev.microtower.ui.map.basemap.WorldData.Layer;
import dev.microtower.ui.map.basemap.WorldData.Place;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;

/**
 * Draws 256x256 base-map tiles from {@link WorldData} with Java2D, so it runs on any thread and
 * needs no display. The palette is deliberately quiet (pale land, soft water, thin grey lines)
 * so that the sites and overlays drawn on top stay the loudest thing on the map.
 */
public final class BuiltInRenderer {
    /** Bump when the look changes, so the disk cache of rendered tiles is not reused. */
    public static final int STYLE_VERSION = 1;

    public static final Color WATER = new Color(0xC6DBEA);
    public static final Color LAND = new Color(0xF3F1EB);
    static final Color COASTLINE = new Color(0x8FAFC7);
    static final Color COUNTRY_BORDER = new Color(0xA99CB5);
    static final Color STATE_BORDER = new Color(0xC5BBCB);
    static final Color LABEL = new Color(0x4B4F55);
    static final Color LABEL_HALO = new Color(0xF3F1EB);
    static final Color DOT = new Color(0x6E737A);

    private static final Stroke COAST_STROKE = new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke COUNTRY_STROKE = new BasicStroke(1.1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke STATE_STROKE =
            new BasicStroke(0.7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 2.5f}, 0f);
    private static final Stroke HALO_STROKE = new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** Points closer than this to the last drawn one (in pixels) are skipped. */
    private static final double MIN_STEP = 0.35;

    private static final int SIZE = WebMercator.TILE_SIZE;

    private final WorldData world;
    private final boolean labels;

    public BuiltInRenderer(WorldData world) {
        this(world, true);
    }

    /** Without labels: for checks that look at land and water only. */
    public BuiltInRenderer(WorldData world, boolean labels) {
        this.world = world;
        this.labels = labels;
    }

    public BufferedImage render(TileKey tile) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setClip(0, 0, SIZE, SIZE);
            g.setColor(WATER);
            g.fillRect(0, 0, SIZE, SIZE);
            drawLand(g, tile);
            drawLines(g, tile, Kind.STATE_BORDERS, STATE_BORDER, STATE_STROKE);
            drawLines(g, tile, Kind.COUNTRY_BORDERS, COUNTRY_BORDER, COUNTRY_STROKE);
            if (labels) {
                drawPlaces(g, tile);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private void drawLand(Graphics2D g, TileKey tile) {
        Layer layer = world.layer(Kind.LAND, tile.z());
        if (layer == null) {
            return;
        }
        int shift = tile.z() - layer.indexZoom;
        long cx = tile.x() >> shift;
        long cy = tile.y() >> shift;
        GeometryCell cell = layer.geometry(cx, cy);
        if (cell == null) {
            return;
        }
        g.setColor(LAND);
        if (cell.full()) {
            g.fillRect(0, 0, SIZE, SIZE);
            return;
        }
        Path2D.Float path = toPath(layer, cell, tile, cx, cy, true);
        g.fill(path);
        g.setColor(COASTLINE);
        g.setStroke(COAST_STROKE);
        // The rings' edges along the (buffered) cell border lie at least a margin outside this
        // tile, because index cells are never smaller than a tile: only true coast is stroked.
        g.draw(path);
    }

    private void drawLines(Graphics2D g, TileKey tile, Kind kind, Color color, Stroke stroke) {
        Layer layer = world.layer(kind, tile.z());
        if (layer == null) {
            return;
        }
        int shift = tile.z() - layer.indexZoom;
        long cx = tile.x() >> shift;
        long cy = tile.y() >> shift;
        GeometryCell cell = layer.geometry(cx, cy);
        if (cell == null || cell.full()) {
            return;
        }
        g.setColor(color);
        g.setStroke(stroke);
        g.draw(toPath(layer, cell, tile, cx, cy, false));
    }

    private static Path2D.Float toPath(Layer layer, GeometryCell cell, TileKey tile, long cx, long cy, boolean closed) {
        double scale = (double) (1L << tile.z()) * SIZE;
        double unit = layer.bufferedSize() / layer.extent * scale;
        double ox = layer.bufferedOriginX(cx) * scale - tile.x() * (double) SIZE;
        double oy = layer.bufferedOriginY(cy) * scale - tile.y() * (double) SIZE;
        int[] c = cell.coords();
        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD, c.length / 2 + cell.partEnds().length);
        int start = 0;
        for (int end : cell.partEnds()) {
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (int i = start; i < end; i++) {
                double px = ox + c[2 * i] * unit;
                double py = oy + c[2 * i + 1] * unit;
                if (i == start) {
                    path.moveTo(px, py);
                } else if (i == end - 1 || Math.abs(px - lastX) + Math.abs(py - lastY) >= MIN_STEP) {
                    path.lineTo(px, py);
                } else {
                    continue;
                }
                lastX = px;
                lastY = py;
            }
            if (closed && end > start) {
                path.closePath();
            }
            start = end;
        }
        return path;
    }

    private void drawPlaces(Graphics2D g, TileKey tile) {
        Layer layer = world.layer(Kind.PLACES, tile.z());
        if (layer == null) {
            return;
        }
        double scale = (double) (1L << tile.z()) * SIZE;
        double tileX0 = tile.x() * (double) SIZE;
        double tileY0 = tile.y() * (double) SIZE;
        double reachWest = PlaceLabels.MAX_REACH;
        double reach = 24;
        long cells = 1L << layer.indexZoom;
        long minCx = cellIndex((tileX0 - reachWest) / scale, cells);
        long maxCx = cellIndex((tileX0 + SIZE + reach) / scale, cells);
        long minCy = cellIndex((tileY0 - reach) / scale, cells);
        long maxCy = cellIndex((tileY0 + SIZE + reach) / scale, cells);
        for (long cy = minCy; cy <= maxCy; cy++) {
            for (long cx = minCx; cx <= maxCx; cx++) {
                for (Place place : layer.places(cx, cy)) {
                    if (!place.shownAt(tile.z())) {
                        continue;
                    }
                    // Whole global pixels, so both tiles of a shared label draw identical glyphs.
                    double px = Math.rint(place.worldX() * scale) - tileX0;
                    double py = Math.rint(place.worldY() * scale) - tileY0;
                    if (px < -reachWest || px > SIZE + reach || py < -reach || py > SIZE + reach) {
                        continue;
                    }
                    drawLabel(g, place, px, py);
                }
            }
        }
    }

    private static long cellIndex(double world, long cells) {
        return Math.max(0, Math.min(cells - 1, (long) Math.floor(world * cells)));
    }

    private static void drawLabel(Graphics2D g, Place place, double px, double py) {
        g.setColor(DOT);
        double r = place.capital() ? 2.6 : 2.0;
        g.fill(new Ellipse2D.Double(px - r, py - r, 2 * r, 2 * r));
        Font font = PlaceLabels.font(place.population(), place.capital());
        TextLayout layout = new TextLayout(place.name(), font, g.getFontRenderContext());
        double baseline = py + (layout.getAscent() - layout.getDescent()) / 2;
        Shape text = layout.getOutline(AffineTransform.getTranslateInstance(px + PlaceLabels.TEXT_OFFSET, baseline));
        g.setColor(LABEL_HALO);
        g.setStroke(HALO_STROKE);
        g.draw(text);
        g.setColor(LABEL);
        g.fill(text);
    }
}
