package dev.microtower.zones.ui;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.WebMercator;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.ui.map.CanvasLayer;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.Viewport;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.engine.CoverageReport;
import dev.microtower.zones.engine.ZoneShapes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
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
public final class ZonesLayer extends CanvasLayer {
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
    static final double FILL_ALPHA = 0.16;
    static final Color OVERLAP = Color.web("#d7301f");
    static final Color HOT_SPOT = Color.web("#f46d43");
    private static final GeometryFactory LON_LAT = new GeometryFactory();

    private final Map<SlaTier, BooleanProperty> tierShown = new EnumMap<>(SlaTier.class);
    private final BooleanProperty overlapsShown = new SimpleBooleanProperty(this, "overlapsShown", true);
    private final BooleanProperty hotSpotsShown = new SimpleBooleanProperty(this, "hotSpotsShown", true);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.VIEW);
    private final ObjectProperty<DeliveryZone> selected = new SimpleObjectProperty<>(this, "selected");
    private final List<LegendEntry> legend;
    private final Canvas canvas = canvas().canvas();

    private List<DeliveryZone> zones = List.of();
    private CoverageReport coverage;
    private Listener listener;

    // editing: the selected zone's outline while a corner is dragged or a change awaits saving
    private Geometry pending;
    private ZoneShapes.Vertex dragged;
    private String dragWhat;
    // drawing: the corners placed so far and where the mouse is
    private final List<GeoPoint> draft = new ArrayList<>();
    private GeoPoint pointer;

    public ZonesLayer() {
        // the size of the view, so the mouse handlers read view coordinates off the canvas
        super(true, 0);
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

        canvas.setFocusTraversable(true);
        canvas.setMouseTransparent(true);

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
    public Point2D screenPosition(GeoPoint point) {
        Viewport v = viewport();
        return new Point2D(v.screenX(WebMercator.worldX(point.lon())), v.screenY(WebMercator.worldY(point.lat())));
    }

    // ---- drawing ----

    @Override
    protected void paint(GraphicsContext g, Viewport v) {
        ZonesPainter.paint(g, v, scene());
    }

    /** What to draw now, copied so the painter reads no mutable state of the layer. */
    private ZonesPainter.Scene scene() {
        List<SlaTier> tiers = new ArrayList<>();
        tierShown.forEach((tier, on) -> {
            if (on.get()) {
                tiers.add(tier);
            }
        });
        return new ZonesPainter.Scene(
                zones,
                tiers,
                coverage,
                overlapsShown.get(),
                hotSpotsShown.get(),
                selected.get(),
                pending,
                mode.get(),
                draft,
                pointer);
    }

    private static Node swatch(Color c, double alpha) {
        Rectangle r = new Rectangle(14, 10, c.deriveColor(0, 1, 1, alpha));
        r.setStroke(c);
        return r;
    }

    // ---- interaction ----

    private Coordinate lonLat(MouseEvent e) {
        GeoPoint p = viewport().toGeo(e.getX(), e.getY());
        return new Coordinate(p.lon(), p.lat());
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        DeliveryZone zone = selected.get();
        if (mode.get() != Mode.EDIT || zone == null) {
            return; // drawing clicks are taken on release; a drag pans the map
        }
        Geometry area = zone.area();
        ZoneShapes.Vertex corner = ZonesPainter.cornerAt(viewport(), area, e.getX(), e.getY());
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
        ZoneShapes.Vertex mid = ZonesPainter.midpointAt(viewport(), area, e.getX(), e.getY());
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
                GeoPoint p = viewport().toGeo(e.getX(), e.getY());
                draft.add(p);
                contentChanged();
            }
            return;
        }
        if (mode.get() == Mode.EDIT && !e.isAltDown()) {
            DeliveryZone zone = selected.get();
            if (zone != null
                    && (ZonesPainter.cornerAt(viewport(), zone.area(), e.getX(), e.getY()) != null
                            || ZonesPainter.midpointAt(viewport(), zone.area(), e.getX(), e.getY()) != null)) {
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
            pointer = viewport().toGeo(e.getX(), e.getY());
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
