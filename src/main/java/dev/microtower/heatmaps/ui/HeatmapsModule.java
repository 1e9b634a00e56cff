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

    @Override
    public void install(Workbench bench) {
        network = bench.service(NetworkModel.class);
        // installed in this order, demand draws below stock
        bench.map().addOverlay(MapDepth.HEAT, demandLayer);
        bench.map().addOverlay(MapDepth.HEAT, stockLayer);
        new DemandHeatmap(demandLayer, bench);
        new StockHeatmap(stockLayer, bench);
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

    private void showSelected() {
        Node site = network.selectedProperty().get();
        inspector.show(
                site == null || !stockLayer.shownProperty().get()
                        ? null
                        : stockLayer.reading(site.code()).orElse(null));
    }
}
