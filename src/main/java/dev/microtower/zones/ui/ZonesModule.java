package dev.microtower.zones.ui;

import dev.microtower.network.ui.NetworkModel;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.MapDepth;

/**
 * The delivery zones feature of the window: the zones on the map below every other layer (so heat
 * colours stay true), and the Zones side panel with the tools to draw, edit, generate, import and
 * export them and the same-day coverage with its hot spots.
 */
public final class ZonesModule implements FeatureModule {
    /** The node id of the Zones side panel, for {@link Workbench#showSidePanel}. */
    public static final String PANEL = "zones-tab";

    private final ZonesLayer layer = new ZonesLayer();
    private ZoneEditor editor;

    @Override
    public void install(Workbench bench) {
        editor = new ZoneEditor(bench, layer, bench.service(NetworkModel.class));
        bench.map().addOverlay(MapDepth.AREAS, layer);
        bench.addSidePanel(PANEL, "Zones", editor.view());
    }

    /** The controller; {@code null} before the module is installed. */
    public ZoneEditor editor() {
        return editor;
    }
}
