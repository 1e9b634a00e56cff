package dev.microtower.zones.ui;

import com.gluonhq.maps.MapLayer;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.WebMercator;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.MapOverlay;
import dev.microtower.ui.map.Viewport;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.engine.CoverageReport;
import dev.microtower.zones.engine.ZoneShapes;
import dev.microtower.zones.engine.ZoneTopology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Delivery zones as translucent polygons, one colour per SLA tier, with the coverage findings on
 * top: areas where same-day zones overlap and the grid cells with the most uncovered demand. The
 * layer also takes the mouse while zones are edited or drawn ({@link Mode}); in {@link Mode#VIEW}
 * it lets every event through, so the map pans and sites are clicked as usual. It only reports what
 * the user did to a {@link Listener}; checking and saving the change is the zone editor's job.
 */
public final class ZonesLayer extends MapLayer implements MapOverlay {
    /** What the mouse does on this layer. */
    public enum Mode {
        /** Zones are only shown; the layer takes no events. */
        VIEW,
        /** Click a zone to select it; drag a corner, drag a mid-edge handle to add one, Alt- or right-click a corner to delete it. */
        EDIT,
        /** Each click adds a corner of a new zone; double-click or Enter finishes, Escape cancels. */
        DRAW
    }

    /** What the user did with the mouse, for the editor to check and keep (or refuse). */
    public interface Listener {
        /** The selected zone got a new outline; {@code what} names the change, e.g. "move a corner". */
        void reshaped(DeliveryZone zone, Geometry area, String what);

        /** A new outline was finished with these corners, in order. */
        void drawn(List<GeoPoint> corners);

        /** The user asked to delete the selected zone (Delete key). */
        void deleteRequested(DeliveryZone zone);

        /** A change could not even be made, e.g. deleting a corner of a triangle. */
        void refused(String reason);
    }

    private static final Map<SlaTier, Color> TIER_COLOURS = Map.of(
            SlaTier.SAME_DAY, Color.web("#1a9850"),
            SlaTier.NEXT_DAY, Color.web("#2c6fbb"),
            SlaTier.REPLENISHMENT_HUB, Color.web("#7b61a8"));
    private static final double FILL_ALPHA = 0.16;
    private static final Color OVERLAP = Color.web("#d7301f");
    private static final Color HOT_SPOT = Color.web("#f46d43");
    private static final Color EDITED = Color.web("#f59e0b");
    private static final Color DRAFT = Color.web("#111827");
    private static final double HANDLE_PX = 7;
    private static final double MIN_HOT_SPOT_PX = 9;
    private static final double LABEL_HOT_SPOT_PX = 28;
    private static final double HIT_PX = 7;
    private static final Font LABEL_FONT = Font.font("System", 11);
    private static final GeometryFactory LON_LAT = new GeometryFactory();

    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final Map<SlaTier, BooleanProperty> tierShown = new EnumMap<>(SlaTier.class);
    private final BooleanProperty overlapsShown = new SimpleBooleanProperty(this, "overlapsShown", true);
    private final BooleanProperty hotSpotsShown = new SimpleBooleanProperty(this, "hotSpotsShown", true);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.VIEW);
    private final ObjectProperty<DeliveryZone> selected = new SimpleObjectProperty<>(this, "selected");
    private final List<LegendEntry> legend;
    private final Canvas canvas = new Canvas();

    private List<DeliveryZone> zones = List.of();
    private CoverageReport coverage;
    private Listener listener;
    private Viewport current = Viewport.EMPTY;
    private Viewport drawn = Viewport.EMPTY;
    private boolean contentChanged = true;

    // editing: the selected zone's outline while a corner is dragged or a change awaits saving
    private Geometry pending;
    private ZoneShapes.Vertex dragged;
    private String dragWhat;
    // drawing: the corners placed so far and where the mouse is
    private final List<GeoPoint> draft = new ArrayList<>();
    private GeoPoint pointer;

    public ZonesLayer() {
        List<LegendEntry> entries = new ArrayList<>();
        for (SlaTier tier : SlaTier.values()) {
            // hub zones span whole regions and hide everything under them: off until asked for
            BooleanProperty on = new SimpleBooleanProperty(this, tier.name(), tier != SlaTier.REPLENISHMENT_HUB);
            on.addListener(o -> contentChanged());
            tierShown.put(tier, on);
            entries.add(new LegendEntry(tier.label() + " zone", () -> swatch(colour(tier), FILL_ALPHA * 2), on));
        }
        overlapsShown.addListener(o -> contentChanged());
        hotSpotsShown.addListener(o -> contentChanged());
        entries.add(new LegendEntry("Same-day zones overlap", () -> swatch(OVERLAP, 0.45), overlapsShown));
        entries.add(new LegendEntry("Hot spot: uncovered demand", () -> swatch(HOT_SPOT, 0.45), hotSpotsShown));
        legend = List.copyOf(entries);

        canvas.setManaged(false);
        canvas.setFocusTraversable(true);
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        Rectangle clip = new Rectangle();
        canvas.widthProperty().addListener(o -> clip.setWidth(canvas.getWidth()));
        canvas.heightProperty().addListener(o -> clip.setHeight(canvas.getHeight()));
        setClip(clip);

        mode.addListener((o, was, now) -> {
            canvas.setMouseTransparent(now == Mode.VIEW);
            canvas.setCursor(now == Mode.DRAW ? Cursor.CROSSHAIR : Cursor.DEFAULT);
            draft.clear();
            pending = null;
            dragged = null;
            contentChanged();
        });
        selected.addListener(o -> {
            pending = null;
            contentChanged();
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    @Override
    public String title() {
        return "Delivery zones";
    }

    @Override
    public BooleanProperty shownProperty() {
        return shown;
    }

    @Override
    public List<LegendEntry> legend() {
        return legend;
    }

    public static Color colour(SlaTier tier) {
        return TIER_COLOURS.get(tier);
    }

    public BooleanProperty tierShownProperty(SlaTier tier) {
        return tierShown.get(tier);
    }

    public BooleanProperty overlapsShownProperty() {
        return overlapsShown;
    }

    public BooleanProperty hotSpotsShownProperty() {
        return hotSpotsShown;
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** The zone being edited; its corners get handles in {@link Mode#EDIT}. */
    public ObjectProperty<DeliveryZone> selectedProperty() {
        return selected;
    }

    public void setListener(Listener listener) {
        this.listener = listener;
    }

    /** Replaces the zones shown; a selected zone stays selected by code, with its new outline. */
    public void setZones(List<DeliveryZone> newZones) {
        zones = List.copyOf(newZones);
        pending = null;
        DeliveryZone was = selected.get();
        if (was != null) {
            selected.set(zone(was.code().value()).orElse(null));
        }
        contentChanged();
    }

    public List<DeliveryZone> zones() {
        return zones;
    }

    public Optional<DeliveryZone> zone(String code) {
        return zones.stream().filter(z -> z.code().value().equals(code)).findFirst();
    }

    /** Shows overlaps and hot spots of this report; {@code null} hides them. */
    public void setCoverage(CoverageReport report) {
        coverage = report;
        contentChanged();
    }

    /** Forgets an outline change that the editor refused; the zone is drawn as it was. */
    public void discardPending() {
        pending = null;
        contentChanged();
    }

    /** The corners placed so far while drawing. */
    public List<GeoPoint> draft() {
        return List.copyOf(draft);
    }

    /** Where a geographic point is on this layer now (the map view's coordinates). */
    public javafx.geometry.Point2D screenPosition(GeoPoint point) {
        Viewport v = current;
        return new javafx.geometry.Point2D(
                v.screenX(WebMercator.worldX(point.lon())), v.screenY(WebMercator.worldY(point.lat())));
    }

    // ---- drawing ----

    @Override
    protected void initialize() {
        baseMap.translateXProperty().addListener(o -> markDirty());
        baseMap.translateYProperty().addListener(o -> markDirty());
        baseMap.zoom().addListener(o -> markDirty());
        visibleProperty().addListener(o -> contentChanged());
    }

    private void contentChanged() {
        contentChanged = true;
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        current = getParent() instanceof Region view ? Viewport.of(baseMap, view) : Viewport.EMPTY;
        if (current.isEmpty() || !isVisible()) {
            return;
        }
        if (canvas.getWidth() != current.width() || canvas.getHeight() != current.height()) {
            canvas.setWidth(current.width());
            canvas.setHeight(current.height());
            contentChanged = true;
        }
        if (contentChanged || !current.equals(drawn)) {
            paint(current);
            drawn = current;
            contentChanged = false;
        }
    }

    private void paint(Viewport v) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setFillRule(FillRule.EVEN_ODD);
        DeliveryZone chosen = selected.get();
        // widest promise first, so the tight same-day zones lie on top
        List<DeliveryZone> ordered = new ArrayList<>(zones);
        ordered.sort(Comparator.comparing((DeliveryZone z) -> -z.slaTier().ordinal())
                .thenComparing(z -> z.code().value()));
        for (DeliveryZone zone : ordered) {
            if (!tierShown.get(zone.slaTier()).get() || !visibleOnScreen(zone.area(), v)) {
                continue;
            }
            Geometry area =
                    chosen != null && chosen.code().equals(zone.code()) && pending != null ? pending : zone.area();
            Color c = colour(zone.slaTier());
            path(g, v, area);
            g.setFill(c.deriveColor(0, 1, 1, FILL_ALPHA));
            g.fill();
            g.setStroke(c.deriveColor(0, 1, 0.85, 0.85));
            g.setLineWidth(1.4);
            g.stroke();
        }
        if (coverage != null && overlapsShown.get()) {
            // the union, so where three zones meet is no redder than where two do
            Geometry overlap = ZoneTopology.polygonal(coverage.overlapArea());
            if (overlap != null && visibleOnScreen(overlap, v)) {
                path(g, v, overlap);
                g.setFill(OVERLAP.deriveColor(0, 1, 1, 0.32));
                g.fill();
                g.setStroke(OVERLAP);
                g.setLineWidth(1);
                g.stroke();
            }
        }
        if (coverage != null && hotSpotsShown.get()) {
            paintHotSpots(g, v);
        }
        if (chosen != null && mode.get() != Mode.DRAW) {
            paintSelected(g, v, pending != null ? pending : chosen.area());
        }
        if (mode.get() == Mode.DRAW && !draft.isEmpty()) {
            paintDraft(g, v);
        }
    }

    private void paintHotSpots(GraphicsContext g, Viewport v) {
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (CoverageReport.HotSpot spot : coverage.hotSpots()) {
            javafx.geometry.Point2D at = screenPosition(spot.centre());
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
            g.setFill(HOT_SPOT.deriveColor(0, 1, 1, 0.42));
            g.fill();
            g.setStroke(HOT_SPOT.darker());
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

    private void paintSelected(GraphicsContext g, Viewport v, Geometry area) {
        path(g, v, area);
        g.setStroke(EDITED);
        g.setLineWidth(3);
        g.stroke();
        if (mode.get() != Mode.EDIT) {
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

    private void paintDraft(GraphicsContext g, Viewport v) {
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
            javafx.geometry.Point2D at = screenPosition(corner);
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

    private static double x(Viewport v, Coordinate c) {
        return v.screenX(WebMercator.worldX(c.x));
    }

    private static double y(Viewport v, Coordinate c) {
        return v.screenY(WebMercator.worldY(c.y));
    }

    private static javafx.scene.Node swatch(Color c, double alpha) {
        Rectangle r = new Rectangle(14, 10, c.deriveColor(0, 1, 1, alpha));
        r.setStroke(c);
        return r;
    }

    // ---- interaction ----

    private Coordinate lonLat(MouseEvent e) {
        GeoPoint p = current.toGeo(e.getX(), e.getY());
        return new Coordinate(p.lon(), p.lat());
    }

    /** The corner of the selected zone within reach of a screen point. */
    private ZoneShapes.Vertex cornerAt(Geometry area, double sx, double sy) {
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
    private ZoneShapes.Vertex midpointAt(Geometry area, double sx, double sy) {
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

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        DeliveryZone zone = selected.get();
        if (mode.get() != Mode.EDIT || zone == null) {
            return; // drawing clicks are taken on release; a drag pans the map
        }
        Geometry area = zone.area();
        ZoneShapes.Vertex corner = cornerAt(area, e.getX(), e.getY());
        boolean deleting =
                e.getButton() == MouseButton.SECONDARY || (e.getButton() == MouseButton.PRIMARY && e.isAltDown());
        if (corner != null && deleting) {
            e.consume();
            try {
                pending = ZoneShapes.delete(area, corner);
            } catch (IllegalArgumentException refused) {
                pending = null;
                if (listener != null) {
                    listener.refused("Cannot delete the corner: " + refused.getMessage() + ".");
                }
                return;
            }
            contentChanged();
            if (listener != null) {
                listener.reshaped(zone, pending, "delete a corner");
            }
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (corner != null) {
            dragged = corner;
            dragWhat = "move a corner";
            pending = area;
            e.consume();
            return;
        }
        ZoneShapes.Vertex mid = midpointAt(area, e.getX(), e.getY());
        if (mid != null) {
            dragged = mid;
            dragWhat = "add a corner";
            pending = ZoneShapes.insert(area, mid, lonLat(e));
            contentChanged();
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        e.consume();
        pending = ZoneShapes.move(pending, dragged, lonLat(e));
        contentChanged();
    }

    private void released(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        e.consume();
        dragged = null;
        DeliveryZone zone = selected.get();
        if (zone != null && pending != null && listener != null) {
            if (pending.equalsExact(zone.area())) {
                pending = null;
            } else {
                listener.reshaped(zone, pending, dragWhat);
            }
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        if (mode.get() == Mode.DRAW) {
            e.consume(); // a double-click finishes the zone; it must not zoom the map
            if (e.getClickCount() >= 2) {
                finishDraft();
            } else {
                GeoPoint p = current.toGeo(e.getX(), e.getY());
                draft.add(p);
                contentChanged();
            }
            return;
        }
        if (mode.get() == Mode.EDIT && !e.isAltDown()) {
            DeliveryZone zone = selected.get();
            if (zone != null
                    && (cornerAt(zone.area(), e.getX(), e.getY()) != null
                            || midpointAt(zone.area(), e.getX(), e.getY()) != null)) {
                return;
            }
            selected.set(zoneAt(lonLat(e)).orElse(null));
        }
    }

    /** The zone drawn on top at a point: same day over next day over hub, then the smallest. */
    public Optional<DeliveryZone> zoneAt(Coordinate lonLat) {
        var point = LON_LAT.createPoint(lonLat);
        return zones.stream()
                .filter(z -> tierShown.get(z.slaTier()).get())
                .filter(z -> z.area().covers(point))
                .min(Comparator.comparing((DeliveryZone z) -> z.slaTier().ordinal())
                        .thenComparingDouble(z -> z.area().getArea()));
    }

    private void moved(MouseEvent e) {
        if (mode.get() == Mode.DRAW && !draft.isEmpty()) {
            pointer = current.toGeo(e.getX(), e.getY());
            contentChanged();
        }
    }

    private void key(KeyEvent e) {
        if (mode.get() == Mode.DRAW) {
            if (e.getCode() == KeyCode.ENTER) {
                finishDraft();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                draft.clear();
                contentChanged();
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE && !draft.isEmpty()) {
                draft.remove(draft.size() - 1);
                contentChanged();
                e.consume();
            }
        } else if (mode.get() == Mode.EDIT
                && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)
                && selected.get() != null
                && listener != null) {
            listener.deleteRequested(selected.get());
            e.consume();
        }
    }

    private void finishDraft() {
        List<GeoPoint> corners = List.copyOf(draft);
        draft.clear();
        pointer = null;
        contentChanged();
        if (listener != null && !corners.isEmpty()) {
            listener.drawn(corners);
        }
    }
}
