package dev.microtower.network.ui;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.ui.map.CanvasLayer;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.PaddedCanvas;
import dev.microtower.ui.map.Viewport;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * Every site of the network as one marker on one canvas. Below {@link #CLUSTER_BELOW_ZOOM} nearby
 * markers merge into a disc with a count; from {@link #LABELS_FROM_ZOOM} on, names appear where
 * they do not collide. Hit-testing goes through an STR-tree of the markers' world coordinates, so
 * hovering stays cheap with thousands of sites.
 */
public final class SitesLayer extends CanvasLayer {
    public static final double CLUSTER_BELOW_ZOOM = 12;
    public static final double LABELS_FROM_ZOOM = 12.5;

    private static final double CULL_PAD_PX = 30;
    /** The picture reaches this far past each edge of the view, so short pans need no repaint. */
    private static final int MARGIN_PX = PaddedCanvas.MARGIN_PX;
    /** During a zoom gesture the last picture is stretched up to this factor (or shrunk) before a repaint. */
    private static final double MAX_STRETCH = 2;
    /** ... as long as it still covers this share of the view; markers at the edges appear on the repaint. */
    private static final double MIN_COVER = 0.85;
    /** The repaint after a zoom gesture comes once the zoom has not changed for this long. */
    private static final Duration SETTLE = Duration.millis(150);

    private double clusterBelowZoom = CLUSTER_BELOW_ZOOM;
    private SiteMarkers markers = SiteMarkers.of(List.of());
    private SiteClusters clusters;

    private final Map<NodeType, BooleanProperty> typeShown = new EnumMap<>(NodeType.class);
    private final ObjectProperty<Node> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Node> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private final ObservableSet<NodeCode> highlighted = FXCollections.observableSet();
    private final SiteTooltip tooltip = new SiteTooltip();
    private final List<LegendEntry> legend;

    // reaches past the view by the margin on each side; placed and stretched here, not by follow
    private final Canvas canvas = canvas().canvas();
    private Viewport drawn = Viewport.EMPTY;
    private boolean contentChanged = true;
    private final Scale stretch = new Scale(1, 1, 0, 0);
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private boolean settling;
    private boolean stretchWhileZooming = true;
    private double shownZoom = Double.NaN;
    private long zoomChangedAt;
    private int repaints;

    public SitesLayer() {
        super(true);
        for (NodeType type : NodeType.values()) {
            BooleanProperty property = new SimpleBooleanProperty(this, type.name(), true);
            property.addListener(o -> {
                clusters = null;
                contentChanged();
            });
            typeShown.put(type, property);
        }
        selected.addListener(o -> {
            clusters = null; // the selected site always stands on its own
            contentChanged();
        });
        highlighted.addListener((SetChangeListener<NodeCode>) c -> contentChanged());

        canvas.getTransforms().add(stretch);
        settle.setOnFinished(e -> contentChanged());
        getChildren().add(tooltip);

        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> tooltip.hide());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::click);

        legend = SiteStyle.legend(typeShown);
    }

    @Override
    public String title() {
        return "Sites";
    }

    @Override
    public List<LegendEntry> legend() {
        return legend;
    }

    /** Replaces the sites shown. */
    public void setSites(List<Node> sites) {
        markers = SiteMarkers.of(sites);
        clusters = null;
        Node current = selected.get();
        if (current != null) {
            selected.set(
                    markers.byCode.containsKey(current.code())
                            ? markers.nodes[markers.byCode.get(current.code())]
                            : null);
        }
        contentChanged();
    }

    /** Below this zoom nearby markers are grouped; 0 never groups them. */
    public void setClusterBelowZoom(double zoom) {
        clusterBelowZoom = zoom;
        clusters = null;
        contentChanged();
    }

    /** How many sites the layer holds (shown or not). */
    public int siteCount() {
        return markers.nodes.length;
    }

    public List<Node> sites() {
        return List.of(markers.nodes);
    }

    public Optional<Node> site(NodeCode code) {
        Integer index = markers.byCode.get(code);
        return index == null ? Optional.empty() : Optional.of(markers.nodes[index]);
    }

    public BooleanProperty typeShownProperty(NodeType type) {
        return typeShown.get(type);
    }

    /** The selected site; the inspector shows it. */
    public ObjectProperty<Node> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Node> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    /** Sites drawn with a highlight ring, e.g. those that stock a SKU found by the search. */
    public ObservableSet<NodeCode> highlighted() {
        return highlighted;
    }

    /** Where a site is drawn now, in this layer's coordinates. */
    public Optional<Point2D> screenPosition(NodeCode code) {
        Integer index = markers.byCode.get(code);
        Viewport v = viewport();
        if (index == null || v.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Point2D(v.screenX(markers.wx[index]), v.screenY(markers.wy[index])));
    }

    /** The site under a screen point, if a single marker (not a group) is drawn there. */
    public Optional<Node> siteAt(double x, double y) {
        SiteHit hit = hitTest(x, y);
        return hit != null && hit.cluster() < 0 ? Optional.of(markers.nodes[hit.marker()]) : Optional.empty();
    }

    // ---- drawing ----

    @Override
    protected void contentChanged() {
        contentChanged = true;
        super.contentChanged();
    }

    /** Off: every zoom step repaints, as before the stretching; for the benchmark's comparison. */
    void setStretchWhileZooming(boolean stretch) {
        stretchWhileZooming = stretch;
    }

    /** Whether a marker or a group of markers is drawn under a point in this layer's coordinates. */
    public boolean markerAt(double x, double y) {
        return hitTest(x, y) != null;
    }

    @Override
    public boolean takesClickAt(double sceneX, double sceneY) {
        if (!isVisible() || isMouseTransparent()) {
            return false;
        }
        Point2D at = sceneToLocal(sceneX, sceneY);
        return at != null && markerAt(at.getX(), at.getY());
    }

    /** How many times the markers were painted again (not just moved), for the benchmark. */
    int repaints() {
        return repaints;
    }

    @Override
    protected void follow(Viewport current) {
        if (current.isEmpty() || !isVisible()) {
            settling = false; // nothing shown, nothing to wait for; showing it again repaints
            settle.stop();
            return;
        }
        if (canvas().fit(current)) {
            contentChanged = true;
        }
        boolean zooming = false;
        if (current.zoom() != shownZoom) {
            // a zoom step soon after another is a gesture (wheel, pinch, keys held); a single jump
            // (fit, search, double-click) repaints at once
            long now = System.nanoTime();
            zooming = now - zoomChangedAt < SETTLE.toMillis() * 1_000_000;
            zoomChangedAt = now;
            shownZoom = current.zoom();
        }
        // where the picture painted last goes now: canvas pixel c shows at k * c + (x, y)
        double k = current.scale() / drawn.scale();
        double x = current.originX() - k * (drawn.originX() + MARGIN_PX);
        double y = current.originY() - k * (drawn.originY() + MARGIN_PX);
        boolean reuse = !contentChanged
                && !drawn.isEmpty()
                && current.width() == drawn.width()
                && current.height() == drawn.height()
                && (k == 1 && Math.abs(x + MARGIN_PX) <= MARGIN_PX - 1 && Math.abs(y + MARGIN_PX) <= MARGIN_PX - 1
                        || stretchWhileZooming
                                && (zooming || settling)
                                && k >= 1 / MAX_STRETCH
                                && k <= MAX_STRETCH
                                && covers(current, k, x, y));
        if (reuse && k != 1) {
            // a zoom gesture: stretch the last picture now, paint it sharp once the gesture pauses
            settling = true;
            if (zooming) {
                settle.playFromStart();
            }
        } else if (!reuse) {
            paintMarkers(current);
            drawn = current;
            contentChanged = false;
            settling = false;
            settle.stop();
            k = 1;
            x = -MARGIN_PX;
            y = -MARGIN_PX;
        }
        if (k == 1) {
            // whole pixels keep the picture sharp
            x = Math.round(x);
            y = Math.round(y);
        }
        if (stretch.getX() != k) {
            stretch.setX(k);
            stretch.setY(k);
        }
        if (canvas.getLayoutX() != x || canvas.getLayoutY() != y) {
            canvas.relocate(x, y);
        }
    }

    /** Whether the picture stretched by {@code k} and placed at (x, y) still shows most of the view. */
    private boolean covers(Viewport current, double k, double x, double y) {
        double width = current.width(), height = current.height();
        double left = Math.max(0, x), right = Math.min(width, x + k * canvas.getWidth());
        double top = Math.max(0, y), bottom = Math.min(height, y + k * canvas.getHeight());
        return right > left && bottom > top && (right - left) * (bottom - top) >= MIN_COVER * width * height;
    }

    /** Whether the markers are painted for the current view (no zoom gesture waiting for its repaint). */
    @Override
    public boolean settled() {
        return !settling;
    }

    private void paintMarkers(Viewport v) {
        repaints++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        SiteMarkers m = markers;
        boolean[] typeOn = new boolean[NodeType.values().length];
        for (NodeType type : NodeType.values()) {
            typeOn[type.ordinal()] = typeShown.get(type).get();
        }
        double n = v.scale();
        // canvas pixel of world (0, 0)
        double ox = v.originX() + MARGIN_PX, oy = v.originY() + MARGIN_PX;
        double reach = MARGIN_PX + CULL_PAD_PX;
        double minX = v.worldX(-reach), maxX = v.worldX(v.width() + reach);
        double minY = v.worldY(-reach), maxY = v.worldY(v.height() + reach);
        SiteClusters c = clustersFor(v.zoom());
        double[] bounds = {minX, maxX, minY, maxY};
        m.draw(g, typeOn, c, n, ox, oy, bounds);
        if (c != null) {
            c.draw(g, n, ox, oy, bounds);
        }
        for (NodeCode code : highlighted) {
            SiteLabels.ring(g, markers, this::shown, MARGIN_PX, v, code, SiteStyle.HIGHLIGHT, c);
        }
        Node chosen = selected.get();
        if (chosen != null) {
            SiteLabels.ring(g, markers, this::shown, MARGIN_PX, v, chosen.code(), SiteStyle.SELECTION, c);
        }
        if (v.zoom() >= LABELS_FROM_ZOOM && c == null) {
            SiteLabels.draw(g, v, markers, this::shown, MARGIN_PX, bounds);
        }
    }

    private boolean shown(int index) {
        return typeShown.get(markers.nodes[index].type()).get();
    }

    // ---- clustering ----

    private SiteClusters clustersFor(double zoom) {
        if (zoom >= clusterBelowZoom) {
            return null;
        }
        if (clusters == null || clusters.zoom != zoom) {
            Node chosen = selected.get();
            Integer alone = chosen == null ? null : markers.byCode.get(chosen.code());
            clusters = SiteClusters.compute(markers, zoom, i -> shown(i) && (alone == null || i != alone));
        }
        return clusters;
    }

    // ---- interaction ----

    private SiteHit hitTest(double x, double y) {
        Viewport v = viewport();
        if (v.isEmpty() || !isVisible()) {
            return null;
        }
        return SiteHit.find(v, markers, clustersFor(v.zoom()), this::shown, x, y);
    }

    private void hover(MouseEvent e) {
        Point2D at = canvas.localToParent(e.getX(), e.getY());
        SiteHit hit = hitTest(at.getX(), at.getY());
        canvas.setCursor(hit == null ? Cursor.DEFAULT : Cursor.HAND);
        hovered.set(hit != null && hit.cluster() < 0 ? markers.nodes[hit.marker()] : null);
        if (hit == null) {
            tooltip.hide();
        } else {
            String text = hit.cluster() >= 0
                    ? clusters.count[hit.cluster()] + " sites here\nclick to zoom in"
                    : SiteTooltip.describe(markers.nodes[hit.marker()]);
            tooltip.show(
                    text, at.getX(), at.getY(), viewport().width(), viewport().height());
        }
    }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.getClickCount() != 1) {
            return;
        }
        Point2D at = canvas.localToParent(e.getX(), e.getY());
        SiteHit hit = hitTest(at.getX(), at.getY());
        if (hit == null) {
            selected.set(null);
        } else if (hit.cluster() >= 0) {
            baseMap.zoom(2, at.getX(), at.getY());
            e.consume();
        } else {
            selected.set(markers.nodes[hit.marker()]);
        }
    }

    /** The geographic position of each site, e.g. to fit the map to the network. */
    public List<GeoPoint> positions() {
        return Arrays.stream(markers.nodes).map(Node::location).toList();
    }
}
