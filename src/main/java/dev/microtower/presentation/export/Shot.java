package dev.microtower.presentation.export;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * One view of a storyboard as it was shown, for the exports: the pictures (the whole presentation
 * screen, and the bare map for a page that sets the rest as text) and everything written over the
 * map in words.
 *
 * @param screen the presentation screen: map, title, caption, KPI tiles, legend, scale bar, attribution
 * @param map the map alone, with its attribution
 * @param scaleText the scale bar's round distance in words ("5 km")
 * @param scalePixels how long that distance is in pixels of {@code map}
 */
public record Shot(
        String title,
        String caption,
        String scenario,
        List<Tile> tiles,
        List<LegendLine> legend,
        String scaleText,
        double scalePixels,
        String attribution,
        BufferedImage screen,
        BufferedImage map) {
    public Shot {
        Objects.requireNonNull(title, "title");
        caption = caption == null ? "" : caption;
        tiles = List.copyOf(tiles);
        legend = List.copyOf(legend);
        Objects.requireNonNull(screen, "screen");
        Objects.requireNonNull(map, "map");
    }

    /**
     * A KPI tile: its title, its value in its unit and, for a scenario that is not the baseline, its
     * change against the baseline.
     *
     * @param judgement +1 better, −1 worse, 0 neither
     */
    public record Tile(String title, String value, String change, int judgement) {}

    /** One line of the legend: the layer it belongs to, the label, and the symbol as the map draws it (may be null). */
    public record LegendLine(String layer, String label, BufferedImage symbol) {}
}
