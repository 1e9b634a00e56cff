package dev.microtower.rebalancing.ui;

import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.MapDepth;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The Plan feature: the Plan menu and toolbar button, the flows of the plan run shown on the map
 * above the sites, and the suggestions drawer under the map. Needs the network module's {@code
 * NetworkModel} for the sites' names and positions.
 */
public final class PlanModule implements FeatureModule {
    private final PlanModel model = new PlanModel();
    private final FlowsLayer flows = new FlowsLayer();
    private final SuggestionsTable table = new SuggestionsTable();
    private PlanController controller;

    @Override
    public void install(Workbench bench) {
        controller = new PlanController(bench, model, flows, table);
        // above the sites, but clicks on a marker go to the marker
        bench.map().addOverlay(MapDepth.FLOWS, flows);
        model.drawerShownProperty().addListener((o, was, shown) -> bench.setDrawer(shown ? table : null));
        bench.addMenuItems(MenuPlace.PLAN, menuItems());
        bench.addToolbarItems(toolbarButton());
    }

    private MenuItem[] menuItems() {
        MenuItem plan = new MenuItem("Plan network");
        plan.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        plan.setOnAction(e -> controller.plan());
        plan.disableProperty().bind(model.planningProperty());
        MenuItem settings = new MenuItem("Plan settings…");
        settings.setOnAction(e -> controller.chooseSettings());
        MenuItem export = new MenuItem("Export accepted transfers…");
        export.setOnAction(e -> controller.chooseExportFile());
        export.disableProperty().bind(model.runProperty().isNull());
        CheckMenuItem drawer = new CheckMenuItem("Suggestions panel");
        drawer.setAccelerator(
                new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        drawer.selectedProperty().bindBidirectional(model.drawerShownProperty());
        return new MenuItem[] {plan, settings, export, new SeparatorMenuItem(), drawer};
    }

    private Button toolbarButton() {
        Button button = new Button("Plan");
        button.setId("plan-button");
        button.getStyleClass().add("plan-button");
        button.setTooltip(new Tooltip("Forecast demand, set targets and propose transfers and replenishments (Ctrl+P);"
                + " the plan is stored and shown on the map"));
        button.setOnAction(e -> controller.plan());
        button.disableProperty().bind(model.planningProperty());
        return button;
    }

    public PlanModel model() {
        return model;
    }

    public PlanController controller() {
        return controller;
    }

    public FlowsLayer flows() {
        return flows;
    }

    public SuggestionsTable table() {
        return table;
    }
}
