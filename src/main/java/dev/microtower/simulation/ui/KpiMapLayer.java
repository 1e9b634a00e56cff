package dev.microtower.simulation.ui;

import dev.microtower.core.NodeCode;
import dev.microtower.core.WebMercator;
import dev.microtower.core.kpi.Better;
import dev.microtower.core.kpi.KpiValue;
import dev.microtower.network.domain.Node;
import dev.microtower.simulation.domain.FulfilmentKpis;
import dev.microtower.simulation.domain.Totals;
import dev.microtower.ui.map.CanvasLayer;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.Viewport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The map layer that colours each site by one fulfilment KPI of the dashboard's latest run: a disc
 * under the site's marker, from the worst value among the sites (red) to the best (green), or light
 * to dark blue for a KPI that is neither better high nor low. The layers panel offers the choice of
 * KPI, the scale with its two ends and the KPI's definition; the inspector shows the selected
 * site's value. Immutable render data painted on one canvas below the sites, mouse-transparent.
 */
public final class KpiMapLayer extends CanvasLayer {
    static final Color WORST = Color.web("#d73027");
    static final Color MIDDLE = Color.web("#fee08b");
    static final Color BEST = Color.web("#1a9850");
    static final Color LOW = Color.web("#deebf7");
    static final Color HIGH = Color.web("#08519c");
    private static final double RADIUS_PX = 15;

    /** One KPI the layer can show: its id, title, unit, definition and which way is better. */
    public record Choice(String id, String title, String unit, String definition, Better better) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** One site drawn: where it is, its value and its colour. */
    public record Spot(NodeCode site, double wx, double wy, double value, Color colour) {}

    /** What is drawn: the KPI, the sites with a value, and the ends of the scale. */
    public record Picture(Choice kpi, List<Spot> spots, double min, double max) {
        static Picture empty(Choice kpi) {
            return new Picture(kpi, List.of(), Double.NaN, Double.NaN);
        }
    }

    /** Every per-site fulfilment KPI, in the dashboard's order. */
    public static final List<Choice> CHOICES = choices();

    private final ObjectProperty<Choice> kpi = new SimpleObjectProperty<>(this, "kpi", choice("fill-rate-lines"));
    private final ReadOnlyObjectWrapper<Picture> picture =
            new ReadOnlyObjectWrapper<>(this, "picture", Picture.empty(kpi.get()));
    private Map<NodeCode, Totals> bySite = Map.of();
    private Collection<Node> sites = List.of();

    public KpiMapLayer() {
        super(false);
        setMouseTransparent(true);
        kpi.addListener(o -> redraw());
    }

    private static List<Choice> choices() {
        List<Choice> all = new ArrayList<>();
        for (KpiValue v : FulfilmentKpis.of(Totals.empty(1))) {
            all.add(new Choice(v.id(), v.title(), v.unit(), v.definition(), v.better()));
        }
        return List.copyOf(all);
    }

    static Choice choice(String id) {
        return CHOICES.stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fulfilment KPI " + id));
    }

    @Override
    public String title() {
        return "Fulfilment KPI by site";
    }

    /** The KPI the sites are coloured by. */
    public ObjectProperty<Choice> kpiProperty() {
        return kpi;
    }

    public ReadOnlyObjectProperty<Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    @Override
    public List<LegendEntry> legend() {
        // the scale changes with the KPI and the run: it is drawn by the controls below
        return List.of(LegendEntry.of("Sites without a value (no orders, no stock) are not coloured", () -> {
            Circle c = new Circle(6, Color.TRANSPARENT);
            c.setStroke(Color.gray(0.6));
            return c;
        }));
    }

    @Override
    public Supplier<javafx.scene.Node> controls() {
        return this::controlsNode;
    }

    /**
     * Shows {@code run}'s per-site totals (null clears), placing the sites found among {@code
     * nodes}. FX thread.
     */
    public void show(Map<NodeCode, Totals> perSite, Collection<Node> nodes) {
        bySite = perSite == null ? Map.of() : perSite;
        sites = List.copyOf(nodes);
        redraw();
    }

    /** The value of the chosen KPI at {@code site} in the latest run, if it has one. */
    public Optional<KpiValue> valueAt(NodeCode site) {
        Totals t = bySite.get(site);
        if (t == null) {
            return Optional.empty();
        }
        String id = kpi.get().id();
        return FulfilmentKpis.of(t).stream()
                .filter(v -> v.id().equals(id) && !Double.isNaN(v.value()))
                .findFirst();
    }

