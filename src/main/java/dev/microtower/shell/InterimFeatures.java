package dev.microtower.shell;

import dev.microtower.allocation.ui.RulesEditor;
import dev.microtower.allocation.ui.TargetChangeLayer;
import dev.microtower.app.OpenSession;
import dev.microtower.core.DataChange;
import dev.microtower.heatmaps.domain.SiteReading;
import dev.microtower.heatmaps.ui.DemandHeatLayer;
import dev.microtower.heatmaps.ui.DemandHeatmap;
import dev.microtower.heatmaps.ui.HeatPalette;
import dev.microtower.heatmaps.ui.StockHeatLayer;
import dev.microtower.heatmaps.ui.StockHeatmap;
import dev.microtower.network.domain.Node;
import dev.microtower.network.ui.NetworkModel;
import dev.microtower.network.ui.NetworkModule;
import dev.microtower.network.ui.SitesLayer;
import dev.microtower.rebalancing.ui.PlanController;
import dev.microtower.store.Database;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.UndoHistory;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.MapDepth;
import dev.microtower.ui.map.MapPane;
import dev.microtower.zones.ui.ZoneEditor;
import dev.microtower.zones.ui.ZonesLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableLongValue;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * TRANSITIONAL: the features that are not yet modules of their own (the plan, the rules editor,
 * the zone editor and the heatmaps), put together in one place so that the rest of the shell knows
 * no feature. It offers them the part of the old main window they still call. Delete it, and its
 * line in {@code App.modules()}, once {@code PlanModule}, {@code RulesModule}, {@code ZonesModule}
 * and {@code HeatmapsModule} are registered.
 */
public final class InterimFeatures implements FeatureModule {
    private MainWindow window;
    private SitesLayer sites;
    private final TargetChangeLayer targetChange = new TargetChangeLayer();
    private final ZonesLayer zones = new ZonesLayer();
    private final DemandHeatLayer demandHeat = new DemandHeatLayer();
    private final StockHeatLayer stockHeat = new StockHeatLayer();
    private final GridPane heat = new GridPane();
    private final Label heatTitle = new Label("Stock heatmap");
    private PlanController plans;
    private ZoneEditor zoneEditor;
    private RulesEditor rulesEditor;
    // they feed the heat layers from the database in the background
    private StockHeatmap stockHeatmap;
    private DemandHeatmap demandHeatmap;

    /** The interim features of {@code window}. */
    public static InterimFeatures of(MainWindow window) {
        return window.module(InterimFeatures.class);
    }

    @Override
    public void install(Workbench bench) {
        window = (MainWindow) bench;
        sites = window.module(NetworkModule.class).sites();
        MapPane map = bench.map();
        // zones at the bottom, then heat (demand below stock), the rules preview; the sites are above
        map.addOverlay(MapDepth.AREAS, zones);
        map.addOverlay(MapDepth.HEAT, demandHeat);
        map.addOverlay(MapDepth.HEAT, stockHeat);
        map.addOverlay(MapDepth.PREVIEW, targetChange);
        // while zones are edited or drawn, clicks go to the zones layer, not to the sites above it
        map.editingProperty().bind(zones.modeProperty().isNotEqualTo(ZonesLayer.Mode.VIEW));
        plans = new PlanController(this);
        // above the sites, but mouse-transparent: markers stay clickable
        map.addOverlay(MapDepth.FLOWS, plans.flows());
        stockHeatmap = new StockHeatmap(stockHeat, bench.work(), this::database, dataVersionProperty());
        demandHeatmap = new DemandHeatmap(demandHeat, bench.work(), this::database, dataVersionProperty());
        zoneEditor = new ZoneEditor(this, zones);
        // as the old window did once a network was shown: these features read what they show on a new version
        bench.readyProperty().addListener((o, was, ready) -> {
            if (ready) {
                dataChanged();
            }
        });
        bench.addSidePanel("zones-tab", "Zones", zoneEditor.view());

        Menu planMenu = plans.menu();
        List<MenuItem> planItems = new ArrayList<>(planMenu.getItems());
        planMenu.getItems().clear();
        bench.addMenuItems(MenuPlace.PLAN, planItems.toArray(MenuItem[]::new));
        bench.addToolbarItems(plans.toolbarButton());
        bench.setDrawer(plans.drawer());
        MenuItem rules = new MenuItem("Allocation rules…");
        rules.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        rules.setOnAction(e -> rulesEditor().show());
        rules.disableProperty().bind(bench.readyProperty().not());
        bench.addMenuItems(MenuPlace.RULES, rules);

        heatTitle.getStyleClass().add("section-title");
        heat.getStyleClass().add("properties");
        heat.setId("inspector-heat");
        heat.setHgap(10);
        heat.setVgap(3);
        VBox section = new VBox(6, heatTitle, heat);
        section.managedProperty().bind(section.visibleProperty());
        section.setVisible(false);
        bench.addInspectorSection(section);
        NetworkModel network = bench.service(NetworkModel.class);
        network.selectedProperty()
                .addListener(o -> showHeat(section, network.selectedProperty().get()));
        stockHeat
                .readingsProperty()
                .addListener(o -> showHeat(section, network.selectedProperty().get()));
        stockHeat
                .shownProperty()
                .addListener(o -> showHeat(section, network.selectedProperty().get()));
    }

