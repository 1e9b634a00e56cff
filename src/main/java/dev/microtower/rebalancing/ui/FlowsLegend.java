package dev.microtower.rebalancing.ui;

import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.rebalancing.ui.FlowsLayer.Arrow;
import dev.microtower.rebalancing.ui.FlowsLayer.Leg;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/** What the flows layer says in words and symbols: an arrow's tooltip and the legend's pictures. */
final class FlowsLegend {
    private static final int TOOLTIP_LINES = 8;

    private FlowsLegend() {}

    /** The tooltip of an arrow: the lane, its units, and per SKU the quantity and the reason. */
    static String describe(Arrow arrow, Set<Long> first) {
        StringBuilder text = new StringBuilder();
        text.append(arrow.from())
                .append(" → ")
                .append(arrow.to())
                .append(" · ")
                .append(FlowsLayer.label(arrow.temperature()))
                .append(String.format(
                        Locale.ROOT,
                        " · %,d unit%s in %d SKU%s",
                        arrow.quantity(),
                        arrow.quantity() == 1 ? "" : "s",
                        arrow.legs().size(),
                        arrow.legs().size() == 1 ? "" : "s"));
        List<Leg> legs = new ArrayList<>(arrow.legs());
        legs.sort(Comparator.comparing((Leg l) -> !first.contains(l.id()))
                .thenComparing(Comparator.comparingLong(Leg::quantity).reversed())
                .thenComparingLong(Leg::id));
        for (int k = 0; k < Math.min(TOOLTIP_LINES, legs.size()); k++) {
            Leg leg = legs.get(k);
            text.append(String.format(Locale.ROOT, "%n%,6d  %s", leg.quantity(), leg.label()));
            if (leg.accepted()) {
                text.append("  ✓ accepted");
            }
        }
        if (legs.size() > TOOLTIP_LINES) {
            text.append(String.format(Locale.ROOT, "%n… and %d more SKUs", legs.size() - TOOLTIP_LINES));
        }
        // the reason of the suggestion the user picked, or of the only one
        Leg explained = first.contains(legs.get(0).id()) || legs.size() == 1 ? legs.get(0) : null;
        if (explained != null
                && explained.reason() != null
                && !explained.reason().isBlank()) {
            text.append("\n\nWhy: ").append(explained.reason());
        }
        return text.toString();
    }

    static Canvas arrowSymbol(Color colour, double width) {
        Canvas c = new Canvas(30, 16);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        g.moveTo(2, 12);
        g.quadraticCurveTo(12, 2, 21, 9);
        g.stroke();
        g.setFill(colour);
        g.fillPolygon(new double[] {28, 18, 22}, new double[] {13, 12, 5}, 3);
        return c;
    }

    static Canvas acceptedSymbol() {
        Canvas c = new Canvas(30, 16);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setStroke(FlowsLayer.ACCEPTED_CASING);
        g.setLineWidth(5);
        g.strokeLine(2, 8, 26, 8);
        g.setStroke(FlowsLayer.colour(TemperatureClass.AMBIENT));
        g.setLineWidth(3);
        g.strokeLine(3, 8, 25, 8);
        return c;
    }

    /** Three widths with the units they stand for; follows the data shown. */
    static Node scaleSymbol(ReadOnlyLongProperty scaleMax) {
        Canvas c = new Canvas(170, 46);
        InvalidationListener redraw = o -> drawScale(c, scaleMax.get());
        // the canvas keeps its listener alive; the layer holds it only weakly
        c.getProperties().put("scale-listener", redraw);
        scaleMax.addListener(new WeakInvalidationListener(redraw));
        drawScale(c, scaleMax.get());
        return c;
    }

    private static void drawScale(Canvas c, long max) {
        GraphicsContext g = c.getGraphicsContext2D();
        g.clearRect(0, 0, c.getWidth(), c.getHeight());
        g.setFont(Font.font("System", 10));
        g.setTextBaseline(VPos.CENTER);
        if (max <= 0) {
            g.setFill(Color.web("#7b8794"));
            g.fillText("no plan shown", 2, 10);
            return;
        }
        long[] samples = {max, Math.max(1, max / 4), Math.max(1, max / 25)};
        double y = 7;
        for (long q : samples) {
            double w = FlowsLayer.width(q, max);
            g.setStroke(Color.web("#52606d"));
            g.setLineWidth(w);
            g.strokeLine(4, y, 46, y);
            g.setFill(Color.web("#3e4c59"));
            g.fillText(String.format(Locale.ROOT, "%,d units per arrow", q), 54, y);
            y += 15;
        }
    }
}
