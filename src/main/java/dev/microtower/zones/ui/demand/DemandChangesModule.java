package dev.microtower.zones.ui.demand;

import dev.microtower.network.ui.NetworkModel;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.MapDepth;

/**
 * The demand changes of the window: the Demand side panel that lists the current scenario's
 * what-ifs on demand with Add / Edit / Delete, and their districts outlined on the map with the
 * delivery zones (each labelled with its factor), where an area for a new change is drawn.
 */
public final class DemandChangesModule implements FeatureModule {
    /** The node id of the Demand side panel, for {@link Workbench#showSidePanel}. */
    public static final String PANEL = "demand-tab";

    private final DemandLayer layer = new DemandLayer();
    private DemandChanges changes;

    @Override
    public void install(Workbench bench) {
        changes = new DemandChanges(bench, layer, bench.service(NetworkModel.class));
        bench.map().addOverlay(MapDepth.AREAS, layer);
        bench.addSidePanel(PANEL, "Demand", changes.view());
    }

    /** The controller; {@code null} before the module is installed. */
    public DemandChanges changes() {
        return changes;
    }
}
