package dev.microtower.simulation.ui;

import dev.microtower.network.domain.Node;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.simulation.service.SimulationService;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.MapDepth;
import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuItem;

/**
 * The fulfilment simulation in the window: the KPI dashboard as a side panel (policy, weights,
 * tiles with Δ against the baseline, the per-day chart, drill-down to lost lines and late orders,
 * "why this site?"), the selected site's KPIs in the inspector, a map layer colouring the sites by
 * any of those KPIs (below the site markers), a regional DC's vendor supply by category in the
 * inspector (editable, one undoable edit per change), and a menu item that opens the panel.
 */
public final class SimulationModule implements FeatureModule {
    /** The side panel's id. */
    public static final String PANEL = "fulfilment";

    private final KpiMapLayer kpiLayer = new KpiMapLayer();
    private DashboardModel model;
    private DashboardController controller;

    @Override
    public void install(Workbench bench) {
        model = new DashboardModel();
        controller = new DashboardController(bench, model);
        DashboardView view = new DashboardView(model, controller);
        bench.addSidePanel(PANEL, "Fulfilment", view.node());
        MenuItem open = new MenuItem("Fulfilment KPIs");
        open.setOnAction(e -> {
            bench.showSidePanel(PANEL);
            controller.start();
        });
        bench.addMenuItems(MenuPlace.VIEW, open);
        NetworkModel network = bench.service(NetworkModel.class);
        SiteKpisSection section = new SiteKpisSection();
        bench.addInspectorSection(section.node());
        CategorySupplySection supply = new CategorySupplySection(
                bench, () -> network.selectedProperty().get());
        bench.addInspectorSection(supply.node());
        bench.map().addOverlay(MapDepth.PREVIEW, kpiLayer);
        Runnable showSite = () -> section.show(
                network.selectedProperty().get(),
                model.run.get(),
                kpiLayer.shownProperty().get() ? kpiLayer.kpiProperty().get().id() : null);
        Runnable showRun = () -> {
            SimulationService.Run run = model.run.get();
            kpiLayer.show(run == null ? null : run.result().bySite(), network.sites());
        };
        network.selectedProperty().addListener(o -> {
            showSite.run();
            supply.refresh();
        });
        model.run.addListener(o -> {
            showRun.run();
            showSite.run();
        });
        network.sites().addListener((ListChangeListener<Node>) c -> showRun.run());
        kpiLayer.kpiProperty().addListener(o -> showSite.run());
        kpiLayer.shownProperty().addListener((o, was, now) -> {
            showSite.run();
            if (now) {
                // the layer needs a run: switching it on starts the simulation, as opening the panel does
                controller.start();
            }
        });
    }

    /** The dashboard's state, for tests. */
    public DashboardModel model() {
        return model;
    }

    /** The map layer colouring the sites by a KPI. */
    public KpiMapLayer kpiLayer() {
        return kpiLayer;
    }

    public DashboardController controller() {
        return controller;
    }
}
