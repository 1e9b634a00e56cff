package dev.microtower.ui.framework;

import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.ui.map.MapPane;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/**
 * What the main window offers the features plugged into it, and where they contribute. A {@link
 * FeatureModule} gets this at install time and keeps it; the shell implements it and knows no
 * feature. All methods are called on the FX thread.
 *
 * <p>Offered: the open {@link Session} (its stores and services by type), the current scenario,
 * the {@link Work} runner with its lanes, the current scenario's {@link UndoHistory}, the typed
 * stream of {@link DataChanges}, the {@link MapPane}, and what earlier modules {@link #provide
 * provided} (the network module's model of sites, SKUs and the selection). Contributed: overlays
 * (on {@link #map()} at a named depth), menu items, toolbar items, side panels, inspector
 * sections, the drawer under the map and handlers for dropped files.
 */
public interface Workbench {
    /** The open database with its services, or {@code null} while none is open. */
    ReadOnlyObjectProperty<Session> sessionProperty();

    default Optional<Session> session() {
        return Optional.ofNullable(sessionProperty().get());
    }

    /** The scenario every view follows; the baseline until the user switches. */
    ReadOnlyObjectProperty<ScenarioId> scenarioProperty();

    default ScenarioId scenario() {
        return scenarioProperty().get();
    }

    /**
     * Whether the window still shows what a result was read or computed for: the same open {@link
     * Session} object (a reopened database is another) and a scenario equal to {@code scenario}.
     * Background work checks this before it shows its result, so a read that ends after a switch
     * never shows the scenario the window left.
     */
    default boolean stillShows(Session session, ScenarioId scenario) {
        return session != null && session == sessionProperty().get() && scenario != null && scenario.equals(scenario());
    }

    /**
     * Makes {@code scenario} the one every view follows: the undo history, the map and every panel
     * switch to it. Reopening a database goes back to the baseline.
     */
    void switchScenario(ScenarioId scenario);

    /** True while a network is on screen: features enable their actions on it. */
    ReadOnlyBooleanProperty readyProperty();

    /**
     * Keeps {@link #readyProperty()} false after a database opened until the returned release runs
     * (once is enough; later calls do nothing). The network module holds it while it reads the
     * sites, so "ready" means the network is on the map.
     */
    Runnable holdReady();

    Work work();

    /** The undo history of the current scenario. */
    UndoHistory history();

    DataChanges changes();

    MapPane map();

    /** The window, as owner of a feature's dialogs and stages; {@code null} before it is shown. */
    Window owner();

    /** The style sheets of the main window, for a feature's own stage. */
    List<String> stylesheets();

    /** What the status bar says when no task runs, e.g. the outcome of the last one. */
    void showStatus(String message);

    /** A failure in words, shown in a message box owned by the window. */
    void showError(String title, Throwable failure);

    /**
     * A window-wide model or service a module provided, e.g. the network module's {@code
     * NetworkModel} of sites, SKUs and the selection.
     *
     * @throws IllegalArgumentException if no installed module provides one
     */
    <T> T service(Class<T> type);

    // ---- contributions ----

    /** Offers {@code service} to the modules installed after this one, under {@code type}. */
    <T> void provide(Class<T> type, T service);

    void addMenuItems(MenuPlace place, MenuItem... items);

    void addToolbarItems(Node... items);

    /** Adds a tab to the side panel beside the map; {@code id} is the tab's node id. */
    void addSidePanel(String id, String title, Node content);

    /** Brings the side panel {@code id} to the front, showing the side panels if they were folded away. */
    void showSidePanel(String id);

    /**
     * Whether the side panel {@code id} is in front and the side panels are not folded away, so a
     * module can leave work nobody would see until its panel shows. A workbench that cannot tell
     * reports it always shown.
     */
    default ObservableBooleanValue sidePanelShown(String id) {
        return new ReadOnlyBooleanWrapper(true);
    }

    /** Adds a section to the inspector of the selected site, below those added before. */
    void addInspectorSection(Node section);

    /** Puts {@code drawer} under the map, in a split the user can resize. */
    void setDrawer(Node drawer);

    /**
     * Hides every part of the window but the map (menus, toolbar, side panels, inspector, drawer
     * and status bar) and lays {@code overlay} over the map, for presenting; {@link
     * #endPresentation()} puts every part back as it was. A second call swaps the overlay.
     */
    default void present(Node overlay) {
        throw new UnsupportedOperationException("this workbench cannot present");
    }

    /** Leaves {@link #present presenting}: the window's parts come back as they were; nothing when not presenting. */
    default void endPresentation() {}

    /**
     * Takes files dropped on the window: the first handler whose {@code accepts} takes any of the
     * files gets those it accepts, on the FX thread.
     */
    void addFileDrop(Predicate<Path> accepts, Consumer<List<Path>> handler);
}
