package dev.microtower.compare.ui;

import dev.microtower.core.WebMercator;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.CanvasLayer;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.MapDepth;
import dev.microtower.ui.map.Viewport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The map's one layer of scenario changes: a ring around each site that was added, removed or
 * edited (moved, status, capacity, any attribute, its stock or zones), and the outline of each
 * delivery zone that was added, removed or reshaped. Two features fill it, each with its own
 * marks: the Scenarios panel (the scenario on the map against its parent) and the compare view
 * (the compared scenarios against the reference); the layer draws both, a site or zone marked the
 * same way by both once, so the Layers panel lists one layer with one legend. Mouse-transparent,
 * above the site markers so the rings stay visible; immutable render data painted on one canvas.
 */
public final class ChangesLayer extends CanvasLayer {
    static final Color ADDED = Color.web("#1a7f37");
    static final Color REMOVED = Color.web("#c62828");
    static final Color CHANGED = Color.web("#e08a00");
    private static final double RADIUS_PX = 13;

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

    /** One feature's marks. */
    private record Marks(List<SiteMark> sites, List<ZoneMark> zones) {}

    private final Map<Object, Marks> byOwner = new LinkedHashMap<>();
    private List<SiteMark> sites = List.of();
    private List<ZoneMark> zones = List.of();

    private ChangesLayer() {
        super(true);
        setMouseTransparent(true);
    }

    /**
     * The window's changes layer: the first module to ask puts it on the map (over the sites) and
     * offers it to the modules installed after it, which fill the same layer.
     */
    public static ChangesLayer of(Workbench bench) {
        try {
            return bench.service(ChangesLayer.class);
        } catch (IllegalArgumentException notYet) {
            // the workbench names no optional look-up: "nobody provided it" is this exception
            ChangesLayer layer = new ChangesLayer();
            bench.map().addOverlay(MapDepth.SITES, layer);
            bench.provide(ChangesLayer.class, layer);
            return layer;
        }
    }

    @Override
    public String title() {
        return "Scenario changes";
    }

    @Override
    public List<LegendEntry> legend() {
        return List.of(
                LegendEntry.of("Site or zone added", () -> ring(ADDED, false)),
                LegendEntry.of("Site or zone removed", () -> ring(REMOVED, true)),
                LegendEntry.of(
                        "Site or zone changed (moved, closed, edited, its stock or zones)",
                        () -> ring(CHANGED, false)));
    }

    private static javafx.scene.Node ring(Color colour, boolean crossed) {
        Circle c = new Circle(6, Color.TRANSPARENT);
        c.setStroke(colour);
        c.setStrokeWidth(2.5);
        if (!crossed) {
            return c;
        }
        Line cross = new Line(-4, -4, 4, 4);
        cross.setStroke(colour);
        cross.setStrokeWidth(2.5);
        return new StackPane(c, cross);
    }

    /**
     * Shows {@code newSites} and {@code newZones} as {@code owner}'s marks, replacing the marks it
     * set before; other owners' marks stay. FX thread.
     */
    public void setChanges(Object owner, List<SiteMark> newSites, List<ZoneMark> newZones) {
        byOwner.put(owner, new Marks(List.copyOf(newSites), List.copyOf(newZones)));
        List<SiteMark> allSites = new ArrayList<>();
        List<ZoneMark> allZones = new ArrayList<>();
        Set<String> seenSites = new HashSet<>();
        Set<String> seenZones = new HashSet<>();
        for (Marks marks : byOwner.values()) {
            for (SiteMark site : marks.sites()) {
                if (seenSites.add(site.code() + "|" + site.kind())) {
                    allSites.add(site);
                }
            }
            for (ZoneMark zone : marks.zones()) {
                if (seenZones.add(zone.code() + "|" + zone.kind())) {
                    allZones.add(zone);
                }
            }
        }
        sites = List.copyOf(allSites);
        zones = List.copyOf(allZones);
        contentChanged();
    }

    /** Every site drawn with a ring, whoever marked it. */
    public List<SiteMark> sites() {
        return sites;
    }

    /** The sites {@code owner} marked. */
    public List<SiteMark> sites(Object owner) {
        Marks marks = byOwner.get(owner);
        return marks == null ? List.of() : marks.sites();
    }

    public List<ZoneMark> zones() {
        return zones;
    }

    @Override
    protected void paint(GraphicsContext g, Viewport v) {
        double m = margin();
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
            g.strokeOval(x - RADIUS_PX, y - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX);
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
