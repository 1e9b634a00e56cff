package dev.microtower.rebalancing.ui;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.ui.map.CanvasLayer;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.Viewport;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.locationtech.jts.geom.Envelope;

/**
 * A rebalancing plan as curved arrows between sites on one canvas: one arrow per lane and
 * temperature class (all SKUs of a class that go from one site to another), its width growing with
 * the square root of the units it carries, its colour the temperature chain. Arrows bend to the
 * right of their direction, so the two directions of a lane never overlap, and each class bends a
 * little more, so the classes of one lane lie side by side.
 *
 * <p>The canvas lets every mouse event through to the layers below (site markers stay clickable);
 * hover and clicks are read from a filter on the map view, hit-tested through an STR-tree of the
 * arrows' bounding boxes and then against the sampled curve.
 */
public final class FlowsLayer extends CanvasLayer {
    /** One suggestion as the layer draws it: part of the arrow of its lane and temperature class. */
    public record Leg(
            long id,
            NodeCode from,
            NodeCode to,
            GeoPoint fromAt,
            GeoPoint toAt,
            TemperatureClass temperature,
            long quantity,
            boolean accepted,
            String label,
            String reason) {
        public Leg {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(fromAt, "from position");
            Objects.requireNonNull(toAt, "to position");
            Objects.requireNonNull(temperature, "temperature");
        }
    }

    /** One drawn arrow: the legs of a lane and temperature class, and the units they carry together. */
    public record Arrow(NodeCode from, NodeCode to, TemperatureClass temperature, long quantity, List<Leg> legs) {
        public Arrow {
            legs = List.copyOf(legs);
        }

        public List<Long> suggestionIds() {
            return legs.stream().map(Leg::id).toList();
        }

        /** Whether every suggestion of the arrow has been accepted. */
        public boolean accepted() {
            return legs.stream().allMatch(Leg::accepted);
        }
    }

    static final double MIN_WIDTH_PX = 1.5;
    static final double MAX_WIDTH_PX = 12;
    private static final double HIT_SLOP_PX = 4;
    private static final int MARGIN_PX = 96;
    private static final int SETTLE_MS = 120;
    static final Color ACCEPTED_CASING = Color.web("#1f2933");
    private static final Map<TemperatureClass, Color> COLOURS = new EnumMap<>(Map.of(
            TemperatureClass.AMBIENT, Color.web("#e8590c"),
            TemperatureClass.CHILLED, Color.web("#1c7ed6"),
            TemperatureClass.FROZEN, Color.web("#0b7285")));

    private final Map<TemperatureClass, BooleanProperty> classShown = new EnumMap<>(TemperatureClass.class);
    private final ObservableSet<Long> highlighted = FXCollections.observableSet();
    private final ReadOnlyLongWrapper scaleMax = new ReadOnlyLongWrapper(this, "scaleMax", 0);
    private final Label tooltip = new Label();
    private final List<LegendEntry> legend;
    private final Canvas canvas = canvas().canvas();
    private FlowsDrawing drawing = FlowsDrawing.of(List.of());
    private BiPredicate<Double, Double> blockedAt = (x, y) -> false;
    private Consumer<Arrow> onArrowClicked = arrow -> {};
    private Parent listeningTo;
    private final javafx.event.EventHandler<MouseEvent> onMoved = this::hover;
    private final javafx.event.EventHandler<MouseEvent> onLeft = e -> tooltip.setVisible(false);
    private final javafx.event.EventHandler<MouseEvent> onClicked = this::click;

    public FlowsLayer() {
        // painting 2,000 curves is too dear for every frame of a gesture: paint once the view is still
        super(true, MARGIN_PX, javafx.util.Duration.millis(SETTLE_MS));
        for (TemperatureClass c : TemperatureClass.values()) {
            BooleanProperty property = new SimpleBooleanProperty(this, c.name(), true);
            property.addListener(o -> contentChanged());
            classShown.put(c, property);
        }
        highlighted.addListener((SetChangeListener<Long>) c -> contentChanged());
        tooltip.getStyleClass().addAll("map-tooltip", "flow-tooltip");
        tooltip.setId("flow-tooltip");
        tooltip.setManaged(false);
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        tooltip.setMaxWidth(460);
        tooltip.setWrapText(true);
        canvas.setMouseTransparent(true);
        canvas().frame().setMouseTransparent(true);
        getChildren().add(tooltip);
        visibleProperty().addListener(o -> tooltip.setVisible(false));
        setMouseTransparent(false);
        setPickOnBounds(false);

        List<LegendEntry> entries = new ArrayList<>();
        for (TemperatureClass c : TemperatureClass.values()) {
            entries.add(new LegendEntry(label(c), () -> FlowsLegend.arrowSymbol(colour(c), 3), classShown.get(c)));
        }
        entries.add(LegendEntry.of("Accepted (dark outline)", FlowsLegend::acceptedSymbol));
        entries.add(LegendEntry.of("", () -> FlowsLegend.scaleSymbol(scaleMax.getReadOnlyProperty())));
        legend = List.copyOf(entries);

        parentProperty().addListener((o, was, parent) -> listenTo(parent));
    }

