package dev.microtower.allocation.ui;

import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.MapDepth;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The allocation rules feature of the window: Rules → Allocation rules… (Ctrl+R) opens the {@link
 * RulesEditor}, and its preview tints the map with the change of target per site, between the
 * heatmaps and the sites.
 */
public final class RulesModule implements FeatureModule {
    private final TargetChangeLayer layer = new TargetChangeLayer();
    private RulesEditor editor;

    @Override
    public void install(Workbench bench) {
        editor = new RulesEditor(bench, layer);
        bench.map().addOverlay(MapDepth.PREVIEW, layer);
        MenuItem rules = new MenuItem("Allocation rules…");
        rules.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        rules.setOnAction(e -> editor.show());
        rules.disableProperty().bind(bench.readyProperty().not());
        bench.addMenuItems(MenuPlace.RULES, rules);
    }

    /** The editor; {@code null} before the module is installed. */
    public RulesEditor editor() {
        return editor;
    }

    /** The map layer of the preview's change of target per site. */
    public TargetChangeLayer layer() {
        return layer;
    }
}
