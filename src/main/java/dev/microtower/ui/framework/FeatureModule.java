package dev.microtower.ui.framework;

/**
 * A feature of the window: zones, heatmaps, the plan, the rules editor. It reaches the window only
 * through the {@link Workbench} it is installed on, and contributes its overlays, menu items,
 * panels and inspector sections there; it never receives the main window. Modules are listed in
 * {@code App}; the window installs them in that order on the FX thread.
 */
public interface FeatureModule {
    /** Adds this feature's parts to the window; called once, on the FX thread. */
    void install(Workbench bench);
}
