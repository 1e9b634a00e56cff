package dev.microtower.heatmaps.ui;

import dev.microtower.core.NodeCode;
import dev.microtower.core.WebMercator;
import dev.microtower.heatmaps.domain.SiteReading;
import dev.microtower.heatmaps.domain.StockMeasure;
import dev.microtower.network.domain.Node;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.Viewport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The stock heatmap: every stocked site coloured by a measure of its stock for a part of the
 * assortment, as a disc under its marker, and hexagons around it that fade with distance and take
 * the colour of the nearest coloured site, so areas short of stock stand out at a glance.
 */
public final class StockHeatLayer extends HeatLayer {
    /** Radius of the disc drawn under each site marker, in pixels. */
    public static final double DISC_PX = 16;

    private static final double HEX_PX = 9;
    private static final double REACH_M = 2_500;
    private static final double MIN_REACH_PX = 30;
    private static final double MAX_REACH_PX = 160;
    private static final double MAX_ALPHA = 0.42;
    private static final Color DISC_OUTLINE = Color.color(1, 1, 1, 0.9);

    private final ObjectProperty<StockMeasure> measure =
            new SimpleObjectProperty<>(this, "measure", StockMeasure.STOCK_AGAINST_TARGET);
    private final ReadOnlyObjectWrapper<Map<NodeCode, SiteReading>> readings =
            new ReadOnlyObjectWrapper<>(this, "readings", Map.of());
    private Spots spots = new Spots(List.of(), Map.of());

    @Override
    public String title() {
        return "Stock heatmap";
    }

    @Override
    public Supplier<javafx.scene.Node> controls() {
        return () -> HeatControls.stock(this);
    }

    @Override
    public List<LegendEntry> keyLegend() {
        return HeatControls.stockLegend(measure.get());
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new java.util.LinkedHashMap<>(filterSetting());
        settings.put("measure", measure.get().name());
        return settings;
    }

    @Override
    public void applySettings(Map<String, String> settings) {
        String saved = settings.get("measure");
        java.util.Arrays.stream(StockMeasure.values())
                .filter(m -> m.name().equals(saved))
                .findFirst()
                .ifPresent(measure::set);
        applyFilterSetting(settings);
    }

    public ObjectProperty<StockMeasure> measureProperty() {
        return measure;
    }

    /** The reading of every coloured site, for the measure and filter chosen; empty until computed. */
    public ReadOnlyObjectProperty<Map<NodeCode, SiteReading>> readingsProperty() {
        return readings.getReadOnlyProperty();
    }

    public Optional<SiteReading> reading(NodeCode site) {
        return Optional.ofNullable(readings.get().get(site));
    }

    /** The colour a site is drawn in, if it has a reading. */
    public Optional<Color> colourOf(NodeCode site) {
        return reading(site).map(HeatPalette::colour);
    }

    /** Shows {@code readings} at the positions of {@code sites}; sites without a reading are skipped. */
    public void setReadings(List<Node> sites, Map<NodeCode, SiteReading> values) {
        readings.set(Map.copyOf(values));
        spots = new Spots(sites, values);
        contentChanged();
    }

