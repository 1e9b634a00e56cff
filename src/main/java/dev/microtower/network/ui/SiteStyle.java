package dev.microtower.network.ui;

import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.ui.map.LegendEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * How a site looks, shared by the map layer and its legend so the two never disagree: the shape
 * tells the type, the colour the status, the size the capacity.
 */
public final class SiteStyle {
    public static final Color SELECTION = Color.web("#1d4ed8");
    public static final Color HIGHLIGHT = Color.web("#f59e0b");
    public static final Color CLUSTER = Color.web("#334155");
    private static final Color OUTLINE = Color.WHITE;

    // reused by every draw call: drawing happens on the FX thread only
    private static final double[] XS = new double[6];
    private static final double[] YS = new double[6];

    private SiteStyle() {}

    public static Color statusColor(NodeStatus status) {
        return switch (status) {
            case ACTIVE -> Color.web("#0f9d76");
            case PLANNED -> Color.web("#6d5bd0");
            case DISRUPTED -> Color.web("#e0452b");
            case CLOSED -> Color.web("#8a929c");
        };
    }

    public static String statusLabel(NodeStatus status) {
        return switch (status) {
            case ACTIVE -> "Active";
            case PLANNED -> "Planned";
            case DISRUPTED -> "Disrupted";
            case CLOSED -> "Closed";
        };
    }

    /** Marker radius in pixels from capacity relative to the largest site (area grows with it). */
    public static double radius(NodeType type, Long capacity, long maxCapacity) {
        if (type == NodeType.PICKUP_POINT) {
            return 4;
        }
        if (capacity == null || maxCapacity <= 0) {
            return 6;
        }
        return 5 + 9 * Math.sqrt(Math.min(1, (double) capacity / maxCapacity));
    }

    /** Draws the marker of one site centred on (x, y). */
    public static void draw(GraphicsContext g, NodeType type, NodeStatus status, double x, double y, double r) {
        Color colour = statusColor(status);
        boolean hollow = status == NodeStatus.PLANNED;
        g.setFill(hollow ? Color.WHITE : colour);
        g.setStroke(hollow ? colour : OUTLINE);
        g.setLineWidth(hollow ? 2 : 1.5);
        switch (type) {
            case REGIONAL_DC -> {
                g.fillRect(x - r, y - r, 2 * r, 2 * r);
                g.strokeRect(x - r, y - r, 2 * r, 2 * r);
            }
            case MICRO_FULFILLMENT_CENTER -> polygon(g, x, y, r * 1.25, 4, 0);
            case DARK_STORE -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
            case MICRO_HUB -> polygon(g, x, y + r * 0.2, r * 1.3, 3, 0);
            case STORE -> polygon(g, x, y, r * 1.1, 6, Math.PI / 6);
            case PICKUP_POINT -> {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                g.setFill(OUTLINE);
                g.fillOval(x - r / 2.5, y - r / 2.5, r / 1.25, r / 1.25);
            }
        }
        if (status == NodeStatus.CLOSED) {
            g.setStroke(Color.web("#3f454d"));
            g.setLineWidth(1.5);
            g.strokeLine(x - r * 0.7, y - r * 0.7, x + r * 0.7, y + r * 0.7);
        }
    }

    private static void polygon(GraphicsContext g, double x, double y, double r, int corners, double turn) {
        for (int i = 0; i < corners; i++) {
            double angle = turn - Math.PI / 2 + i * 2 * Math.PI / corners;
            XS[i] = x + r * Math.cos(angle);
            YS[i] = y + r * Math.sin(angle);
        }
        g.fillPolygon(XS, YS, corners);
        g.strokePolygon(XS, YS, corners);
    }

    /** Draws a cluster of {@code count} sites as a disc with the count. */
    public static void drawCluster(GraphicsContext g, double x, double y, int count, boolean anyDisrupted) {
        double r = 11 + 4 * Math.log10(count);
        g.setFill(Color.color(1, 1, 1, 0.55));
        g.fillOval(x - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8);
        g.setFill(CLUSTER);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(anyDisrupted ? statusColor(NodeStatus.DISRUPTED) : OUTLINE);
        g.setLineWidth(2);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(Color.WHITE);
        g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        g.setFont(javafx.scene.text.Font.font("System", javafx.scene.text.FontWeight.BOLD, 11));
        g.fillText(Integer.toString(count), x, y);
    }

    public static double clusterRadius(int count) {
        return 11 + 4 * Math.log10(count) + 4;
    }

    private static final java.util.Map<Long, javafx.scene.image.Image> SPRITES = new java.util.HashMap<>();

    /**
     * The marker as a ready-made picture, cached per type, status and half-pixel radius: blitting
     * an image is far cheaper than filling and stroking a path, which matters with thousands of
     * markers per frame. Call on the FX thread.
     */
    public static javafx.scene.image.Image sprite(NodeType type, NodeStatus status, double r) {
        long halfPixels = Math.round(r * 2);
        long key = (type.ordinal() * 8L + status.ordinal()) * 1000 + halfPixels;
        return SPRITES.computeIfAbsent(key, k -> {
            double radius = halfPixels / 2.0;
            int size = (int) Math.ceil(2 * (radius * 1.35 + 2));
            Canvas canvas = new Canvas(size, size);
            draw(canvas.getGraphicsContext2D(), type, status, size / 2.0, size / 2.0, radius);
            javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            return canvas.snapshot(parameters, null);
        });
    }

    /** A small picture of a marker for the legend. */
    public static Canvas symbol(NodeType type, NodeStatus status) {
        Canvas canvas = new Canvas(20, 20);
        draw(canvas.getGraphicsContext2D(), type, status, 10, 10, 6);
        return canvas;
    }

    public static Canvas clusterSymbol() {
        Canvas canvas = new Canvas(26, 26);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(CLUSTER);
        g.fillOval(3, 3, 20, 20);
        g.setFill(Color.WHITE);
        g.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        g.setTextBaseline(javafx.geometry.VPos.CENTER);
        g.setFont(javafx.scene.text.Font.font("System", javafx.scene.text.FontWeight.BOLD, 10));
        g.fillText("12", 13, 13);
        return canvas;
    }

    /** The sites layer's legend: a switch per type of site, then the statuses and the groups. */
    static List<LegendEntry> legend(Map<NodeType, BooleanProperty> typeShown) {
        List<LegendEntry> entries = new ArrayList<>();
        for (NodeType type : NodeType.values()) {
            entries.add(new LegendEntry(type.label(), () -> symbol(type, NodeStatus.ACTIVE), typeShown.get(type)));
        }
        for (NodeStatus status : NodeStatus.values()) {
            entries.add(LegendEntry.of(statusLabel(status), () -> symbol(NodeType.DARK_STORE, status)));
        }
        entries.add(LegendEntry.of("Group of nearby sites", SiteStyle::clusterSymbol));
        return List.copyOf(entries);
    }
}
