package dev.microtower.network.ui;

import dev.microtower.core.NodeCode;
import dev.microtower.ui.map.Viewport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** The site names the sites layer writes beside its markers once the map is zoomed in far enough. */
final class SiteLabels {
    private static final int MAX_LABELS = 300;
    private static final Font LABEL_FONT = Font.font("System", 11);
    private static final Color LABEL_HALO = Color.color(1, 1, 1, 0.85);
    private static final Color LABEL_INK = Color.web("#1f2933");

    private SiteLabels() {}

    /** Names beside the markers in {@code bounds} (world minX, maxX, minY, maxY), big sites first, none overlapping. */
    static void draw(
            GraphicsContext g, Viewport v, SiteMarkers markers, IntPredicate shown, int margin, double[] bounds) {
        double minX = bounds[0], maxX = bounds[1], minY = bounds[2], maxY = bounds[3];
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(3);
        // the canvas reaches past the view by the margin: allow labels there too
        double area = (v.width() + 2 * margin) * (v.height() + 2 * margin);
        int maxLabels = (int) (MAX_LABELS * area / (v.width() * v.height()));
        List<double[]> placed = new ArrayList<>();
        // big sites first: when labels collide, the DC keeps its name
        for (int i = 0; i < markers.nodes.length && placed.size() < maxLabels; i++) {
            double wx = markers.wx[i], wy = markers.wy[i];
            if (wx < minX || wx > maxX || wy < minY || wy > maxY || !shown.test(i)) {
                continue;
            }
            String text = markers.nodes[i].name();
            double x = v.screenX(wx) + margin + markers.radius[i] + 4;
            double y = v.screenY(wy) + margin;
            double[] box = {x, y - 7, x + text.length() * 6.1, y + 7};
            boolean free = true;
            for (double[] other : placed) {
                if (box[0] < other[2] && box[2] > other[0] && box[1] < other[3] && box[3] > other[1]) {
                    free = false;
                    break;
                }
            }
            if (free) {
                placed.add(box);
                g.setStroke(LABEL_HALO);
                g.strokeText(text, x, y);
                g.setFill(LABEL_INK);
                g.fillText(text, x, y);
            }
        }
    }

    /** A ring around a site's marker, or around the group it is in. */
    static void ring(
            GraphicsContext g,
            SiteMarkers markers,
            IntPredicate shown,
            int margin,
            Viewport v,
            NodeCode code,
            Color colour,
            SiteClusters c) {
        Integer i = markers.byCode.get(code);
        if (i == null || !shown.test(i)) {
            return;
        }
        double x, y, r;
        if (c != null && c.clusterOf[i] >= 0) {
            int k = c.clusterOf[i];
            x = v.screenX(c.wx[k]);
            y = v.screenY(c.wy[k]);
            r = SiteStyle.clusterRadius(c.count[k]);
        } else {
            x = v.screenX(markers.wx[i]);
            y = v.screenY(markers.wy[i]);
            r = markers.radius[i] + 5;
        }
        x += margin;
        y += margin;
        g.setStroke(colour);
        g.setLineWidth(3);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }
}
