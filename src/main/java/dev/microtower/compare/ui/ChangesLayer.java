package dev.microtower.compare.ui;

import com.gluonhq.maps.MapLayer;
import dev.microtower.core.WebMercator;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.MapOverlay;
import dev.microtower.ui.map.PaddedCanvas;
import dev.microtower.ui.map.Viewport;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * What the compared scenarios changed over the reference, on the map: a ring around each site that
 * was added, removed or edited (moved, status, capacity, any attribute), and the outline of each
 * delivery zone that was added, removed or reshaped. Mouse-transparent, above the site markers so
 * the rings stay visible; immutable render data painted on one canvas.
 */
public final class ChangesLayer extends MapLayer implements MapOverlay {
    static final Color ADDED = Color.web("#1a7f37");
    static final Color REMOVED = Color.web("#c62828");
    static final Color CHANGED = Color.web("#e08a00");

    /** How a site or zone differs in the compared scenario. */
    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /** A changed site: its code, where it is (in the compared scenario, or the reference if removed), how it changed. */
    public record SiteMark(String code, double lat, double lon, Kind kind) {}

    /** A changed zone: its code, its area (lon/lat) and how it changed. */
    public record ZoneMark(String code, Geometry area, Kind kind) {}

    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final PaddedCanvas canvas = new PaddedCanvas();
    private List<SiteMark> sites = List.of();
    private List<ZoneMark> zones = List.of();

    public ChangesLayer() {
        getChildren().add(canvas.frame());
        setMouseTransparent(true);
    }

    @Override
    public String title() {
        return "Scenario changes";
    }

    @Override
    public BooleanProperty shownProperty() {
        return shown;
    }

    @Override
    public List<LegendEntry> legend() {
        return List.of(
                LegendEntry.of("Site or zone added", () -> ring(ADDED)),
                LegendEntry.of("Site or zone removed", () -> ring(REMOVED)),
                LegendEntry.of("Site or zone changed (moved, status, capacity…)", () -> ring(CHANGED)));
    }

    private static javafx.scene.Node ring(Color colour) {
        Circle c = new Circle(6, Color.TRANSPARENT);
        c.setStroke(colour);
        c.setStrokeWidth(2.5);
        return c;
    }

    /** Shows {@code newSites} and {@code newZones}; FX thread. */
    public void setChanges(List<SiteMark> newSites, List<ZoneMark> newZones) {
        sites = List.copyOf(newSites);
        zones = List.copyOf(newZones);
        canvas.contentChanged();
        markDirty();
    }

    public List<SiteMark> sites() {
        return sites;
    }

    public List<ZoneMark> zones() {
        return zones;
    }

    @Override
    protected void initialize() {
        baseMap.translateXProperty().addListener(o -> markDirty());
        baseMap.translateYProperty().addListener(o -> markDirty());
        baseMap.zoom().addListener(o -> markDirty());
        visibleProperty().addListener(o -> markDirty());
    }

    @Override
    protected void layoutLayer() {
        Viewport v = getParent() instanceof Region view ? Viewport.of(baseMap, view) : Viewport.EMPTY;
        if (!v.isEmpty() && isVisible()) {
            canvas.follow(v, now -> paint(canvas.canvas().getGraphicsContext2D(), now));
        }
    }

    private void paint(GraphicsContext g, Viewport v) {
        double m = canvas.margin();
        g.setLineWidth(2.5);
        g.setLineDashes(8, 5);
        for (ZoneMark zone : zones) {
            g.setStroke(colour(zone.kind()));
            for (int i = 0; i < zone.area().getNumGeometries(); i++) {
                if (zone.area().getGeometryN(i) instanceof Polygon polygon) {
                    stroke(g, v, m, polygon.getExteriorRing().getCoordinates());
                }
            }
        }
        g.setLineDashes();
        g.setLineWidth(3);
        for (SiteMark site : sites) {
            double x = v.screenX(WebMercator.worldX(site.lon())) + m;
            double y = v.screenY(WebMercator.worldY(site.lat())) + m;
            g.setStroke(colour(site.kind()));
            g.strokeOval(x - 13, y - 13, 26, 26);
            if (site.kind() == Kind.REMOVED) {
                g.strokeLine(x - 9, y - 9, x + 9, y + 9);
            }
        }
    }

    private static void stroke(GraphicsContext g, Viewport v, double m, Coordinate[] ring) {
        double[] xs = new double[ring.length];
        double[] ys = new double[ring.length];
        for (int i = 0; i < ring.length; i++) {
            xs[i] = v.screenX(WebMercator.worldX(ring[i].x)) + m;
            ys[i] = v.screenY(WebMercator.worldY(ring[i].y)) + m;
        }
        g.strokePolyline(xs, ys, ring.length);
    }

    static Color colour(Kind kind) {
        return switch (kind) {
            case ADDED -> ADDED;
            case REMOVED -> REMOVED;
            case CHANGED -> CHANGED;
        };
    }
}