    // ---- what the interim features call on the window ----

    public Optional<Database> database() {
        return window.session().map(open -> ((OpenSession) open).database());
    }

    public void dataChanged() {
        window.changes().publish(window.scenario(), DataChange.everything());
    }

    public ObservableLongValue dataVersionProperty() {
        return window.changes().versionProperty();
    }

    public BooleanProperty drawerShownProperty() {
        return window.drawerShownProperty();
    }

    public UndoHistory history() {
        return window.history();
    }

    public void undo() {
        window.undo();
    }

    public void redo() {
        window.redo();
    }

    public MapPane map() {
        return window.map();
    }

    public Window owner() {
        return window.owner();
    }

    public Parent root() {
        return window.root();
    }

    public SitesLayer sites() {
        return sites;
    }

    public Work work() {
        return window.work();
    }

    // ---- what tests reach ----

    public PlanController plans() {
        return plans;
    }

    /** The allocation rules editor of this window, made on first use. */
    public RulesEditor rulesEditor() {
        if (rulesEditor == null) {
            rulesEditor = new RulesEditor(this, targetChange);
        }
        return rulesEditor;
    }

    public TargetChangeLayer targetChange() {
        return targetChange;
    }

    public ZoneEditor zoneEditor() {
        return zoneEditor;
    }

    /** Brings the zone tools to the front of the side panel. */
    public void showZoneTools() {
        window.showSidePanel("zones-tab");
    }

    public StockHeatLayer stockHeat() {
        return stockHeat;
    }

    public DemandHeatLayer demandHeat() {
        return demandHeat;
    }

    public StockHeatmap stockHeatmap() {
        return stockHeatmap;
    }

    public DemandHeatmap demandHeatmap() {
        return demandHeatmap;
    }

    // ---- the stock heatmap's part of the inspector ----

    /** The numbers behind the selected site's colour on the stock heatmap, while it is shown. */
    private void showHeat(VBox section, Node node) {
        SiteReading reading = node == null || !stockHeat.shownProperty().get()
                ? null
                : stockHeat.reading(node.code()).orElse(null);
        heat.getChildren().clear();
        section.setVisible(reading != null);
        if (reading == null) {
            return;
        }
        Label band = new Label(reading.band().label(), HeatPalette.swatch(HeatPalette.colour(reading)));
        band.setId("inspector-heat-band");
        band.getStyleClass().add("property-value");
        Label bandKey = new Label("Band");
        bandKey.getStyleClass().add("property-name");
        int row = 0;
        row = property(row, "Measure", reading.measure().label());
        row = property(row, "Assortment", reading.filter().label());
        row = property(row, "Value", reading.formattedValue());
        heat.addRow(row++, bandKey, band);
        row = property(
                row,
                "Available",
                String.format(
                        "%,d (on hand %,d + in transit %,d − reserved %,d)",
                        reading.available(), reading.onHand(), reading.inTransit(), reading.reserved()));
        row = property(
                row,
                "Covering targets",
                String.format("%,d (each SKU's stock up to its maximum level)", reading.covering()));
        row = property(row, "Target", String.format("%,d", reading.target()));
        row = property(row, "Safety stock", String.format("%,.1f", reading.safetyStock()));
        row = property(row, "Maximum level", String.format("%,d", reading.maxLevel()));
        row = property(row, "Forecast / day", String.format("%,.1f", reading.dailyForecast()));
        double cover = reading.daysOfCover();
        row = property(
                row,
                "Days of cover",
                Double.isNaN(cover) ? null : Double.isInfinite(cover) ? "no demand" : String.format("%.1f", cover));
        double used = reading.utilisation();
        row = property(row, "Capacity use", Double.isNaN(used) ? null : String.format("%.0f %%", used * 100));
        property(row, "SKUs too little", String.format("%,d of %,d", reading.skusTooLittle(), reading.skus()));
    }

    private int property(int row, String name, String value) {
        Label key = new Label(name);
        key.getStyleClass().add("property-name");
        key.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(value == null || value.isBlank() ? "—" : value);
        text.getStyleClass().add("property-value");
        text.setWrapText(true);
        text.setPrefWidth(140);
        heat.addRow(row, key, text);
        return row + 1;
    }
}
