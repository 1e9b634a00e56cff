package dev.microtower.heatmaps.ui;

import dev.microtower.heatmaps.domain.DemandFilter;
import dev.microtower.heatmaps.domain.DemandPeriod;
import dev.microtower.heatmaps.engine.HexBins;
import dev.microtower.heatmaps.engine.HexGrid;
import dev.microtower.ui.map.LegendEntry;
import dev.microtower.ui.map.Viewport;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The demand heatmap: orders of a period and part of the assortment counted per hexagon of the
 * customers' locations. Hexagons are {@link #HEX_PX} pixels across at the whole zoom level they
 * were counted for ({@link #binZoomProperty()}); between levels they scale with the map until the
 * controller has counted them again.
 */
public final class DemandHeatLayer extends HeatLayer {
    /** Circumradius of a hexagon in pixels at the zoom level it was counted for. */
    public static final double HEX_PX = 10;

    private static final double ALPHA = 0.65;
    private static final double FILL_SCALE = 0.94;

    /** Bins and what they were counted for. */
    public record Picture(DemandFilter filter, int zoom, HexBins bins) {
        public static final Picture NONE = new Picture(null, -1, HexBins.EMPTY);
    }

    private final ObjectProperty<DemandPeriod> period =
            new SimpleObjectProperty<>(this, "period", DemandPeriod.LAST_28_DAYS);
    private final ReadOnlyObjectWrapper<Picture> picture = new ReadOnlyObjectWrapper<>(this, "picture", Picture.NONE);
    private int pictures;
    private final ReadOnlyIntegerWrapper binZoom = new ReadOnlyIntegerWrapper(this, "binZoom", -1);

    @Override
    public String title() {
        return "Demand heatmap";
    }

    @Override
    public Supplier<javafx.scene.Node> controls() {
        return () -> HeatControls.demand(this);
    }

    @Override
    public List<LegendEntry> keyLegend() {
        return List.of(LegendEntry.of(
                "Orders per hexagon, up to "
                        + String.format("%,d", picture.get().bins().maxOrders()) + " (log scale)",
                () -> HeatPalette.demandRamp(60)));
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new java.util.LinkedHashMap<>(filterSetting());
        settings.put("period", period.get().name());
        return settings;
    }

    @Override
    public void applySettings(Map<String, String> settings) {
        String saved = settings.get("period");
        java.util.Arrays.stream(DemandPeriod.values())
                .filter(p -> p.name().equals(saved))
                .findFirst()
                .ifPresent(period::set);
        applyFilterSetting(settings);
    }

    public ObjectProperty<DemandPeriod> periodProperty() {
        return period;
    }

    /** The bins on the map and the filter and zoom they were counted for. */
    public ReadOnlyObjectProperty<Picture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The whole zoom level of the map now: bins should be counted for it. */
    public ReadOnlyIntegerProperty binZoomProperty() {
        return binZoom.getReadOnlyProperty();
    }

    /** The hexagon grid bins are counted on at a whole zoom level. */
    public static HexGrid gridFor(int zoom) {
        return new HexGrid(HEX_PX / Math.pow(2, zoom));
    }

    /** How many pictures were shown since the layer was made, for tests. */
    public int pictures() {
        return pictures;
    }

    public void setPicture(Picture shown) {
        pictures++;
        picture.set(shown);
        contentChanged();
    }

    @Override
    protected void follow(Viewport v) {
        if (!v.isEmpty()) {
            binZoom.set((int) Math.floor(v.zoom() + 1e-9));
        }
        super.follow(v);
    }

    @Override
    protected void paint(GraphicsContext g, Viewport v) {
        Picture p = picture.get();
        HexBins bins = p.bins();
        if (bins.size() == 0) {
            return;
        }
        HexGrid grid = bins.grid();
        double n = v.scale(), m = margin();
        double ox = v.originX() + m, oy = v.originY() + m;
        double[] dx = grid.cornerDx(n * FILL_SCALE), dy = grid.cornerDy(n * FILL_SCALE);
        double r = grid.size() * n;
        double maxX = v.width() + 2 * m + r, maxY = v.height() + 2 * m + r;
        int max = bins.maxOrders();
        double[] xs = new double[6], ys = new double[6];
        for (int i = 0; i < bins.size(); i++) {
            long key = bins.key(i);
            int q = HexGrid.q(key), row = HexGrid.r(key);
            double px = grid.centreX(q, row) * n + ox, py = grid.centreY(row) * n + oy;
            if (px < -r || py < -r || px > maxX || py > maxY) {
                continue;
            }
            Color c = HeatPalette.demand(rampPosition(bins.orders(i), max));
            g.setFill(Color.color(c.getRed(), c.getGreen(), c.getBlue(), ALPHA));
            for (int k = 0; k < 6; k++) {
                xs[k] = px + dx[k];
                ys[k] = py + dy[k];
            }
            g.fillPolygon(xs, ys, 6);
        }
    }

    /** Where on the ramp (0..1) a hexagon with {@code orders} lies when the fullest holds {@code max}. */
    public static double rampPosition(int orders, int max) {
        return max <= 1 ? 1 : Math.log(orders) / Math.log(max);
    }
}
