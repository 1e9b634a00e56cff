package dev.microtower.ui.framework;

import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.ui.map.MapPane;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

/**
 * A workbench without a window, for controller tests: work on the immediate runner, a real change
 * stream and undo history, a map pane that is never shown, and the contributions kept in lists.
 * Messages and errors are kept too, so a test can read what the user would have been told.
 */
public final class TestBench implements Workbench {
    private final Work work = Work.immediate();
    private final DataChanges changes = new DataChanges();
    private final UndoHistory history = new UndoHistory(work, changes);
    private final MapPane map = new MapPane();
    private final ObjectProperty<Session> session = new SimpleObjectProperty<>(this, "session");
    private final ObjectProperty<ScenarioId> scenario =
            new SimpleObjectProperty<>(this, "scenario", ScenarioId.BASELINE);
    private final SimpleBooleanProperty ready = new SimpleBooleanProperty(this, "ready", true);
    private final Map<Class<?>, Object> services = new HashMap<>();
    private final Map<MenuPlace, List<MenuItem>> menus = new EnumMap<>(MenuPlace.class);
    private final Map<String, Node> sidePanels = new LinkedHashMap<>();
    /** What the user would have read: status lines and the titles of error boxes, in order. */
    public final List<String> told = new ArrayList<>();

    public TestBench() {
        history.follow(scenario);
        history.setReporter((title, message) -> told.add(title + ": " + message));
    }

    /** The session features see; setting it is what opening a database does. */
    public ObjectProperty<Session> openSession() {
        return session;
    }

    /** The scenario the bench follows; setting it is what switching scenarios does. */
    public ObjectProperty<ScenarioId> followedScenario() {
        return scenario;
    }

    public Map<MenuPlace, List<MenuItem>> menus() {
        return menus;
    }

    public Map<String, Node> sidePanels() {
        return sidePanels;
    }

    @Override
    public ReadOnlyObjectProperty<Session> sessionProperty() {
        return session;
    }

    @Override
    public ReadOnlyObjectProperty<ScenarioId> scenarioProperty() {
        return scenario;
    }

    @Override
    public void switchScenario(ScenarioId to) {
        scenario.set(to);
    }

    @Override
    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
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
        return null;
    }

    @Override
    public List<String> stylesheets() {
        return List.of();
    }

    @Override
    public void showStatus(String message) {
        told.add(message);
    }

    @Override
    public void showError(String title, Throwable failure) {
        told.add(title + ": " + Failures.explain(failure));
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
        menus.computeIfAbsent(place, p -> new ArrayList<>()).addAll(List.of(items));
    }

    @Override
    public void addToolbarItems(Node... items) {}

    @Override
    public void addSidePanel(String id, String title, Node content) {
        sidePanels.put(id, content);
    }

    @Override
    public void showSidePanel(String id) {}

    @Override
    public void addInspectorSection(Node section) {}

    @Override
    public void setDrawer(Node drawer) {}

    @Override
    public Runnable holdReady() {
        return () -> {};
    }

    @Override
    public void addFileDrop(Predicate<Path> accepts, Consumer<List<Path>> handler) {}
}
