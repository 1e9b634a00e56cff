package dev.microtower.heatmaps.ui;

import dev.microtower.heatmaps.domain.SiteReading;
import dev.microtower.heatmaps.domain.StockBand;
import dev.microtower.heatmaps.domain.StockMeasure;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The colours of the heatmaps, shared by the layers and their legends so the two never disagree.
 * Stock uses the Okabe–Ito hues (vermillion, amber, bluish green, blue), which stay apart for
 * the common colour-vision deficiencies; demand uses a light-to-dark yellow–green–blue ramp
 * (ColorBrewer YlGnBu), calm under the site markers.
 */
public final class HeatPalette {
    public static final Color TOO_LITTLE = Color.web("#d55e00");
    public static final Color SERVICE_RISK = Color.web("#e69f00");
    public static final Color WITHIN_TARGET = Color.web("#009e73");
    public static final Color TOO_MUCH = Color.web("#0072b2");
    public static final Color NO_READING = Color.web("#9aa5b1");

    /** One class of a measure's scale: values from {@code from} (inclusive) below the next class. */
    public record Step(double from, String label, Color colour) {}

    private static final List<Step> DAYS_OF_COVER = List.of(
            new Step(Double.NEGATIVE_INFINITY, "under 1 day", TOO_LITTLE),
            new Step(1, "1 to 3 days", SERVICE_RISK),
            new Step(3, "3 to 7 days", Color.web("#7cc5a6")),
            new Step(7, "7 to 14 days", WITHIN_TARGET),
            new Step(14, "14 days or more", TOO_MUCH));

    private static final List<Step> UTILISATION = List.of(
            new Step(Double.NEGATIVE_INFINITY, "under 50 %", Color.web("#c6dbef")),
            new Step(0.5, "50 to 85 %", Color.web("#6baed6")),
            new Step(0.85, "85 to 100 %", Color.web("#2171b5")),
            new Step(1.0, "over capacity", TOO_LITTLE));

    private static final Color[] DEMAND = {
        Color.web("#ffffcc"),
        Color.web("#c7e9b4"),
        Color.web("#7fcdbb"),
        Color.web("#41b6c4"),
        Color.web("#1d91c0"),
        Color.web("#225ea8"),
        Color.web("#0c2c84")
    };

    private HeatPalette() {}

    public static Color band(StockBand band) {
        return switch (band) {
            case TOO_LITTLE -> TOO_LITTLE;
            case SERVICE_RISK -> SERVICE_RISK;
            case WITHIN_TARGET -> WITHIN_TARGET;
            case TOO_MUCH -> TOO_MUCH;
            case NONE -> NO_READING;
        };
    }

    /** The classes of a continuous measure; empty for stock against target, which uses the bands. */
    public static List<Step> steps(StockMeasure measure) {
        return switch (measure) {
            case STOCK_AGAINST_TARGET -> List.of();
            case DAYS_OF_COVER -> DAYS_OF_COVER;
            case CAPACITY_UTILISATION -> UTILISATION;
        };
    }

    /** The colour of a site's reading under its measure. */
    public static Color colour(SiteReading reading) {
        if (reading.measure() == StockMeasure.STOCK_AGAINST_TARGET) {
            return band(reading.band());
        }
        double value = reading.value();
        if (Double.isNaN(value)) {
            return NO_READING;
        }
        List<Step> steps = steps(reading.measure());
        Color colour = steps.get(0).colour();
        for (Step step : steps) {
            if (value >= step.from()) {
                colour = step.colour();
            }
        }
        return colour;
    }

    /** The demand ramp at {@code t} in [0, 1], 0 being the emptiest non-empty hexagon. */
    public static Color demand(double t) {
        double at = Math.max(0, Math.min(1, t)) * (DEMAND.length - 1);
        int i = Math.min(DEMAND.length - 2, (int) Math.floor(at));
        return DEMAND[i].interpolate(DEMAND[i + 1], at - i);
    }

    /** A square legend swatch. */
    public static Canvas swatch(Color colour) {
        Canvas canvas = new Canvas(16, 16);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(colour);
        g.fillRoundRect(1, 1, 14, 14, 4, 4);
        g.setStroke(Color.color(0, 0, 0, 0.25));
        g.strokeRoundRect(1.5, 1.5, 13, 13, 4, 4);
        return canvas;
    }

    /** The demand ramp as a horizontal bar for the legend. */
    public static Canvas demandRamp(double width) {
        Canvas canvas = new Canvas(width, 12);
        GraphicsContext g = canvas.getGraphicsContext2D();
        for (int x = 0; x < width; x++) {
            g.setFill(demand(x / (width - 1)));
            g.fillRect(x, 0, 1, 12);
        }
        g.setStroke(Color.color(0, 0, 0, 0.25));
        g.strokeRect(0.5, 0.5, width - 1, 11);
        return canvas;
    }
}
