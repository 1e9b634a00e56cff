package dev.microtower.ui.map;

import com.gluonhq.impl.maps.TileImageView;
import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapView;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.WebMercator;
import dev.microtower.ui.map.basemap.BaseMapTiles;
import dev.microtower.ui.map.basemap.TileSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;

/**
 * The map in the centre of the window: Gluon Maps' {@link MapView} with our overlays on it, the
 * attribution of the base map, and the view state (viewport, mouse position) as properties the
 * status bar and the tests read.
 */
public final class MapPane extends StackPane {
    public static final double MIN_ZOOM = 2;
    public static final double MAX_ZOOM = 18;

    private final MapView mapView = new MapView();
    private final Probe probe = new Probe();
    private final ReadOnlyObjectWrapper<Viewport> viewport =
            new ReadOnlyObjectWrapper<>(this, "viewport", Viewport.EMPTY);
    private final ObjectProperty<GeoPoint> mousePosition = new SimpleObjectProperty<>(this, "mousePosition");
    private final ObservableList<MapOverlay> overlays = FXCollections.observableArrayList();
    private final Label attribution = new Label();
    private final BaseMapOverlay baseMapOverlay = new BaseMapOverlay();
    // kept here: the shared tiles hold their listeners weakly, for as long as this map lives
    private final Consumer<TileSource> sourceChanged = source -> Platform.runLater(() -> {
        attribution.setText(source.attribution());
        reloadTiles();
    });
    // the last fit and the view it made, so a resize (the drawer opening under the map) fits again
    private List<GeoPoint> fitted;
    private double fittedZoom;
    private GeoPoint fittedCentre;

