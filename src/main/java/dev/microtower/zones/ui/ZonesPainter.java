package dev.microtower.zones.ui;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.WebMercator;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.ui.map.Viewport;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.engine.CoverageReport;
import dev.microtower.zones.engine.ZoneShapes;
import dev.microtower.zones.engine.ZoneTopology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws the zones layer on its canvas from an immutable {@link Scene}: the zones widest promise
 * first (so the tight same-day zones lie on top), the overlaps of same-day zones, the hot spots of
 * uncovered demand, the zone being edited with its handles, and the outline being drawn; and finds
 * the handle under the mouse where it drew it.
 */
final class ZonesPainter {
    private static final double HIT_PX = 7;
    private static final Color EDITED = Color.web("#f59e0b");
    private static final Color DRAFT = Color.web("#111827");
    private static final double HANDLE_PX = 7;
    private static final double MIN_HOT_SPOT_PX = 9;
    private static final double LABEL_HOT_SPOT_PX = 28;
    private static final Font LABEL_FONT = Font.font("System", 11);

    /** What the layer shows, copied when it is painted. */
    record Scene(
            List<DeliveryZone> zones,
            List<SlaTier> tiers,
            CoverageReport coverage,
            boolean overlapsShown,
            boolean hotSpotsShown,
            DeliveryZone selected,
            Geometry pending,
            ZonesLayer.Mode mode,
            List<GeoPoint> draft,
            GeoPoint pointer) {
        Scene {
            zones = List.copyOf(zones);
            tiers = List.copyOf(tiers);
            draft = List.copyOf(draft);
        }
    }

    private ZonesPainter() {}

    /** The corner of the selected zone within reach of a screen point. */
    static ZoneShapes.Vertex cornerAt(Viewport current, Geometry area, double sx, double sy) {
        List<List<Coordinate[]>> parts = ZoneShapes.rings(area);
        for (int p = 0; p < parts.size(); p++) {
            for (int r = 0; r < parts.get(p).size(); r++) {
                Coordinate[] ring = parts.get(p).get(r);
                for (int i = 0; i < ring.length; i++) {
                    if (Math.hypot(x(current, ring[i]) - sx, y(current, ring[i]) - sy) <= HIT_PX) {
                        return new ZoneShapes.Vertex(p, r, i);
                    }
                }
            }
        }
        return null;
    }

    /** The mid-edge handle within reach, as the index the new corner would get. */
    static ZoneShapes.Vertex midpointAt(Viewport current, Geometry area, double sx, double sy) {
        List<List<Coordinate[]>> parts = ZoneShapes.rings(area);
        for (int p = 0; p < parts.size(); p++) {
            for (int r = 0; r < parts.get(p).size(); r++) {
                Coordinate[] ring = parts.get(p).get(r);
                for (int i = 0; i < ring.length; i++) {
                    Coordinate a = ring[i], b = ring[(i + 1) % ring.length];
                    double mx = (x(current, a) + x(current, b)) / 2, my = (y(current, a) + y(current, b)) / 2;
                    if (Math.hypot(mx - sx, my - sy) <= HIT_PX) {
                        return new ZoneShapes.Vertex(p, r, i + 1);
                    }
                }
            }
        }
        return null;
    }

    static void paint(GraphicsContext g, Viewport v, Scene scene) {
        g.clearRect(0, 0, v.width(), v.height());
        g.setFillRule(FillRule.EVEN_ODD);
        DeliveryZone chosen = scene.selected();
        // widest promise first, so the tight same-day zones lie on top
        List<DeliveryZone> ordered = new ArrayList<>(scene.zones());
        ordered.sort(Comparator.comparing((DeliveryZone z) -> -z.slaTier().ordinal())
                .thenComparing(z -> z.code().value()));
        for (DeliveryZone zone : ordered) {
            if (!scene.tiers().contains(zone.slaTier()) || !visibleOnScreen(zone.area(), v)) {
                continue;
            }
            Geometry area = chosen != null && chosen.code().equals(zone.code()) && scene.pending() != null
                    ? scene.pending()
                    : zone.area();
            Color c = ZonesLayer.colour(zone.slaTier());
            path(g, v, area);
            g.setFill(c.deriveColor(0, 1, 1, ZonesLayer.FILL_ALPHA));
            g.fill();
            g.setStroke(c.deriveColor(0, 1, 0.85, 0.85));
            g.setLineWidth(1.4);
            g.stroke();
        }
        if (scene.coverage() != null && scene.overlapsShown()) {
            // the union, so where three zones meet is no redder than where two do
            Geometry overlap = ZoneTopology.polygonal(scene.coverage().overlapArea());
            if (overlap != null && visibleOnScreen(overlap, v)) {
                path(g, v, overlap);
                g.setFill(ZonesLayer.OVERLAP.deriveColor(0, 1, 1, 0.32));
                g.fill();
                g.setStroke(ZonesLayer.OVERLAP);
                g.setLineWidth(1);
                g.stroke();
            }
        }
        if (scene.coverage() != null && scene.hotSpotsShown()) {
            paintHotSpots(g, v, scene.coverage());
        }
        if (chosen != null && scene.mode() != ZonesLayer.Mode.DRAW) {
            paintSelected(g, v, scene.mode(), scene.pending() != null ? scene.pending() : chosen.area());
        }
        if (scene.mode() == ZonesLayer.Mode.DRAW && !scene.draft().isEmpty()) {
            paintDraft(g, v, scene.draft(), scene.pointer());
        }
    }

