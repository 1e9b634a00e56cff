package dev.microtower.network.ui;

import dev.microtower.core.NodeCode;
import dev.microtower.core.WebMercator;
import dev.microtower.network.domain.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/** Immutable render data of the sites layer: sites sorted so the small ones are drawn last (on top). */
final class SiteMarkers {
    final Node[] nodes;
    final double[] wx;
    final double[] wy;
    final double[] radius;
    /** Filled lazily on the FX thread when first drawn. */
    final Image[] sprites;

    final int[] type;

    final double maxRadius;
    final Map<NodeCode, Integer> byCode;
    final STRtree index;

    private SiteMarkers(List<Node> sites) {
        long maxCapacity = sites.stream()
                .map(Node::storageCapacityUnits)
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        List<Node> sorted = new ArrayList<>(sites);
        sorted.sort(Comparator.comparingDouble(
                        (Node s) -> -SiteStyle.radius(s.type(), s.storageCapacityUnits(), maxCapacity))
                .thenComparing(Node::code));
        nodes = sorted.toArray(Node[]::new);
        wx = new double[nodes.length];
        wy = new double[nodes.length];
        radius = new double[nodes.length];
        sprites = new Image[nodes.length];
        type = new int[nodes.length];
        byCode = new HashMap<>(nodes.length * 2);
        index = new STRtree();
        double max = 0;
        for (int i = 0; i < nodes.length; i++) {
            wx[i] = WebMercator.worldX(nodes[i].location().lon());
            wy[i] = WebMercator.worldY(nodes[i].location().lat());
            type[i] = nodes[i].type().ordinal();
            radius[i] = SiteStyle.radius(nodes[i].type(), nodes[i].storageCapacityUnits(), maxCapacity);
            max = Math.max(max, radius[i]);
            byCode.put(nodes[i].code(), i);
            index.insert(new Envelope(wx[i], wx[i], wy[i], wy[i]), i);
        }
        maxRadius = max;
        index.build();
    }

    static SiteMarkers of(List<Node> sites) {
        return new SiteMarkers(sites);
    }

    /**
     * Draws the shown markers inside {@code bounds} (world minX, maxX, minY, maxY) that are in no
     * group, at scale {@code n} with world (0, 0) at canvas pixel (ox, oy).
     */
    void draw(GraphicsContext g, boolean[] typeOn, SiteClusters c, double n, double ox, double oy, double[] bounds) {
        for (int i = 0; i < nodes.length; i++) {
            double x = wx[i], y = wy[i];
            if (x < bounds[0]
                    || x > bounds[1]
                    || y < bounds[2]
                    || y > bounds[3]
                    || !typeOn[type[i]]
                    || (c != null && c.clusterOf[i] >= 0)) {
                continue;
            }
            Image sprite = sprites[i];
            if (sprite == null) {
                sprite = SiteStyle.sprite(nodes[i].type(), nodes[i].status(), radius[i]);
                sprites[i] = sprite;
            }
            // whole pixels keep the blit sharp and cheap
            g.drawImage(
                    sprite,
                    Math.round(x * n + ox - sprite.getWidth() / 2),
                    Math.round(y * n + oy - sprite.getHeight() / 2));
        }
    }
}
