package dev.microtower.allocation.ui;

import dev.microtower.core.NodeCode;
import dev.microtower.core.WebMercator;
import dev.microtower.network.domain.Node;
import dev.microtower.ui.map.CanvasLayer;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.Viewport;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * The rules editor's preview as a heatmap: a disc under each site whose targets would change,
 * coloured by the site's net change of target units (rises warm, falls cool, a diverging palette)
 * and sized by its magnitude relative to the largest change. It holds immutable render data and
 * paints everything on one canvas, below the sites layer so markers stay readable.
 */
public final class TargetChangeLayer extends CanvasLayer {
    public static final Color RISE = Color.web("#d7301f");
    public static final Color FALL = Color.web("#2166ac");
    private static final Color NEUTRAL = Color.web("#f7f7f7");
    private static final double MIN_RADIUS_PX = 7;
    private static final double MAX_RADIUS_PX = 26;

    /** One site with a change: world position, net units and its share of the largest change. */
    private record Spot(double wx, double wy, long net, double share) {}

    private final List<LegendEntry> legend = List.of(
            LegendEntry.of("Targets rise (stock to bring in)", () -> swatch(RISE)),
            LegendEntry.of("Targets fall (stock freed)", () -> swatch(FALL)),
            LegendEntry.of("Larger disc: larger net change", () -> swatch(NEUTRAL.darker())));
    private List<Spot> spots = List.of();
    private long largest;

    public TargetChangeLayer() {
        super(false);
        setMouseTransparent(true);
    }

    @Override
    public String title() {
        return "Target change";
    }

    @Override
    public List<LegendEntry> legend() {
        return legend;
    }

    /**
     * Shows the net change of target units per node; nodes without a position among {@code nodes}
     * or with no change are not drawn. Call on the FX thread.
     */
    public void setChanges(Map<NodeCode, Long> netByNode, Collection<Node> nodes) {
        long max = netByNode.values().stream().mapToLong(Math::abs).max().orElse(0);
        List<Spot> next = new ArrayList<>();
        for (Node node : nodes) {
            Long net = netByNode.get(node.code());
            if (net != null && net != 0) {
                next.add(new Spot(
                        WebMercator.worldX(node.location().lon()),
                        WebMercator.worldY(node.location().lat()),
                        net,
                        Math.abs(net) / (double) max));
            }
        }
        // small discs last, so a big change never hides a small one
        next.sort(Comparator.comparingDouble(s -> -s.share()));
        spots = List.copyOf(next);
        largest = max;
        contentChanged();
    }

    public void clear() {
        spots = List.of();
        largest = 0;
        contentChanged();
    }

    /** How many sites are drawn with a change. */
    public int spotCount() {
        return spots.size();
    }

    /** The largest net change of one site, in units: the scale of the colours. */
    public long largest() {
        return largest;
    }

    /** The colour of a net change given the largest one: white at 0, full at the largest. */
    public static Color colour(long net, long largest) {
        if (net == 0 || largest == 0) {
            return NEUTRAL;
        }
        double t = Math.sqrt(Math.min(1, Math.abs(net) / (double) largest));
        return NEUTRAL.interpolate(net > 0 ? RISE : FALL, 0.35 + 0.65 * t);
    }

    @Override
    protected void paint(GraphicsContext g, Viewport v) {
        double w = g.getCanvas().getWidth(), h = g.getCanvas().getHeight();
        int m = margin();
        g.setLineWidth(1);
        for (Spot s : spots) {
            double x = v.screenX(s.wx()) + m;
            double y = v.screenY(s.wy()) + m;
            double r = MIN_RADIUS_PX + (MAX_RADIUS_PX - MIN_RADIUS_PX) * Math.sqrt(s.share());
            if (x < -r || y < -r || x > w + r || y > h + r) {
                continue;
            }
            Color c = colour(s.net(), largest);
            g.setFill(c.deriveColor(0, 1, 1, 0.78));
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(c.darker());
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private static javafx.scene.Node swatch(Color colour) {
        Circle circle = new Circle(6, colour.deriveColor(0, 1, 1, 0.78));
        circle.setStroke(colour.darker());
        return circle;
    }
}
