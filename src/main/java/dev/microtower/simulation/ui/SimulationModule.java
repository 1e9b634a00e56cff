package dev.microtower.simulation.ui;

import dev.microtower.network.ui.NetworkModel;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.Workbench;
import javafx.scene.control.MenuItem;

/**
 * The fulfilment simulation in the window: the KPI dashboard as a side panel (policy, weights,
 * tiles with Δ against the baseline, the per-day chart, drill-down to lost lines and late orders,
 * "why this site?"), the selected site's KPIs in the inspector, and a menu item that opens the panel.
 */
public final class SimulationModule implements FeatureModule {
    /** The side panel's id. */
    public static final String PANEL = "fulfilment";

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
        Runnable showSite = () -> section.show(network.selectedProperty().get(), model.run.get());
        network.selectedProperty().addListener(o -> showSite.run());
        model.run.addListener(o -> showSite.run());
    }

    /** The dashboard's state, for tests. */
    public DashboardModel model() {
        return model;
    }

    public DashboardController controller() {
        return controller;
    }
}