    @Override
    public String title() {
        return "Flows";
    }

    @Override
    public List<LegendEntry> legend() {
        return legend;
    }

    public static Color colour(TemperatureClass temperature) {
        return COLOURS.get(temperature);
    }

    public static String label(TemperatureClass temperature) {
        return switch (temperature) {
            case AMBIENT -> "Ambient";
            case CHILLED -> "Chilled";
            case FROZEN -> "Frozen";
        };
    }

    /** Replaces what is drawn: the legs are grouped into arrows by lane and temperature class. */
    public void setLegs(List<Leg> legs) {
        drawing = FlowsDrawing.of(legs);
        scaleMax.set(drawing.maxQuantity);
        contentChanged();
    }

    /** The arrows drawn now (shown or not), largest first. */
    public List<Arrow> arrows() {
        return List.of(drawing.arrows);
    }

    /** The largest number of units one arrow carries; the legend's width scale ends there. */
    public ReadOnlyLongProperty scaleMaxProperty() {
        return scaleMax.getReadOnlyProperty();
    }

    /** Suggestions whose arrows are drawn with a highlight, e.g. the rows selected in the table. */
    public ObservableSet<Long> highlighted() {
        return highlighted;
    }

    public BooleanProperty classShownProperty(TemperatureClass temperature) {
        return classShown.get(temperature);
    }

    /**
     * Where the mouse belongs to another layer (e.g. a site marker), in scene coordinates: there
     * this layer shows no tooltip and takes no click.
     */
    public void setBlockedAt(BiPredicate<Double, Double> blockedAt) {
        this.blockedAt = Objects.requireNonNull(blockedAt);
    }

    public void setOnArrowClicked(Consumer<Arrow> onArrowClicked) {
        this.onArrowClicked = Objects.requireNonNull(onArrowClicked);
    }

    /** The middle of an arrow's curve in this layer's coordinates, if the map is shown. */
    public Optional<Point2D> screenMidpoint(Arrow arrow) {
        Viewport v = viewport();
        int i = drawing.arrows.length;
        for (int k = 0; k < drawing.arrows.length; k++) {
            if (drawing.arrows[k].equals(arrow)) {
                i = k;
                break;
            }
        }
        if (v.isEmpty() || i == drawing.arrows.length) {
            return Optional.empty();
        }
        int mid = FlowsDrawing.SAMPLES / 2;
        return Optional.of(new Point2D(v.screenX(drawing.sx[i][mid]), v.screenY(drawing.sy[i][mid])));
    }

    /** The arrow under a point in this layer's coordinates, the nearest if several are. */
    public Optional<Arrow> arrowAt(double x, double y) {
        int hit = hitTest(x, y);
        return hit < 0 ? Optional.empty() : Optional.of(drawing.arrows[hit]);
    }

    // ---- drawing ----

    int repaints() {
        return canvas().repaints();
    }

    /** Paints the whole picture on the next pulse, as after a gesture; for the benchmark. */
    void repaint() {
        contentChanged();
    }

    @Override
    protected void paint(GraphicsContext g, Viewport v) {
        FlowsDrawing d = drawing;
        if (d.arrows.length == 0) {
            return;
        }
        double m = margin();
        double reach = m + MAX_WIDTH_PX * 2;
        double minX = v.worldX(-reach), maxX = v.worldX(v.width() + reach);
        double minY = v.worldY(-reach), maxY = v.worldY(v.height() + reach);
        boolean[] on = new boolean[TemperatureClass.values().length];
        for (TemperatureClass c : TemperatureClass.values()) {
            on[c.ordinal()] = classShown.get(c).get();
        }
        g.setLineCap(StrokeLineCap.BUTT);
        List<Integer> lit = new ArrayList<>();
        for (int i = 0; i < d.arrows.length; i++) {
            Envelope box = d.boxes[i];
            if (!on[d.arrows[i].temperature().ordinal()]
                    || box.getMaxX() < minX
                    || box.getMinX() > maxX
                    || box.getMaxY() < minY
                    || box.getMinY() > maxY) {
                continue;
            }
            if (isHighlighted(d.arrows[i])) {
                lit.add(i); // drawn last, on top of the others
                continue;
            }
            d.paintArrow(g, v, margin(), i, width(d.arrows[i].quantity()), false);
        }
        for (int i : lit) {
            d.paintArrow(g, v, margin(), i, width(d.arrows[i].quantity()), true);
        }
    }