    private static void paintHotSpots(GraphicsContext g, Viewport v, CoverageReport coverage) {
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (CoverageReport.HotSpot spot : coverage.hotSpots()) {
            Point2D at = at(v, spot.centre());
            var e = spot.cell().getEnvelopeInternal();
            double side = v.screenX(WebMercator.worldX(e.getMaxX())) - v.screenX(WebMercator.worldX(e.getMinX()));
            if (side < MIN_HOT_SPOT_PX) {
                // zoomed out, a cell would vanish: keep a square that can be seen
                g.beginPath();
                g.rect(
                        at.getX() - MIN_HOT_SPOT_PX / 2,
                        at.getY() - MIN_HOT_SPOT_PX / 2,
                        MIN_HOT_SPOT_PX,
                        MIN_HOT_SPOT_PX);
            } else {
                path(g, v, spot.cell());
            }
            g.setFill(ZonesLayer.HOT_SPOT.deriveColor(0, 1, 1, 0.42));
            g.fill();
            g.setStroke(ZonesLayer.HOT_SPOT.darker());
            g.setLineWidth(1.5);
            g.stroke();
            if (side < LABEL_HOT_SPOT_PX) {
                continue; // the panel lists the figures; labels would pile up
            }
            String text = String.format(Locale.ROOT, "%,d", spot.orders());
            g.setLineWidth(3);
            g.setStroke(Color.color(1, 1, 1, 0.85));
            g.strokeText(text, at.getX(), at.getY());
            g.setFill(Color.web("#7f2704"));
            g.fillText(text, at.getX(), at.getY());
        }
    }

    private static void paintSelected(GraphicsContext g, Viewport v, ZonesLayer.Mode mode, Geometry area) {
        path(g, v, area);
        g.setStroke(EDITED);
        g.setLineWidth(3);
        g.stroke();
        if (mode != ZonesLayer.Mode.EDIT) {
            return;
        }
        g.setLineWidth(1.2);
        for (List<Coordinate[]> part : ZoneShapes.rings(area)) {
            for (Coordinate[] ring : part) {
                for (int i = 0; i < ring.length; i++) {
                    Coordinate a = ring[i], b = ring[(i + 1) % ring.length];
                    double mx = (x(v, a) + x(v, b)) / 2, my = (y(v, a) + y(v, b)) / 2;
                    g.setFill(Color.color(1, 1, 1, 0.7));
                    g.fillOval(mx - 3, my - 3, 6, 6);
                    g.setStroke(EDITED.darker());
                    g.strokeOval(mx - 3, my - 3, 6, 6);
                }
                for (Coordinate c : ring) {
                    double h = HANDLE_PX / 2;
                    g.setFill(Color.WHITE);
                    g.fillRect(x(v, c) - h, y(v, c) - h, HANDLE_PX, HANDLE_PX);
                    g.setStroke(DRAFT);
                    g.strokeRect(x(v, c) - h, y(v, c) - h, HANDLE_PX, HANDLE_PX);
                }
            }
        }
    }

    private static void paintDraft(GraphicsContext g, Viewport v, List<GeoPoint> draft, GeoPoint pointer) {
        g.beginPath();
        for (int i = 0; i < draft.size(); i++) {
            double x = v.screenX(WebMercator.worldX(draft.get(i).lon()));
            double y = v.screenY(WebMercator.worldY(draft.get(i).lat()));
            if (i == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        if (pointer != null) {
            g.lineTo(v.screenX(WebMercator.worldX(pointer.lon())), v.screenY(WebMercator.worldY(pointer.lat())));
        }
        g.setStroke(DRAFT);
        g.setLineWidth(2);
        g.setLineDashes(6, 4);
        g.stroke();
        g.setLineDashes();
        for (GeoPoint corner : draft) {
            Point2D at = at(v, corner);
            g.setFill(Color.WHITE);
            g.fillRect(at.getX() - 3.5, at.getY() - 3.5, 7, 7);
            g.setStroke(DRAFT);
            g.setLineWidth(1.2);
            g.strokeRect(at.getX() - 3.5, at.getY() - 3.5, 7, 7);
        }
    }

    private static boolean visibleOnScreen(Geometry area, Viewport v) {
        var e = area.getEnvelopeInternal();
        double x0 = v.screenX(WebMercator.worldX(e.getMinX())), x1 = v.screenX(WebMercator.worldX(e.getMaxX()));
        double y0 = v.screenY(WebMercator.worldY(e.getMaxY())), y1 = v.screenY(WebMercator.worldY(e.getMinY()));
        return x1 >= 0 && x0 <= v.width() && y1 >= 0 && y0 <= v.height();
    }

    private static void path(GraphicsContext g, Viewport v, Geometry area) {
        g.beginPath();
        for (List<Coordinate[]> part : ZoneShapes.rings(area)) {
            for (Coordinate[] ring : part) {
                for (int i = 0; i < ring.length; i++) {
                    if (i == 0) {
                        g.moveTo(x(v, ring[i]), y(v, ring[i]));
                    } else {
                        g.lineTo(x(v, ring[i]), y(v, ring[i]));
                    }
                }
                g.closePath();
            }
        }
    }

    static double x(Viewport v, Coordinate c) {
        return v.screenX(WebMercator.worldX(c.x));
    }

    static double y(Viewport v, Coordinate c) {
        return v.screenY(WebMercator.worldY(c.y));
    }

    private static Point2D at(Viewport v, GeoPoint point) {
        return new Point2D(v.screenX(WebMercator.worldX(point.lon())), v.screenY(WebMercator.worldY(point.lat())));
    }
}
