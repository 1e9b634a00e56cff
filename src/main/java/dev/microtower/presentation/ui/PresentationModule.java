package dev.microtower.presentation.ui;

import dev.microtower.network.ui.NetworkModel;
import dev.microtower.presentation.domain.Storyboard;
import dev.microtower.presentation.export.Shot;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.Workbench;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;

/**
 * Presenting to stakeholders: View → Presentation mode (F5) shows only the map with a title, KPI
 * tiles, a legend and a scale bar over it; the Storyboard side panel keeps saved views to step
 * through with the keys of a presentation clicker and to export as PDF, PNG or JSON. Installed
 * after the network module (the selection) and every module that adds a map layer, whose layers
 * a view saves.
 */
public final class PresentationModule implements FeatureModule {
    /** The side panel's id. */
    public static final String PANEL = "storyboard-tab";

    private Presenter presenter;
    private StoryboardPanel panel;

    @Override
    public void install(Workbench bench) {
        NetworkModel network = bench.service(NetworkModel.class);
        presenter = new Presenter(bench, network);
        panel = new StoryboardPanel(bench, presenter);
        bench.addSidePanel(PANEL, "Storyboard", panel);
        MenuItem present = new MenuItem("Presentation mode");
        present.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        present.setOnAction(e -> panel.present());
        present.disableProperty().bind(bench.readyProperty().not());
        MenuItem storyboard = new MenuItem("Storyboard");
        storyboard.setOnAction(e -> bench.showSidePanel(PANEL));
        bench.addMenuItems(MenuPlace.VIEW, present, storyboard);
    }

    /** Whether presentation mode is on. */
    public boolean presenting() {
        return presenter.presentingProperty().get();
    }

    /** The view of the storyboard shown in presentation mode, −1 for the window's own view. */
    public int shownView() {
        return presenter.indexProperty().get();
    }

    /** Enters presentation mode on {@code storyboard} from its first view, without full screen; FX thread. */
    public void present(Storyboard storyboard) {
        presenter.enter(storyboard, 0, false);
    }

    /** Leaves presentation mode; FX thread. */
    public void leave() {
        presenter.leave();
    }

    /** Whether the view shown is finished: sites, tiles, base map and layers (the command line waits for it). */
    public boolean settled() {
        return presenter.settled(true);
    }

    /** Whether the mouse pointer is hidden after resting. */
    public boolean cursorHidden() {
        return presenter.cursorHidden();
    }

    /** The titles of the KPI tiles shown. */
    public List<String> tileTitles() {
        return presenter.view().tileTitles();
    }

    /** Shows every view of {@code storyboard} in turn and takes its pictures; completes on the FX thread. */
    public CompletableFuture<List<Shot>> shots(Storyboard storyboard) {
        return presenter.shots(storyboard);
    }

    StoryboardPanel panel() {
        return panel;
    }
}