    @Override
    protected void paint(GraphicsContext g, Viewport v) {
        Spots s = spots;
        if (s.size() == 0) {
            return;
        }
        double n = v.scale(), m = margin();
        double ox = v.originX() + m, oy = v.originY() + m;
        double metresPerPx = WebMercator.metresPerPixel(v.center().lat(), v.zoom());
        double reachPx = Math.max(MIN_REACH_PX, Math.min(MAX_REACH_PX, REACH_M / metresPerPx));
        double reach = reachPx / n;
        double hex = HEX_PX / n;
        // sites near the view, bucketed by cells one reach wide for the nearest-site search
        double minX = v.worldX(-m - reachPx), maxX = v.worldX(v.width() + m + reachPx);
        double minY = v.worldY(-m - reachPx), maxY = v.worldY(v.height() + m + reachPx);
        Map<Long, List<Integer>> cells = new HashMap<>();
        for (int i = 0; i < s.size(); i++) {
            if (s.wx[i] >= minX && s.wx[i] <= maxX && s.wy[i] >= minY && s.wy[i] <= maxY) {
                cells.computeIfAbsent(cell(s.wx[i], s.wy[i], reach), k -> new ArrayList<>(2))
                        .add(i);
            }
        }
        if (cells.isEmpty()) {
            return;
        }
        double rowStep = hex * 1.5, colStep = hex * Math.sqrt(3);
        double[] cx = new double[6], cy = new double[6];
        for (int k = 0; k < 6; k++) {
            double angle = Math.toRadians(60 * k - 30);
            cx[k] = HEX_PX * Math.cos(angle);
            cy[k] = HEX_PX * Math.sin(angle);
        }
        double[] xs = new double[6], ys = new double[6];
        // rows and columns anchored in world space, so a pan keeps the same hexagons
        long firstRow = (long) Math.floor(v.worldY(-m) / rowStep) - 1;
        long lastRow = (long) Math.ceil(v.worldY(v.height() + m) / rowStep) + 1;
        long firstCol = (long) Math.floor(v.worldX(-m) / colStep) - 1;
        long lastCol = (long) Math.ceil(v.worldX(v.width() + m) / colStep) + 1;
        for (long row = firstRow; row <= lastRow; row++) {
            double wy = row * rowStep;
            double shift = (row & 1) == 0 ? 0 : colStep / 2;
            for (long col = firstCol; col <= lastCol; col++) {
                double wx = col * colStep + shift;
                int nearest = -1;
                double best = reach * reach;
                long cx0 = (long) Math.floor(wx / reach), cy0 = (long) Math.floor(wy / reach);
                for (long a = cx0 - 1; a <= cx0 + 1; a++) {
                    for (long b = cy0 - 1; b <= cy0 + 1; b++) {
                        List<Integer> members = cells.get(a * 4_000_000_000L + b);
                        if (members == null) {
                            continue;
                        }
                        for (int i : members) {
                            double dx = s.wx[i] - wx, dy = s.wy[i] - wy;
                            double d = dx * dx + dy * dy;
                            if (d < best) {
                                best = d;
                                nearest = i;
                            }
                        }
                    }
                }
                if (nearest < 0 || s.colour[nearest] == HeatPalette.NO_READING) {
                    continue; // a site with nothing to say colours no area
                }
                double share = Math.sqrt(best) / reach;
                g.setFill(Color.color(
                        s.colour[nearest].getRed(),
                        s.colour[nearest].getGreen(),
                        s.colour[nearest].getBlue(),
                        MAX_ALPHA * (1 - share * share)));
                double px = wx * n + ox, py = wy * n + oy;
                for (int k = 0; k < 6; k++) {
                    xs[k] = px + cx[k];
                    ys[k] = py + cy[k];
                }
                g.fillPolygon(xs, ys, 6);
            }
        }
        g.setLineWidth(1.5);
        g.setStroke(DISC_OUTLINE);
        for (List<Integer> members : cells.values()) {
            for (int i : members) {
                double px = s.wx[i] * n + ox, py = s.wy[i] * n + oy;
                g.setFill(s.colour[i]);
                g.fillOval(px - DISC_PX, py - DISC_PX, 2 * DISC_PX, 2 * DISC_PX);
                g.strokeOval(px - DISC_PX, py - DISC_PX, 2 * DISC_PX, 2 * DISC_PX);
            }
        }
    }

    private static long cell(double wx, double wy, double size) {
        return (long) Math.floor(wx / size) * 4_000_000_000L + (long) Math.floor(wy / size);
    }

    /** Immutable render data: world position and colour of each site with a reading. */
    private static final class Spots {
        final double[] wx;
        final double[] wy;
        final Color[] colour;

        Spots(List<Node> sites, Map<NodeCode, SiteReading> readings) {
            List<Node> coloured =
                    sites.stream().filter(n -> readings.containsKey(n.code())).toList();
            wx = new double[coloured.size()];
            wy = new double[coloured.size()];
            colour = new Color[coloured.size()];
            for (int i = 0; i < coloured.size(); i++) {
                Node node = coloured.get(i);
                wx[i] = WebMercator.worldX(node.location().lon());
                wy[i] = WebMercator.worldY(node.location().lat());
                colour[i] = HeatPalette.colour(readings.get(node.code()));
            }
        }

        int size() {
            return wx.length;
        }
    }
}
