package dev.microtower.zones.ui.demand;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.WebMercator;
import dev.microtower.core.ZoneCode;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.ui.map.CanvasLayer;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.Viewport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The districts of the scenario's demand changes on the map: each zone, site or drawn area
 * outlined with a dashed line and labelled with its factor ("×1.3"); a change for everywhere has no
 * outline. While an area is drawn for a new change ({@link #startDrawing}) the layer takes the
 * mouse: a click adds a corner, a double-click or Enter finishes, Backspace removes the last corner
 * and Escape cancels; otherwise it lets every event through.
 */
final class DemandLayer extends CanvasLayer {
    static final Color MORE = Color.web("#c2410c");
    static final Color LESS = Color.web("#1d4ed8");
    private static final double SITE_RADIUS_PX = 16;

    private final BooleanProperty drawing = new SimpleBooleanProperty(this, "drawing");
    private final List<LegendEntry> legend = List.of(
            new LegendEntry("Demand raised (×1.3)", () -> swatch(MORE), null),
            new LegendEntry("Demand lowered (×0.8)", () -> swatch(LESS), null));

    private List<DemandMultiplier> changes = List.of();
    private Map<ZoneCode, Geometry> zones = Map.of();
    private Map<NodeCode, GeoPoint> sites = Map.of();
    private final List<GeoPoint> draft = new ArrayList<>();
    private Consumer<List<GeoPoint>> whenDrawn;

    DemandLayer() {
        // the size of the view, so the mouse handlers read view coordinates off the canvas
        super(true, 0);
        Canvas canvas = canvas().canvas();
        canvas.setFocusTraversable(true);
        canvas.setMouseTransparent(true);
        drawing.addListener((o, was, now) -> {
            canvas.setMouseTransparent(!now);
            canvas.setCursor(now ? Cursor.CROSSHAIR : Cursor.DEFAULT);
            if (now) {
                canvas.requestFocus();
            }
            contentChanged();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    @Override
    public String title() {
        return "Demand changes";
    }

    @Override
    public List<LegendEntry> legend() {
        return legend;
    }

    /** True while the user draws an area; the map's other overlays let clicks through meanwhile. */
    BooleanProperty drawingProperty() {
        return drawing;
    }

    /** Shows these changes; zones and sites give the outlines of the changes that name them. */
    void show(List<DemandMultiplier> newChanges, Map<ZoneCode, Geometry> zoneAreas, Map<NodeCode, GeoPoint> places) {
        changes = List.copyOf(newChanges);
        zones = Map.copyOf(zoneAreas);
        sites = Map.copyOf(places);
        contentChanged();
    }

    List<DemandMultiplier> changes() {
        return changes;
    }

    /** Starts drawing an area; {@code then} receives its corners when the user finishes. */
    void startDrawing(Consumer<List<GeoPoint>> then) {
        whenDrawn = then;
        draft.clear();
        drawing.set(true);
        shownProperty().set(true);
        contentChanged(); // the draft was cleared, even when already drawing
    }

    /** Stops drawing without an area. */
    void cancelDrawing() {
        draft.clear();
        whenDrawn = null;
        drawing.set(false);
        contentChanged();
    }

    /** The corners placed so far while drawing. */
    List<GeoPoint> draft() {
        return List.copyOf(draft);
    }

    /** Adds a corner at a point of the map, as a click there does. */
    void addCorner(GeoPoint corner) {
        if (drawing.get()) {
            draft.add(corner);
            contentChanged();
        }
    }

    /** Finishes the area drawn, as a double-click does. */
    void finishDrawing() {
        List<GeoPoint> corners = List.copyOf(draft);
        Consumer<List<GeoPoint>> then = whenDrawn;
        cancelDrawing();
        if (then != null) {
            then.accept(corners);
        }
    }

    /** Where a geographic point is on this layer now (the map view's coordinates). */
    Point2D screenPosition(GeoPoint point) {
        Viewport v = viewport();
        return new Point2D(v.screenX(WebMercator.worldX(point.lon())), v.screenY(WebMercator.worldY(point.lat())));
    }

    // ---- painting ----

    @Override
    protected void paint(GraphicsContext g, Viewport v) {
        // several changes of one district share its outline; their labels are stacked
        Map<Point2D, Integer> labelled = new HashMap<>();
        for (DemandMultiplier m : changes) {
            Color colour = m.factor() >= 1 ? MORE : LESS;
            Point2D anchor = outline(g, m, colour);
            if (anchor != null) {
                int below = labelled.merge(anchor, 1, Integer::sum) - 1;
                label(g, DemandWords.factor(m.factor()), anchor.getX(), anchor.getY() + below * 16, colour);
            }
        }
        paintDraft(g);
    }

    /** Outlines the change's district and returns where its label goes, or {@code null} for none. */
    private Point2D outline(GraphicsContext g, DemandMultiplier m, Color colour) {
        g.setStroke(colour);
        g.setLineWidth(2);
        g.setLineDashes(8, 5);
        g.setFill(colour.deriveColor(0, 1, 1, 0.08));
        Geometry area = m.zone() == null ? null : zones.get(m.zone());
        if (area != null) {
            for (int i = 0; i < area.getNumGeometries(); i++) {
                if (area.getGeometryN(i) instanceof Polygon p) {
                    ring(g, p.getExteriorRing().getCoordinates());
                }
            }
            Coordinate c = area.getInteriorPoint().getCoordinate();
            return screen(new GeoPoint(c.y, c.x));
        }
        if (m.area() != null) {
            Coordinate[] ring =
                    m.area().stream().map(p -> new Coordinate(p.lon(), p.lat())).toArray(Coordinate[]::new);
            ring(g, ring);
            double lat = m.area().stream().mapToDouble(GeoPoint::lat).average().orElse(0);
            double lon = m.area().stream().mapToDouble(GeoPoint::lon).average().orElse(0);
            return screen(new GeoPoint(lat, lon));
        }
        GeoPoint at = m.node() == null ? null : sites.get(m.node());
        if (at != null) {
            Point2D p = screen(at);
            g.fillOval(p.getX() - SITE_RADIUS_PX, p.getY() - SITE_RADIUS_PX, 2 * SITE_RADIUS_PX, 2 * SITE_RADIUS_PX);
            g.strokeOval(p.getX() - SITE_RADIUS_PX, p.getY() - SITE_RADIUS_PX, 2 * SITE_RADIUS_PX, 2 * SITE_RADIUS_PX);
            return new Point2D(p.getX(), p.getY() - SITE_RADIUS_PX - 10);
        }
        return null;
    }

    private void ring(GraphicsContext g, Coordinate[] ring) {
        g.beginPath();
        for (int i = 0; i < ring.length; i++) {
            Point2D p = screen(new GeoPoint(ring[i].y, ring[i].x));
            if (i == 0) {
                g.moveTo(p.getX(), p.getY());
            } else {
                g.lineTo(p.getX(), p.getY());
            }
        }
        g.closePath();
        g.fill();
        g.stroke();
    }

    private static void label(GraphicsContext g, String text, double x, double y, Color colour) {
        g.setLineDashes();
        g.setFont(Font.font("System", FontWeight.BOLD, 13));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(3);
        g.setStroke(Color.WHITE);
        g.strokeText(text, x, y);
        g.setFill(colour);
        g.fillText(text, x, y);
    }

    private void paintDraft(GraphicsContext g) {
        if (!drawing.get() || draft.isEmpty()) {
            return;
        }
        g.setLineDashes();
        g.setStroke(MORE);
        g.setLineWidth(2);
        g.beginPath();
        for (int i = 0; i < draft.size(); i++) {
            Point2D p = screen(draft.get(i));
            if (i == 0) {
                g.moveTo(p.getX(), p.getY());
            } else {
                g.lineTo(p.getX(), p.getY());
            }
        }
        g.stroke();
        g.setFill(Color.WHITE);
        for (GeoPoint corner : draft) {
            Point2D p = screen(corner);
            g.fillOval(p.getX() - 4, p.getY() - 4, 8, 8);
            g.strokeOval(p.getX() - 4, p.getY() - 4, 8, 8);
        }
    }

    private Point2D screen(GeoPoint point) {
        return screenPosition(point);
    }

    private static javafx.scene.Node swatch(Color c) {
        Rectangle r = new Rectangle(14, 10, c.deriveColor(0, 1, 1, 0.15));
        r.setStroke(c);
        r.getStrokeDashArray().setAll(4.0, 2.0);
        return r;
    }

    // ---- drawing an area ----

    private void clicked(MouseEvent e) {
        if (!drawing.get() || e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        e.consume(); // a double-click finishes the area; it must not zoom the map
        if (e.getClickCount() >= 2) {
            finishDrawing();
        } else {
            addCorner(viewport().toGeo(e.getX(), e.getY()));
        }
    }

    private void key(KeyEvent e) {
        if (!drawing.get()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            finishDrawing();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            cancelDrawing();
        } else if (e.getCode() == KeyCode.BACK_SPACE && !draft.isEmpty()) {
            draft.remove(draft.size() - 1);
            contentChanged();
        } else {
            return;
        }
        e.consume();
    }
}
