package dev.microtower.rebalancing.ui;

import dev.microtower.core.NodeCode;
import dev.microtower.core.WebMercator;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.ui.SiteStyle;
import dev.microtower.rebalancing.ui.FlowsLayer.Arrow;
import dev.microtower.rebalancing.ui.FlowsLayer.Leg;
import dev.microtower.ui.map.Viewport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The flows layer's immutable render data: the legs grouped into arrows by lane and temperature
 * class, each arrow's curve in world coordinates, sampled for hit tests, and a spatial index of
 * their bounding boxes. Made once per change of the plan shown, read on every frame.
 */
final class FlowsDrawing {
    static final int SAMPLES = 20;
    private static final double START_GAP_PX = 7;
    private static final double END_GAP_PX = 9;

    final Arrow[] arrows;
    final double[] x0;
    final double[] y0;
    final double[] cx;
    final double[] cy;
    final double[] x2;
    final double[] y2;
    final double[][] sx;
    final double[][] sy;
    final Envelope[] boxes;
    final STRtree index;
    final long maxQuantity;

    private FlowsDrawing(List<Arrow> list) {
        arrows = list.toArray(Arrow[]::new);
        int n = arrows.length;
        x0 = new double[n];
        y0 = new double[n];
        cx = new double[n];
        cy = new double[n];
        x2 = new double[n];
        y2 = new double[n];
        sx = new double[n][];
        sy = new double[n][];
        boxes = new Envelope[n];
        index = new STRtree();
        long max = 0;
        for (int i = 0; i < n; i++) {
            Arrow a = arrows[i];
            Leg any = a.legs().get(0);
            x0[i] = WebMercator.worldX(any.fromAt().lon());
            y0[i] = WebMercator.worldY(any.fromAt().lat());
            x2[i] = WebMercator.worldX(any.toAt().lon());
            y2[i] = WebMercator.worldY(any.toAt().lat());
            double dx = x2[i] - x0[i], dy = y2[i] - y0[i];
            // to the right of the direction of travel (screen y points down)
            double bend = 0.14 + 0.07 * a.temperature().ordinal();
            cx[i] = (x0[i] + x2[i]) / 2 - dy * bend;
            cy[i] = (y0[i] + y2[i]) / 2 + dx * bend;
            sx[i] = new double[SAMPLES + 1];
            sy[i] = new double[SAMPLES + 1];
            for (int k = 0; k <= SAMPLES; k++) {
                double t = (double) k / SAMPLES, u = 1 - t;
                sx[i][k] = u * u * x0[i] + 2 * u * t * cx[i] + t * t * x2[i];
                sy[i][k] = u * u * y0[i] + 2 * u * t * cy[i] + t * t * y2[i];
            }
            // a quadratic curve lies inside the triangle of its end and control points
            Envelope box = new Envelope(x0[i], x2[i], y0[i], y2[i]);
            box.expandToInclude(cx[i], cy[i]);
            boxes[i] = box;
            index.insert(box, i);
            max = Math.max(max, a.quantity());
        }
        if (n > 0) {
            index.build();
        }
        maxQuantity = max;
    }

    static FlowsDrawing of(List<Leg> legs) {
        record Key(NodeCode from, NodeCode to, TemperatureClass temperature) {}
        Map<Key, List<Leg>> byLane = new LinkedHashMap<>();
        for (Leg leg : legs) {
            byLane.computeIfAbsent(new Key(leg.from(), leg.to(), leg.temperature()), k -> new ArrayList<>())
                    .add(leg);
        }
        List<Arrow> arrows = new ArrayList<>(byLane.size());
        byLane.forEach((key, group) -> arrows.add(new Arrow(
                key.from(),
                key.to(),
                key.temperature(),
                group.stream().mapToLong(Leg::quantity).sum(),
                group)));
        // big arrows first, so the thin ones stay visible on top of them
        arrows.sort(Comparator.comparingLong(Arrow::quantity)
                .reversed()
                .thenComparing(a -> a.from().value())
                .thenComparing(a -> a.to().value())
                .thenComparing(Arrow::temperature));
        return new FlowsDrawing(arrows);
    }

