package dev.microtower.rebalancing.ui;

import com.gluonhq.maps.MapLayer;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.WebMercator;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.ui.SiteStyle;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.MapOverlay;
import dev.microtower.ui.map.PaddedCanvas;
import dev.microtower.ui.map.Viewport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

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
public final class FlowsLayer extends MapLayer implements MapOverlay {
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
    private static final int SAMPLES = 20;
    private static final double HIT_SLOP_PX = 4;
    private static final double START_GAP_PX = 7;
    private static final double END_GAP_PX = 9;
    private static final int TOOLTIP_LINES = 8;
    private static final int MARGIN_PX = 96;
    private static final int SETTLE_MS = 120;
    private static final Color ACCEPTED_CASING = Color.web("#1f2933");
    private static final Map<TemperatureClass, Color> COLOURS = new EnumMap<>(Map.of(
            TemperatureClass.AMBIENT, Color.web("#e8590c"),
            TemperatureClass.CHILLED, Color.web("#1c7ed6"),
            TemperatureClass.FROZEN, Color.web("#0b7285")));

    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final Map<TemperatureClass, BooleanProperty> classShown = new EnumMap<>(TemperatureClass.class);
    private final ObservableSet<Long> highlighted = FXCollections.observableSet();
    private final ReadOnlyLongWrapper scaleMax = new ReadOnlyLongWrapper(this, "scaleMax", 0);
    private final Label tooltip = new Label();
    private final List<LegendEntry> legend;
    // painting 2,000 curves is too dear for every frame of a gesture: paint once the view is still
    private final PaddedCanvas picture =
            PaddedCanvas.deferred(MARGIN_PX, javafx.util.Duration.millis(SETTLE_MS), this::markDirty);
    private final Canvas canvas = picture.canvas();
    private Drawing drawing = Drawing.of(List.of());
    private Viewport current = Viewport.EMPTY;
    private BiPredicate<Double, Double> blockedAt = (x, y) -> false;
    private Consumer<Arrow> onArrowClicked = arrow -> {};
    private Parent listeningTo;
    private final javafx.event.EventHandler<MouseEvent> onMoved = this::hover;
    private final javafx.event.EventHandler<MouseEvent> onLeft = e -> tooltip.setVisible(false);
    private final javafx.event.EventHandler<MouseEvent> onClicked = this::click;
    private long layoutNanos;

    public FlowsLayer() {
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
        picture.frame().setMouseTransparent(true);
        getChildren().addAll(picture.frame(), tooltip);
        setMouseTransparent(false);
        setPickOnBounds(false);

        List<LegendEntry> entries = new ArrayList<>();
        for (TemperatureClass c : TemperatureClass.values()) {
            entries.add(new LegendEntry(label(c), () -> arrowSymbol(colour(c), 3), classShown.get(c)));
        }
        entries.add(LegendEntry.of("Accepted (dark outline)", () -> acceptedSymbol()));
        entries.add(LegendEntry.of("", this::scaleSymbol));
        legend = List.copyOf(entries);

        parentProperty().addListener((o, was, parent) -> listenTo(parent));
    }

    @Override
    public String title() {
        return "Flows";
    }

    @Override
    public BooleanProperty shownProperty() {
        return shown;
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
        drawing = Drawing.of(legs);
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
        Viewport v = current;
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
        int mid = SAMPLES / 2;
        return Optional.of(new Point2D(v.screenX(drawing.sx[i][mid]), v.screenY(drawing.sy[i][mid])));
    }

    /** The arrow under a point in this layer's coordinates, the nearest if several are. */
    public Optional<Arrow> arrowAt(double x, double y) {
        int hit = hitTest(x, y);
        return hit < 0 ? Optional.empty() : Optional.of(drawing.arrows[hit]);
    }

    // ---- drawing ----

