package dev.microtower.ui.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class BuiltInRendererTest {
    private static final BuiltInRenderer NO_LABELS = new BuiltInRenderer(WorldData.shared(), false);
    private static final BuiltInRenderer WITH_LABELS = new BuiltInRenderer(WorldData.shared());

    /** The base-map colour at a coordinate, rendered on the tile that contains it. */
    private static Color colourAt(BuiltInRenderer renderer, int zoom, double lat, double lon) {
        TileKey tile = TileKey.containing(zoom, lat, lon);
        BufferedImage image = renderer.render(tile);
        double[] px = tile.pixelOf(lat, lon);
        return new Color(image.getRGB((int) px[0], (int) px[1]));
    }

    @Test
    void kansasIsLandAndTheMiddleOfThePacificIsWaterAtEveryZoomBand() {
        for (int zoom : new int[] {1, 3, 5, 7, 9, 12}) {
            assertEquals(BuiltInRenderer.LAND, colourAt(NO_LABELS, zoom, 38.5, -98.0), "Kansas at z" + zoom);
            assertEquals(BuiltInRenderer.WATER, colourAt(NO_LABELS, zoom, 0.0, -150.0), "mid-Pacific at z" + zoom);
        }
    }

    @Test
    void centralOaklandIsLandAndTheMiddleOfSanFranciscoBayIsWater() {
        for (int zoom : new int[] {10, 12, 14}) {
            Color oakland = colourAt(NO_LABELS, zoom, 37.8044, -122.2712);
            Color bay = colourAt(NO_LABELS, zoom, 37.70, -122.31);
            assertEquals(BuiltInRenderer.LAND, oakland, "Oakland at z" + zoom);
            assertEquals(BuiltInRenderer.WATER, bay, "SF Bay at z" + zoom);
            assertNotEquals(oakland, bay);
        }
    }

    @Test
    void coastlinesAreDrawnBetweenLandAndWater() {
        // The Golden Gate tile at z12 holds both shores: some pixels are neither land nor water.
        BufferedImage image = NO_LABELS.render(TileKey.containing(12, 37.81, -122.48));
        int land = 0;
        int water = 0;
        int other = 0;
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb == (BuiltInRenderer.LAND.getRGB() & 0xffffff)) {
                    land++;
                } else if (rgb == (BuiltInRenderer.WATER.getRGB() & 0xffffff)) {
                    water++;
                } else {
                    other++;
                }
            }
        }
        assertTrue(land > 5000 && water > 5000 && other > 200, land + " land, " + water + " water, " + other);
    }

    @Test
    void bigCitiesAreLabelledAndLabelsAreDarkerThanTheMap() {
        // Los Angeles at z6: its label adds dark text pixels that the unlabelled tile lacks.
        TileKey tile = TileKey.containing(6, 34.05, -118.24);
        assertTrue(darkPixels(WITH_LABELS.render(tile)) > 30 + darkPixels(NO_LABELS.render(tile)));
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (isDark(image.getRGB(x, y))) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static boolean isDark(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() + c.getGreen() + c.getBlue() < 3 * 120;
    }
}