    static double distanceToCurve(double[] xs, double[] ys, double x, double y) {
        double best = Double.MAX_VALUE;
        for (int k = 0; k + 1 < xs.length; k++) {
            best = Math.min(best, segmentDistance(xs[k], ys[k], xs[k + 1], ys[k + 1], x, y));
        }
        return best;
    }

    private static double segmentDistance(double ax, double ay, double bx, double by, double x, double y) {
        double dx = bx - ax, dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((x - ax) * dx + (y - ay) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(ax + t * dx - x, ay + t * dy - y);
    }

    /** Paints arrow {@code i} of width {@code w}; canvas pixel = screen pixel + {@code m}. */
    void paintArrow(GraphicsContext g, Viewport v, double m, int i, double w, boolean lit) {
        FlowsDrawing d = this;
        double x0 = v.screenX(d.x0[i]) + m, y0 = v.screenY(d.y0[i]) + m;
        double cx = v.screenX(d.cx[i]) + m, cy = v.screenY(d.cy[i]) + m;
        double x2 = v.screenX(d.x2[i]) + m, y2 = v.screenY(d.y2[i]) + m;
        double head = Math.max(7, 2.4 * w);
        double chord = Math.hypot(x2 - x0, y2 - y0);
        if (chord < START_GAP_PX + END_GAP_PX + head) {
            return; // the two sites touch at this zoom: an arrow would only hide them
        }
        // a quadratic curve leaves its ends towards the control point: shorten along those lines
        double[] s = toward(x0, y0, cx, cy, START_GAP_PX);
        double[] tip = toward(x2, y2, cx, cy, END_GAP_PX);
        double[] base = toward(x2, y2, cx, cy, END_GAP_PX + head * 0.8);
        Color colour = FlowsLayer.colour(d.arrows[i].temperature());
        boolean accepted = d.arrows[i].accepted();
        if (lit) {
            g.setStroke(SiteStyle.SELECTION);
            g.setLineWidth(w + 7);
            curve(g, s, cx, cy, base);
        }
        if (accepted) {
            // a second stroke per arrow costs as much as the first: only the accepted ones get it
            g.setStroke(FlowsLayer.ACCEPTED_CASING);
            g.setLineWidth(w + 2);
            curve(g, s, cx, cy, base);
        }
        g.setStroke(accepted || lit ? colour : colour.deriveColor(0, 1, 1, 0.8));
        g.setLineWidth(w);
        curve(g, s, cx, cy, base);
        // the head points along the curve's end tangent, from the control point to the tip
        double ux = tip[0] - cx, uy = tip[1] - cy;
        double len = Math.hypot(ux, uy);
        ux /= len;
        uy /= len;
        double half = head * 0.55;
        double bx = tip[0] - ux * head, by = tip[1] - uy * head;
        double[] xs = {tip[0], bx - uy * half, bx + uy * half};
        double[] ys = {tip[1], by + ux * half, by - ux * half};
        g.setFill(colour);
        g.fillPolygon(xs, ys, 3);
        if (accepted || lit) {
            g.setStroke(accepted ? FlowsLayer.ACCEPTED_CASING : SiteStyle.SELECTION);
            g.setLineWidth(1);
            g.strokePolygon(xs, ys, 3);
        }
    }

    private static void curve(GraphicsContext g, double[] from, double cx, double cy, double[] to) {
        g.beginPath();
        g.moveTo(from[0], from[1]);
        g.quadraticCurveTo(cx, cy, to[0], to[1]);
        g.stroke();
    }

    private static double[] toward(double x, double y, double tx, double ty, double distance) {
        double dx = tx - x, dy = ty - y;
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return new double[] {x, y};
        }
        double f = Math.min(distance, len * 0.45) / len;
        return new double[] {x + dx * f, y + dy * f};
    }
}