    @Override
    protected void initialize() {
        baseMap.translateXProperty().addListener(o -> markDirty());
        baseMap.translateYProperty().addListener(o -> markDirty());
        baseMap.zoom().addListener(o -> markDirty());
        visibleProperty().addListener(o -> {
            contentChanged();
            tooltip.setVisible(false);
        });
    }

    private void contentChanged() {
        picture.contentChanged();
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        long start = System.nanoTime();
        try {
            current = getParent() instanceof Region view ? Viewport.of(baseMap, view) : Viewport.EMPTY;
            if (!current.isEmpty() && isVisible()) {
                picture.follow(current, this::paint);
            }
        } finally {
            layoutNanos += System.nanoTime() - start;
        }
    }

    /** Time spent in this layer's layout and painting since it was made, for the benchmark. */
    long layoutNanos() {
        return layoutNanos;
    }

    int repaints() {
        return picture.repaints();
    }

    /** Paints the whole picture on the next pulse, as after a gesture; for the benchmark. */
    void repaint() {
        contentChanged();
    }

    private void paint(Viewport v) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Drawing d = drawing;
        if (d.arrows.length == 0) {
            return;
        }
        double m = picture.margin();
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
            drawArrow(g, v, d, i, false);
        }
        for (int i : lit) {
            drawArrow(g, v, d, i, true);
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

    private void drawArrow(GraphicsContext g, Viewport v, Drawing d, int i, boolean lit) {
        double m = picture.margin();
        double x0 = v.screenX(d.x0[i]) + m, y0 = v.screenY(d.y0[i]) + m;
        double cx = v.screenX(d.cx[i]) + m, cy = v.screenY(d.cy[i]) + m;
        double x2 = v.screenX(d.x2[i]) + m, y2 = v.screenY(d.y2[i]) + m;
        double w = width(d.arrows[i].quantity());
        double head = Math.max(7, 2.4 * w);
        double chord = Math.hypot(x2 - x0, y2 - y0);
        if (chord < START_GAP_PX + END_GAP_PX + head) {
            return; // the two sites touch at this zoom: an arrow would only hide them
        }
        // a quadratic curve leaves its ends towards the control point: shorten along those lines
        double[] s = toward(x0, y0, cx, cy, START_GAP_PX);
        double[] tip = toward(x2, y2, cx, cy, END_GAP_PX);
        double[] base = toward(x2, y2, cx, cy, END_GAP_PX + head * 0.8);
        Color colour = colour(d.arrows[i].temperature());
        boolean accepted = d.arrows[i].accepted();
        if (lit) {
            g.setStroke(SiteStyle.SELECTION);
            g.setLineWidth(w + 7);
            curve(g, s, cx, cy, base);
        }
        if (accepted) {
            // a second stroke per arrow costs as much as the first: only the accepted ones get it
            g.setStroke(ACCEPTED_CASING);
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
            g.setStroke(accepted ? ACCEPTED_CASING : SiteStyle.SELECTION);
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
        tooltip.setText(describe(drawing.arrows[hit], highlighted));
        tooltip.applyCss();
        tooltip.autosize();
        double tx = at.getX() + 14, ty = at.getY() + 12;
        if (tx + tooltip.getWidth() > current.width()) {
            tx = at.getX() - 14 - tooltip.getWidth();
        }
        if (ty + tooltip.getHeight() > current.height()) {
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
        Viewport v = current;
        Drawing d = drawing;
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
            double distance = distanceToCurve(d.sx[i], d.sy[i], wx, wy) * scale;
            double allowed = width(d.arrows[i].quantity()) / 2 + HIT_SLOP_PX;
            if (distance <= allowed && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static double distanceToCurve(double[] xs, double[] ys, double x, double y) {
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

    /** The tooltip of an arrow: the lane, its units, and per SKU the quantity and the reason. */
    static String describe(Arrow arrow, java.util.Set<Long> first) {
        StringBuilder text = new StringBuilder();
        text.append(arrow.from())
                .append(" → ")
                .append(arrow.to())
                .append(" · ")
                .append(label(arrow.temperature()))
                .append(String.format(
                        Locale.ROOT,
                        " · %,d unit%s in %d SKU%s",
                        arrow.quantity(),
                        arrow.quantity() == 1 ? "" : "s",
                        arrow.legs().size(),
                        arrow.legs().size() == 1 ? "" : "s"));
        List<Leg> legs = new ArrayList<>(arrow.legs());
        legs.sort(Comparator.comparing((Leg l) -> !first.contains(l.id()))
                .thenComparing(Comparator.comparingLong(Leg::quantity).reversed())
                .thenComparingLong(Leg::id));
        for (int k = 0; k < Math.min(TOOLTIP_LINES, legs.size()); k++) {
            Leg leg = legs.get(k);
            text.append(String.format(Locale.ROOT, "%n%,6d  %s", leg.quantity(), leg.label()));
            if (leg.accepted()) {
                text.append("  ✓ accepted");
            }
        }
        if (legs.size() > TOOLTIP_LINES) {
            text.append(String.format(Locale.ROOT, "%n… and %d more SKUs", legs.size() - TOOLTIP_LINES));
        }
        // the reason of the suggestion the user picked, or of the only one
        Leg explained = first.contains(legs.get(0).id()) || legs.size() == 1 ? legs.get(0) : null;
        if (explained != null
                && explained.reason() != null
                && !explained.reason().isBlank()) {
            text.append("\n\nWhy: ").append(explained.reason());
        }
        return text.toString();
    }

    // ---- legend ----

    private static Canvas arrowSymbol(Color colour, double width) {
        Canvas c = new Canvas(30, 16);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        g.moveTo(2, 12);
        g.quadraticCurveTo(12, 2, 21, 9);
        g.stroke();
        g.setFill(colour);
        g.fillPolygon(new double[] {28, 18, 22}, new double[] {13, 12, 5}, 3);
        return c;
    }

    private static Canvas acceptedSymbol() {
        Canvas c = new Canvas(30, 16);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setStroke(ACCEPTED_CASING);
        g.setLineWidth(5);
        g.strokeLine(2, 8, 26, 8);
        g.setStroke(colour(TemperatureClass.AMBIENT));
        g.setLineWidth(3);
        g.strokeLine(3, 8, 25, 8);
        return c;
    }

    /** Three widths with the units they stand for; follows the data shown. */
    private javafx.scene.Node scaleSymbol() {
        Canvas c = new Canvas(170, 46);
        InvalidationListener redraw = o -> drawScale(c, scaleMax.get());
        // the canvas keeps its listener alive; the layer holds it only weakly
        c.getProperties().put("scale-listener", redraw);
        scaleMax.addListener(new WeakInvalidationListener(redraw));
        drawScale(c, scaleMax.get());
        return c;
    }

    private static void drawScale(Canvas c, long max) {
        GraphicsContext g = c.getGraphicsContext2D();
        g.clearRect(0, 0, c.getWidth(), c.getHeight());
        g.setFont(Font.font("System", 10));
        g.setTextBaseline(VPos.CENTER);
        if (max <= 0) {
            g.setFill(Color.web("#7b8794"));
            g.fillText("no plan shown", 2, 10);
            return;
        }
        long[] samples = {max, Math.max(1, max / 4), Math.max(1, max / 25)};
        double y = 7;
        for (long q : samples) {
            double w = width(q, max);
            g.setStroke(Color.web("#52606d"));
            g.setLineWidth(w);
            g.strokeLine(4, y, 46, y);
            g.setFill(Color.web("#3e4c59"));
            g.fillText(String.format(Locale.ROOT, "%,d units per arrow", q), 54, y);
            y += 15;
        }
    }

    /** Immutable render data: arrows in world coordinates, sampled curves and their index. */
    private static final class Drawing {
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

        private Drawing(List<Arrow> list) {
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

        static Drawing of(List<Leg> legs) {
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
            return new Drawing(arrows);
        }
    }
}
