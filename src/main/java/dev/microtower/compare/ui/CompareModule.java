package dev.microtower.compare.ui;

import dev.microtower.network.ui.NetworkModel;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.Workbench;
import javafx.scene.control.MenuItem;

/**
 * Comparing scenarios in the window: the "Compare scenarios" side panel (KPI table, differences
 * only, risk scan) and the map overlay that rings what the compared scenarios changed over the
 * reference. Installed after the network module, whose model it uses to select a site.
 */
public final class CompareModule implements FeatureModule {
    /** The side panel's id. */
    public static final String PANEL = "compare-tab";

    private CompareModel model;
    private ChangesLayer layer;
    private ComparePanel panel;
    private CompareController controller;

    @Override
    public void install(Workbench bench) {
        NetworkModel network = bench.service(NetworkModel.class);
        model = new CompareModel();
        layer = ChangesLayer.of(bench); // the Scenarios panel, installed before, rings its changes on it too
        controller = new CompareController(bench, model, layer);
        panel = new ComparePanel(
                model, controller, risk -> network.site(risk.site().code()).ifPresent(site -> {
                    network.selectedProperty().set(site);
                    bench.map()
                            .show(
                                    site.location(),
                                    Math.max(bench.map().viewport().zoom(), 11));
                }));
        bench.addSidePanel(PANEL, "Compare scenarios", panel.root());
        MenuItem compare = new MenuItem("Compare scenarios…");
        compare.setOnAction(e -> {
            controller.reloadScenarios();
            bench.showSidePanel(PANEL);
        });
        MenuItem scan = new MenuItem("Risk scan: close each site in turn");
        scan.setOnAction(e -> {
            bench.showSidePanel(PANEL);
            controller.riskScan();
        });
        bench.addMenuItems(MenuPlace.PLAN, compare, scan);
        controller.reloadScenarios();
    }

    CompareModel model() {
        return model;
    }

    ComparePanel panel() {
        return panel;
    }

    CompareController controller() {
        return controller;
    }

    public ChangesLayer layer() {
        return layer;
    }
}
