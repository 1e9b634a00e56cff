package dev.microtower.ui.map.basemap;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;

/**
 * How a place label looks and how much room it takes. Shared by the renderer and by the tool
 * that builds world.bin, which decides once for the whole world which labels fit at each zoom:
 * so two neighbouring tiles always agree on a label that crosses their edge.
 */
public final class PlaceLabels {
    /** Gap between the place dot and the start of its text, in pixels. */
    public static final int TEXT_OFFSET = 5;
    /** Empty room kept around each label when deciding collisions, in pixels. */
    public static final int PADDING = 3;
    /** The widest label the renderer looks for beyond a tile's west edge, in pixels. */
    public static final int MAX_REACH = 320;

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Font LARGE = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    private static final Font MEDIUM = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    private PlaceLabels() {}

    public static Font font(int population, boolean capital) {
        if (capital || population >= 1_000_000) {
            return LARGE;
        }
        return population >= 100_000 ? MEDIUM : SMALL;
    }

    /** Smallest population whose label is a candidate at that zoom (capitals from zoom 3 on). */
    public static int minPopulation(int zoom) {
        return switch (zoom) {
            case 0, 1 -> Integer.MAX_VALUE;
            case 2 -> 8_000_000;
            case 3 -> 3_000_000;
            case 4 -> 1_000_000;
            case 5 -> 500_000;
            case 6 -> 200_000;
            case 7 -> 100_000;
            case 8 -> 40_000;
            case 9 -> 15_000;
            case 10 -> 6_000;
            case 11 -> 3_000;
            default -> 0;
        };
    }

    public static boolean candidate(int zoom, int population, boolean capital) {
        return population >= minPopulation(zoom) || (capital && zoom >= 3);
    }

    /** The room the dot and text take, relative to the place's pixel, padding included. */
    public static Rectangle2D box(String name, int population, boolean capital) {
        Font font = font(population, capital);
        Rectangle2D text = font.getStringBounds(name, FRC);
        double half = font.getSize2D() * 0.7;
        double width = Math.min(text.getWidth(), MAX_REACH - TEXT_OFFSET - 2 * PADDING);
        return new Rectangle2D.Double(
                -3 - PADDING, -half - PADDING, 3 + TEXT_OFFSET + width + 2 * PADDING, 2 * half + 2 * PADDING);
    }
}
