package dev.microtower.heatmaps.ui;

import dev.microtower.network.domain.Node;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.MapDepth;

/**
 * The heatmaps feature: the demand and stock heat layers on the map (demand below stock), the
 * controllers that feed them from the open session, and the stock numbers of the selected site in
 * the inspector.
 */
public final class HeatmapsModule implements FeatureModule {
    private final DemandHeatLayer demandLayer = new DemandHeatLayer();
    private final StockHeatLayer stockLayer = new StockHeatLayer();
    private final HeatInspectorSection inspector = new HeatInspectorSection();
    private NetworkModel network;
    private DemandHeatmap demand;
    private StockHeatmap stock;

    @Override
    public void install(Workbench bench) {
        network = bench.service(NetworkModel.class);
        // installed in this order, demand draws below stock
        bench.map().addOverlay(MapDepth.HEAT, demandLayer);
        bench.map().addOverlay(MapDepth.HEAT, stockLayer);
        demand = new DemandHeatmap(demandLayer, bench);
        stock = new StockHeatmap(stockLayer, bench);
        bench.addInspectorSection(inspector);
        network.selectedProperty().addListener(o -> showSelected());
        stockLayer.readingsProperty().addListener(o -> showSelected());
        stockLayer.shownProperty().addListener(o -> showSelected());
    }

    public StockHeatLayer stockLayer() {
        return stockLayer;
    }

    public DemandHeatLayer demandLayer() {
        return demandLayer;
    }

    /** The controller feeding the demand layer; {@code null} before install. */
    public DemandHeatmap demand() {
        return demand;
    }

    /** The controller feeding the stock layer; {@code null} before install. */
    public StockHeatmap stock() {
        return stock;
    }

    private void showSelected() {
        Node site = network.selectedProperty().get();
        inspector.show(
                site == null || !stockLayer.shownProperty().get()
                        ? null
                        : stockLayer.reading(site.code()).orElse(null));
    }
}
