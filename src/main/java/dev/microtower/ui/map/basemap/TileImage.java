package dev.microtower.ui.map.basemap;

import java.awt.image.BufferedImage;

/**
 * A tile as a source delivers it. {@code encoded} holds the source's own PNG/JPEG bytes when
 * there are any (so the disk cache stores them unchanged), and {@code cacheable} is false for a
 * stand-in, such as the built-in tile shown while an online server is unreachable, that must
 * not be remembered in place of the real one.
 */
public record TileImage(BufferedImage image, byte[] encoded, boolean cacheable) {
    public TileImage {
        if (image == null) {
            throw new IllegalArgumentException("a tile needs an image");
        }
    }

    public static TileImage of(BufferedImage image) {
        return new TileImage(image, null, true);
    }

    public TileImage asStandIn() {
        return new TileImage(image, encoded, false);
    }
}
