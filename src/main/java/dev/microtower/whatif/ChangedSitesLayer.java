package dev.microtower.whatif;

import com.gluonhq.maps.MapLayer;
import dev.microtower.core.NodeCode;
import dev.microtower.core.WebMercator;
import dev.microtower.network.domain.Node;
import dev.microtower.scenarios.domain.Difference;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.MapOverlay;
import dev.microtower.ui.map.PaddedCanvas;
import dev.microtower.ui.map.Viewport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * A ring around each site the shown scenario added or changed compared with its parent (moved,
 * closed, a new capacity, its stock or zones), over the site markers, so a planner sees where the
 * scenario differs. It holds immutable render data and paints on one canvas; clicks go through
 * to the sites.
 */
final class ChangedSitesLayer extends MapLayer implements MapOverlay {
    static final Color ADDED = Color.web("#1b9e77");
    static final Color CHANGED = Color.web("#d95f02");
    private static final double RADIUS_PX = 13;

    /** A marked site: world position and whether the scenario added it. */
    private record Mark(double wx, double wy, boolean added) {}

    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final PaddedCanvas canvas = new PaddedCanvas();
    private List<Mark> marks = List.of();
    private List<NodeCode> marked = List.of();

    ChangedSitesLayer() {
        getChildren().add(canvas.frame());
        setMouseTransparent(true);
    }

    @Override
    public String title() {
        return "Changed in this scenario";
    }

    @Override
    public BooleanProperty shownProperty() {
        return shown;
    }

    @Override
    public List<LegendEntry> legend() {
        return List.of(
                LegendEntry.of("Site added in this scenario", () -> ring(ADDED)),
                LegendEntry.of("Site changed (moved, closed, edited, its stock or zones)", () -> ring(CHANGED)));
    }

    /** Marks the sites among {@code sites} that {@code differences} name; FX thread. */
    void setDifferences(Collection<Difference> differences, Collection<Node> sites) {
        Map<NodeCode, Boolean> addedByCode = new HashMap<>();
        for (Difference d : differences) {
            if (d.site() != null) {
                boolean added = d.entity().equals("site") && d.verb().equals("added");
                addedByCode.merge(d.site(), added, Boolean::logicalOr);
            }
        }
        List<Mark> next = new ArrayList<>();
        List<NodeCode> codes = new ArrayList<>();
        for (Node site : sites) {
            Boolean added = addedByCode.get(site.code());
            if (added != null) {
                next.add(new Mark(
                        WebMercator.worldX(site.location().lon()),
                        WebMercator.worldY(site.location().lat()),
                        added));
                codes.add(site.code());
            }
        }
        marks = List.copyOf(next);
        marked = List.copyOf(codes);
        canvas.contentChanged();
        markDirty();
    }

    /** The codes of the sites drawn with a ring, in the order of the network. */
    List<NodeCode> marked() {
        return marked;
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
        g.clearRect(0, 0, canvas.canvas().getWidth(), canvas.canvas().getHeight());
        g.setLineWidth(3);
        for (Mark mark : marks) {
            double x = v.screenX(mark.wx()) + m;
            double y = v.screenY(mark.wy()) + m;
            g.setStroke(mark.added() ? ADDED : CHANGED);
            g.strokeOval(x - RADIUS_PX, y - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX);
        }
    }

    private static javafx.scene.Node ring(Color colour) {
        Circle circle = new Circle(6, Color.TRANSPARENT);
        circle.setStroke(colour);
        circle.setStrokeWidth(2.5);
        return circle;
    }
}
