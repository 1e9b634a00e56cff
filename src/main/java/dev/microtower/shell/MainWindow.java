package dev.microtower.shell;

import dev.microtower.app.FirstLoad;
import dev.microtower.app.OpenSession;
import dev.microtower.core.FileCheck;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.ui.framework.DataChanges;
import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.FeatureModule;
import dev.microtower.ui.framework.MenuPlace;
import dev.microtower.ui.framework.UndoHistory;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import dev.microtower.ui.map.MapOverlay;
import dev.microtower.ui.map.MapPane;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The window users live in: the map in the centre, side panels on the left, the inspector on the
 * right, the toolbar on top and background work at the bottom. It offers the {@link Workbench} to
 * the feature modules it is given and knows none of them: what the window shows of a network,
 * the features contribute.
 */
public final class MainWindow implements Workbench {
    /** Where the window is in showing a database. */
    public enum State {
        EMPTY,
        LOADING,
        READY,
        FAILED
    }

    private final Work work;
    private final FirstStart firstStart;
    private final List<FeatureModule> modules;
    private final MapPane map = new MapPane();
    private final DataChanges changes = new DataChanges();
    private final UndoHistory history;
    private final Map<Class<?>, Object> services = new HashMap<>();
    private final ReadOnlyObjectWrapper<Session> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyObjectWrapper<ScenarioId> scenario =
            new ReadOnlyObjectWrapper<>(this, "scenario", ScenarioId.BASELINE);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EMPTY);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final WindowLayout layout;
    private final StatusBar status;
    private final Menus menus;
    private final WindowToolBar toolBar = new WindowToolBar();
    private final FileDrops drops = new FileDrops();
    private final BaseMapChoice baseMap = new BaseMapChoice(this);
    private int readyHolds;
    private String lastFailure = "";

    /** A window with the features of {@code modules}, installed in that order. */
    public MainWindow(Work work, FirstStart firstStart, List<FeatureModule> modules) {
        this.work = work;
        this.modules = List.copyOf(modules);
        this.firstStart = Objects.requireNonNull(firstStart);
        ready.bind(state.isEqualTo(State.READY));
        history = new UndoHistory(work, changes);
        history.follow(scenario.getReadOnlyProperty());
        layout = new WindowLayout(
                map, new LayersPanel(map.overlays()), LayoutSettings.load(LayoutSettings.defaultFile()));
        status = new StatusBar(work, map);
        history.setReporter((title, message) -> Dialogs.error(owner(), title, message));
        menus = new Menus(new WindowActions(this), history, layout);
        layout.root().setTop(new VBox(menus.bar(), toolBar.bar()));
        layout.root().setBottom(status);
        drops.attach(layout.root());
        // the shared forecast follows every change of the data it was made from
        changes.subscribe(change -> session().ifPresent(open -> open.changed(change)));
        for (FeatureModule module : this.modules) {
            module.install(this);
        }
    }

    /** The installed module of type {@code type}, e.g. for a test to reach its controller. */
    public <M extends FeatureModule> M module(Class<M> type) {
        return modules.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no module " + type.getSimpleName()));
    }

    public Parent root() {
        return layout.root();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last attempt to open a database failed, in words. */
    public String lastFailure() {
        return lastFailure;
    }

    /** Whether the network is shown and every base-map tile in view has loaded. */
    public boolean mapComplete() {
        return state.get() == State.READY
                && map.tilesLoaded()
                && map.overlays().stream().allMatch(MapOverlay::settled)
                && !map.viewport().isEmpty();
    }

    /** Whether the drawer under the map is open. */
    public ReadOnlyBooleanProperty drawerShownProperty() {
        return layout.drawerShownProperty();
    }

    /** The first-start card over the map is showing. */
    public boolean firstStartShown() {
        return layout.loadingShown();
    }

    /** Undoes the newest edit in the background; does nothing when there is none. */
    public void undo() {
        history.undo();
    }

    /** Makes the newest undone edit again in the background. */
    public void redo() {
        history.redo();
    }

    /** Switches to the base map chosen in an earlier session, if it is not the built-in one. */
    public void applySavedBaseMap() {
        baseMap.applySaved();
    }

    /** Preferences → Base map. */
    void chooseBaseMap() {
        baseMap.choose();
    }

    // ---- the workbench ----

    @Override
    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyObjectProperty<ScenarioId> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    @Override
    public void switchScenario(ScenarioId to) {
        scenario.set(Objects.requireNonNull(to)); // the history and every module follow the property
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    @Override
    public Runnable holdReady() {
        readyHolds++;
        boolean[] released = {false};
        return () -> {
            if (!released[0]) {
                released[0] = true;
                readyHolds--;
                becomeReadyIfHeld();
            }
        };
    }

    private void becomeReadyIfHeld() {
        if (readyHolds == 0 && session.get() != null && state.get() == State.LOADING) {
            state.set(State.READY);
        }
    }

    @Override
    public Work work() {
        return work;
    }

    @Override
    public UndoHistory history() {
        return history;
    }

    @Override
    public DataChanges changes() {
        return changes;
    }

    @Override
    public MapPane map() {
        return map;
    }

    @Override
    public Window owner() {
        Scene scene = layout.root().getScene();
        return scene == null ? null : scene.getWindow();
    }

    @Override
    public List<String> stylesheets() {
        return layout.root().getStylesheets();
    }

    @Override
    public void showStatus(String message) {
        status.setIdleMessage(message);
    }

    @Override
    public void showError(String title, Throwable failure) {
        Dialogs.error(owner(), title, Failures.explain(failure));
    }

    @Override
    public <T> T service(Class<T> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new IllegalArgumentException("no module provides " + type.getSimpleName());
        }
        return type.cast(service);
    }

    @Override
    public <T> void provide(Class<T> type, T service) {
        services.put(type, service);
    }

    @Override
    public void addMenuItems(MenuPlace place, MenuItem... items) {
        menus.add(place, items);
    }

    @Override
    public void addToolbarItems(Node... items) {
        toolBar.add(items);
    }

    @Override
    public void addSidePanel(String id, String title, Node content) {
        layout.addSidePanel(id, title, content);
    }

    @Override
    public void showSidePanel(String id) {
        layout.showSidePanel(id);
    }

    @Override
    public ObservableBooleanValue sidePanelShown(String id) {
        return layout.sidePanelShown(id);
    }

    @Override
    public void addInspectorSection(Node section) {
        layout.addInspectorSection(section);
    }

    @Override
    public void setDrawer(Node drawer) {
        layout.setDrawer(drawer);
    }

    @Override
    public void present(Node overlay) {
        layout.present(Objects.requireNonNull(overlay));
    }

    @Override
    public void endPresentation() {
        layout.endPresentation();
    }

    /** Whether the window shows only the map, for presenting. */
    public boolean presenting() {
        return layout.presenting();
    }

    @Override
    public void addFileDrop(Predicate<Path> accepts, Consumer<List<Path>> handler) {
        drops.add(accepts, handler);
    }

    // ---- opening and closing ----

    /** Opens (creating if needed) the database at {@code path} in the background and shows it. */
    public void open(Path path) {
        state.set(State.LOADING);
        work.io("Opening " + path + "…", ctx -> {
                    boolean placed = firstStart.placeIfAbsent(path);
                    if (placed) {
                        ctx.progress(-1, 1, "First start: the demo network is in place; opening it…");
                    }
                    OpenSession opened = OpenSession.open(path, work.computeLane());
                    try {
                        if (placed) {
                            firstStart.placed(opened);
                        }
                        return new Opened(opened, FirstLoad.isEmpty(opened));
                    } catch (RuntimeException | Error e) {
                        opened.close();
                        throw e;
                    }
                })
                .onSuccess(opened -> {
                    if (opened.empty()) {
                        loadFirstStart(opened.session());
                    } else {
                        show(opened.session());
                    }
                })
                .onFailure(this::failedToOpen)
                .start();
    }

    private record Opened(OpenSession session, boolean empty) {}

    /** Fills a new database while the map shows the region it will cover, with a card saying how far it got. */
    private void loadFirstStart(OpenSession opened) {
        List<GeoPoint> region = firstStart.region();
        if (!region.isEmpty()) {
            map.fit(region);
        }
        Task<OpenSession> load = work.io("First start: loading the demo network…", ctx -> {
                    try {
                        firstStart.populate(opened, (message, done, total) -> ctx.progress(done, total, message));
                        return opened;
                    } catch (RuntimeException | Error e) {
                        opened.close();
                        throw e;
                    }
                })
                .onSuccess(filled -> {
                    layout.hideLoading();
                    show(filled);
                })
                .onFailure(failure -> {
                    layout.hideLoading();
                    failedToOpen(failure);
                })
                .onCancelled(() -> {
                    layout.hideLoading();
                    closeInBackground(opened);
                    state.set(session.get() == null ? State.EMPTY : State.READY);
                    status.setIdleMessage("First start cancelled; no database open");
                })
                .start();
        if (!load.isDone()) {
            layout.showLoading(load);
        }
    }

    private void show(OpenSession opened) {
        Session was = session.get();
        history.clear(); // edits of another database cannot be undone here
        scenario.set(ScenarioId.BASELINE); // another database's scenario ids mean nothing here
        if (was != null) {
            work.cancelAll(); // the other database's reads and computations: they would fail once it closes
        }
        session.set(opened); // the modules read what they show; the network module holds "ready" meanwhile
        if (was != null) {
            closeInBackground(was);
        }
        becomeReadyIfHeld();
        checkForDamage(opened);
    }

    /**
     * Reads the whole file in the background: opening reads only what it needs, so damage elsewhere
     * is told now, with the newest backup, instead of in the middle of an export or a plan.
     */
    private void checkForDamage(Session opened) {
        work.io("Checking " + opened.file().getFileName() + " for damage…", ctx -> opened.get(FileCheck.class)
                        .check(ctx, ctx.cancellation()))
                .onFailure(failure -> {
                    if (session.get() == opened) {
                        showError("The database file is damaged", failure);
                    }
                })
                .start();
    }

    private void failedToOpen(Throwable failure) {
        state.set(session.get() == null ? State.FAILED : State.READY);
        lastFailure = Failures.explain(failure);
        status.setIdleMessage("No database open");
        Dialogs.error(owner(), "Cannot open the database", lastFailure);
    }

    // closing can compact the file (seconds for a big one): never on the FX thread while the window is used
    private void closeInBackground(Session closing) {
        work.io("Closing " + closing.file().getFileName() + "…", ctx -> {
                    closing.close();
                    return closing;
                })
                .onFailure(failure -> showError("Cannot close the database", failure))
                .start();
    }

    /**
     * Releases the database at once, for when the window closes (the application stops, a test
     * ends); remembers the panels' layout for the next start.
     */
    public void closeDatabase() {
        saveLayout();
        if (session.get() != null) {
            // what still runs on it (a comparison, a forecast) would fail on the closed file and say so
            work.cancelAll();
            Session closing = session.get();
            session.set(null);
            closing.close();
        }
    }

    private void saveLayout() {
        try {
            layout.settings().save(LayoutSettings.defaultFile());
        } catch (RuntimeException e) {
            // a layout that cannot be remembered is no reason to fail closing
        }
    }
}