    public MapPane() {
        getStyleClass().add("map-pane");
        mapView.addLayer(probe);
        mapView.setMinSize(0, 0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        widthProperty().addListener(o -> fitAgainIfUntouched());
        heightProperty().addListener(o -> fitAgainIfUntouched());

        attribution.getStyleClass().add("map-attribution");
        attribution.setText(BaseMapTiles.shared().attribution());
        BaseMapTiles.shared().addSourceListener(sourceChanged);
        attribution.setMouseTransparent(true);
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(attribution, new Insets(0));
        getChildren().addAll(mapView, attribution);

        overlays.add(baseMapOverlay);
        baseMapOverlay.shownProperty().addListener((o, was, shown) -> baseMapNode()
                .setVisible(shown));

        mapView.addEventFilter(MouseEvent.MOUSE_MOVED, this::trackMouse);
        mapView.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::trackMouse);
        mapView.addEventFilter(MouseEvent.MOUSE_EXITED, e -> mousePosition.set(null));
        mapView.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
                zoomAt(1, e.getX(), e.getY());
            }
        });
    }

    private void trackMouse(MouseEvent e) {
        Viewport v = viewport.get();
        mousePosition.set(v.isEmpty() ? null : v.toGeo(e.getX(), e.getY()));
    }

    /** Adds an overlay on top of the others and lists it in the layers panel. */
    public <L extends MapLayer & MapOverlay> void addOverlay(L layer) {
        addOverlay(MapDepth.TOOLS, layer);
    }

    /**
     * Adds an overlay above every overlay of a lower or the same depth and below those of a
     * higher one, and lists it in the layers panel.
     */
    public <L extends MapLayer & MapOverlay> void addOverlay(MapDepth depth, L layer) {
        int index = 0;
        while (index < layers.size() && depths.get(index).compareTo(depth) <= 0) {
            index++;
        }
        layers.add(index, layer);
        depths.add(index, depth);
        // Gluon draws its layers in the order they were added: add again in the new order
        for (MapLayer each : layers) {
            mapView.removeLayer(each);
        }
        for (MapLayer each : layers) {
            mapView.addLayer(each);
        }
        layer.visibleProperty().bind(layer.shownProperty());
        // the base map stays first in the panel's list
        overlays.add(index + 1, layer);
    }

    private final List<MapLayer> layers = new ArrayList<>();
    private final List<MapDepth> depths = new ArrayList<>();

    private final BooleanProperty editing = new SimpleBooleanProperty(this, "editing");

    /**
     * True while a feature edits on the map (drawing a zone, say): overlays that take clicks (the
     * sites) let them through to the editor.
     */
    public BooleanProperty editingProperty() {
        return editing;
    }

    /** Whether an overlay below {@code depth} takes a click at this scene position. */
    public boolean clickTakenBelow(MapDepth depth, double sceneX, double sceneY) {
        for (int i = 0; i < layers.size(); i++) {
            if (depths.get(i).compareTo(depth) < 0
                    && layers.get(i).isVisible()
                    && layers.get(i) instanceof MapOverlay overlay
                    && overlay.takesClickAt(sceneX, sceneY)) {
                return true;
            }
        }
        return false;
    }

    /** The base map first, then every overlay in drawing order. */
    public ObservableList<MapOverlay> overlays() {
        return overlays;
    }

    public MapOverlay baseMapOverlay() {
        return baseMapOverlay;
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport.getReadOnlyProperty();
    }

    public Viewport viewport() {
        return viewport.get();
    }

    /** Where the mouse is over the map, or {@code null} when it is elsewhere. */
    public ReadOnlyObjectProperty<GeoPoint> mousePositionProperty() {
        return mousePosition;
    }

    public StringProperty attributionProperty() {
        return attribution.textProperty();
    }

    public MapView mapView() {
        return mapView;
    }

    /** Centres the map on {@code point} at {@code zoom}. */
    public void show(GeoPoint point, double zoom) {
        mapView.setZoom(clampZoom(zoom));
        mapView.setCenter(point.lat(), point.lon());
    }

    /** Zooms by {@code delta} levels keeping the map point under the screen point in place. */
    public void zoomAt(double delta, double x, double y) {
        double target = clampZoom(viewport.get().zoom() + delta);
        probe.zoomAt(target - viewport.get().zoom(), x, y);
    }

    /** Shows all {@code points} with a margin; one point is shown close up. */
    public void fit(Collection<GeoPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        if (getWidth() <= 0 || getHeight() <= 0) {
            // not laid out yet: fit once the pane has a size
            widthProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    widthProperty().removeListener(this);
                    fit(List.copyOf(points));
                }
            });
            return;
        }
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (GeoPoint p : points) {
            double x = WebMercator.worldX(p.lon());
            double y = WebMercator.worldY(p.lat());
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double margin = 60;
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        double zoom = Math.min(log2((getWidth() - 2 * margin) / spanX), log2((getHeight() - 2 * margin) / spanY));
        zoom = Math.min(zoom, 15);
        GeoPoint centre = new GeoPoint(WebMercator.lat((minY + maxY) / 2), WebMercator.lon((minX + maxX) / 2));
        show(centre, zoom);
        fitted = List.copyOf(points);
        fittedZoom = mapView.getZoom();
        fittedCentre = centre;
    }

    /**
     * After a resize, e.g. the suggestions drawer opening under the map or closing again: fits the
     * last fitted points into the new size, unless the view was moved since that fit (the user's
     * own view is kept).
     */
    private void fitAgainIfUntouched() {
        if (fitted == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        boolean untouched = Math.abs(mapView.getZoom() - fittedZoom) < 1e-9
                && Math.abs(mapView.getCenter().getLatitude() - fittedCentre.lat()) < 1e-9
                && Math.abs(mapView.getCenter().getLongitude() - fittedCentre.lon()) < 1e-9;
        if (untouched) {
            fit(fitted);
        } else {
            fitted = null;
        }
    }

    /**
     * Whether every base-map tile in view has finished loading (or failed), so that a snapshot
     * shows the finished map rather than placeholders.
     */
    public boolean tilesLoaded() {
        return allTilesDone(baseMapNode());
    }

    private static boolean allTilesDone(Node node) {
        if (node instanceof TileImageView tile) {
            return tile.getProgress() >= 1 || tile.getException() != null;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (!allTilesDone(child)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Drops the tiles Gluon Maps holds so that they are fetched again, after the base-map source
     * changed. Gluon keeps no public way to do this, so its private {@code clearTiles} is called;
     * if that ever fails, new tiles still come from the new source as the user pans and zooms.
     */
    public void reloadTiles() {
        Node baseMap = baseMapNode();
        try {
            var clear = baseMap.getClass().getDeclaredMethod("clearTiles");
            clear.setAccessible(true);
            clear.invoke(baseMap);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return;
        }
        probe.nudge();
    }

    private Node baseMapNode() {
        // Gluon Maps keeps its tile group as the map view's first child
        return mapView.getChildrenUnmodifiable().get(0);
    }

    private static double clampZoom(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }

    /** An invisible layer that tells the pane where the map is after each change. */
    private final class Probe extends MapLayer {
        @Override
        protected void initialize() {
            baseMap.translateXProperty().addListener(o -> markDirty());
            baseMap.translateYProperty().addListener(o -> markDirty());
            baseMap.zoom().addListener(o -> markDirty());
            mapView.widthProperty().addListener(o -> markDirty());
            mapView.heightProperty().addListener(o -> markDirty());
        }

        @Override
        protected void layoutLayer() {
            viewport.set(Viewport.of(baseMap, mapView));
        }

        /** Makes the base map look for missing tiles. */
        void nudge() {
            baseMap.moveX(0);
        }

        void zoomAt(double delta, double x, double y) {
            baseMap.zoom(delta, x, y);
        }
    }

    /** The base map as the layers panel shows it. */
    private static final class BaseMapOverlay implements MapOverlay {
        private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);

        @Override
        public String title() {
            return "Base map";
        }

        @Override
        public BooleanProperty shownProperty() {
            return shown;
        }

        @Override
        public List<LegendEntry> legend() {
            return List.of();
        }
    }
}