    private boolean isHighlighted(Arrow arrow) {
        if (highlighted.isEmpty()) {
            return false;
        }
        for (Leg leg : arrow.legs()) {
            if (highlighted.contains(leg.id())) {
                return true;
            }
        }
        return false;
    }

    private double width(long quantity) {
        long max = Math.max(1, drawing.maxQuantity);
        return width(quantity, max);
    }

    static double width(long quantity, long max) {
        return MIN_WIDTH_PX + (MAX_WIDTH_PX - MIN_WIDTH_PX) * Math.sqrt(Math.min(1, (double) quantity / max));
    }

    // ---- hover and clicks ----

    private void listenTo(Parent parent) {
        // the canvas is mouse-transparent so that sites below stay clickable: listen on the map view
        if (listeningTo != null) {
            listeningTo.removeEventFilter(MouseEvent.MOUSE_MOVED, onMoved);
            listeningTo.removeEventFilter(MouseEvent.MOUSE_EXITED, onLeft);
            listeningTo.removeEventFilter(MouseEvent.MOUSE_PRESSED, onLeft);
            listeningTo.removeEventFilter(MouseEvent.MOUSE_CLICKED, onClicked);
        }
        listeningTo = parent;
        if (parent != null) {
            parent.addEventFilter(MouseEvent.MOUSE_MOVED, onMoved);
            parent.addEventFilter(MouseEvent.MOUSE_EXITED, onLeft);
            parent.addEventFilter(MouseEvent.MOUSE_PRESSED, onLeft);
            parent.addEventFilter(MouseEvent.MOUSE_CLICKED, onClicked);
        }
    }

    private void hover(MouseEvent e) {
        if (!isVisible() || drawing.arrows.length == 0) {
            tooltip.setVisible(false);
            return;
        }
        Point2D at = sceneToLocal(e.getSceneX(), e.getSceneY());
        int hit = blockedAt.test(e.getSceneX(), e.getSceneY()) ? -1 : hitTest(at.getX(), at.getY());
        if (hit < 0) {
            tooltip.setVisible(false);
            return;
        }
        tooltip.setText(FlowsLegend.describe(drawing.arrows[hit], highlighted));
        tooltip.applyCss();
        tooltip.autosize();
        double tx = at.getX() + 14, ty = at.getY() + 12;
        if (tx + tooltip.getWidth() > viewport().width()) {
            tx = at.getX() - 14 - tooltip.getWidth();
        }
        if (ty + tooltip.getHeight() > viewport().height()) {
            ty = Math.max(0, at.getY() - 12 - tooltip.getHeight());
        }
        tooltip.relocate(tx, ty);
        tooltip.setVisible(true);
    }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY
                || !e.isStillSincePress()
                || e.getClickCount() != 1
                || !isVisible()
                || blockedAt.test(e.getSceneX(), e.getSceneY())) {
            return;
        }
        Point2D at = sceneToLocal(e.getSceneX(), e.getSceneY());
        int hit = hitTest(at.getX(), at.getY());
        if (hit >= 0) {
            onArrowClicked.accept(drawing.arrows[hit]);
        }
    }

    private int hitTest(double x, double y) {
        Viewport v = viewport();
        FlowsDrawing d = drawing;
        if (v.isEmpty() || d.arrows.length == 0) {
            return -1;
        }
        double scale = v.scale();
        double wx = v.worldX(x), wy = v.worldY(y);
        double reach = (MAX_WIDTH_PX / 2 + HIT_SLOP_PX) / scale;
        @SuppressWarnings("unchecked") // the index holds only the Integer positions put in by Drawing
        List<Integer> candidates = d.index.query(new Envelope(wx - reach, wx + reach, wy - reach, wy + reach));
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i : candidates) {
            if (!classShown.get(d.arrows[i].temperature()).get()) {
                continue;
            }
            double distance = FlowsDrawing.distanceToCurve(d.sx[i], d.sy[i], wx, wy) * scale;
            double allowed = width(d.arrows[i].quantity()) / 2 + HIT_SLOP_PX;
            if (distance <= allowed && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }
}