    private void redraw() {
        Choice chosen = kpi.get();
        Map<NodeCode, Double> values = new LinkedHashMap<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Node n : sites) {
            if (!n.type().holdsStock()) {
                continue;
            }
            Optional<KpiValue> v = valueAt(n.code());
            if (v.isPresent()) {
                double x = v.get().value();
                values.put(n.code(), x);
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        List<Spot> spots = new ArrayList<>();
        for (Node n : sites) {
            Double x = values.get(n.code());
            if (x != null) {
                spots.add(new Spot(
                        n.code(),
                        WebMercator.worldX(n.location().lon()),
                        WebMercator.worldY(n.location().lat()),
                        x,
                        colour(chosen.better(), x, min, max)));
            }
        }
        picture.set(spots.isEmpty() ? Picture.empty(chosen) : new Picture(chosen, List.copyOf(spots), min, max));
        contentChanged();
    }

    /** The colour of {@code value} on the scale from {@code min} to {@code max}. */
    static Color colour(Better better, double value, double min, double max) {
        double t = max > min ? (value - min) / (max - min) : 0.5;
        if (better == Better.NEITHER) {
            return LOW.interpolate(HIGH, t);
        }
        double good = better == Better.HIGHER ? t : 1 - t;
        return good < 0.5 ? WORST.interpolate(MIDDLE, good * 2) : MIDDLE.interpolate(BEST, good * 2 - 1);
    }

    @Override
    protected void paint(GraphicsContext g, Viewport v) {
        double m = margin();
        g.setLineWidth(1.5);
        for (Spot s : picture.get().spots()) {
            double x = v.screenX(s.wx()) + m;
            double y = v.screenY(s.wy()) + m;
            g.setFill(s.colour().deriveColor(0, 1, 1, 0.85));
            g.fillOval(x - RADIUS_PX, y - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX);
            g.setStroke(s.colour().darker());
            g.strokeOval(x - RADIUS_PX, y - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX);
        }
    }

    private javafx.scene.Node controlsNode() {
        ComboBox<Choice> box = new ComboBox<>(FXCollections.observableArrayList(CHOICES));
        box.setId("kpi-layer-choice");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        box.setValue(kpi.get());
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                kpi.set(now);
            }
        });
        kpi.addListener((o, was, now) -> box.setValue(now));
        Rectangle ramp = new Rectangle(190, 10);
        Label low = new Label();
        low.setId("kpi-layer-min");
        Label high = new Label();
        high.setId("kpi-layer-max");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox ends = new HBox(low, gap, high);
        ends.getStyleClass().add("heat-legend-text");
        Label definition = new Label();
        definition.setId("kpi-layer-definition");
        definition.setWrapText(true);
        definition.setMinHeight(Region.USE_PREF_SIZE);
        definition.getStyleClass().add("heat-legend-text");
        Runnable fill = () -> {
            Picture p = picture.get();
            Choice c = p.kpi();
            ramp.setFill(ramp(c.better()));
            boolean any = !p.spots().isEmpty();
            low.setText(any ? DashboardView.format(p.min(), c.unit()) : "");
            high.setText(any ? DashboardView.format(p.max(), c.unit()) : "");
            String which = c.better() == Better.HIGHER
                    ? "Green: the best site, red: the worst (higher is better). "
                    : c.better() == Better.LOWER
                            ? "Green: the best site, red: the worst (lower is better). "
                            : "Darker: higher. ";
            definition.setText(
                    (any ? which : "Simulate (View → Fulfilment KPIs) to colour the sites. ") + c.definition());
        };
        fill.run();
        picture.addListener(o -> fill.run());
        Label caption = new Label("KPI");
        caption.getStyleClass().add("heat-caption");
        VBox box2 = new VBox(4, caption, box, ramp, ends, definition);
        box2.getStyleClass().add("heat-controls");
        box2.setMaxWidth(210);
        box2.setId("kpi-layer-controls");
        return box2;
    }

    private static LinearGradient ramp(Better better) {
        List<Stop> stops = better == Better.NEITHER
                ? List.of(new Stop(0, LOW), new Stop(1, HIGH))
                : better == Better.HIGHER
                        ? List.of(new Stop(0, WORST), new Stop(0.5, MIDDLE), new Stop(1, BEST))
                        : List.of(new Stop(0, BEST), new Stop(0.5, MIDDLE), new Stop(1, WORST));
        return new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE, stops);
    }
}
