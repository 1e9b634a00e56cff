package dev.microtower.ui.map.basemap;

import dev.microtower.core.WebMercator;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Enlarges the matching part of an ancestor tile when a source has nothing deeper. */
final class OverZoom {
    private OverZoom() {}

    /** The ancestor of {@code key} at {@code zoom} (which must not be deeper than key). */
    static TileKey ancestor(TileKey key, int zoom) {
        int dz = key.z() - zoom;
        return new TileKey(zoom, key.x() >> dz, key.y() >> dz);
    }

    /** Cuts the part of {@code ancestorImage} that {@code key} covers and scales it to a full tile. */
    static BufferedImage enlarge(BufferedImage ancestorImage, TileKey ancestor, TileKey key) {
        int dz = key.z() - ancestor.z();
        double part = ancestorImage.getWidth() / (double) (1L << dz);
        long mask = (1L << dz) - 1;
        double sx = (key.x() & mask) * part;
        double sy = (key.y() & mask) * part;
        int size = WebMercator.TILE_SIZE;
        BufferedImage out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.scale(size / part, size / part);
            g.translate(-sx, -sy);
            g.drawImage(ancestorImage, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
