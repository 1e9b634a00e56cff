package dev.microtower.ui.framework;

import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The window's typed stream of data changes. Whoever writes (an import, an accepted transfer,
 * applied rules, an edited zone, an undo) publishes what it touched once the write succeeded;
 * views and caches subscribe to the kinds they show. Used on the FX thread.
 */
public final class DataChanges {
    /** Ends a subscription. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private record Listener(Set<DataKind> kinds, Consumer<DataChange> consumer) {}

    private record Key(ScenarioId scenario, DataKind kind) {}

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Map<Key, Long> lastChanged = new HashMap<>();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");

    /** Says that {@code kinds} of {@code scenario} changed; returns the change as published. */
    public DataChange publish(ScenarioId scenario, Set<DataKind> kinds) {
        DataChange change = new DataChange(scenario, kinds, version.get() + 1);
        version.set(change.version());
        for (DataKind kind : change.kinds()) {
            lastChanged.put(new Key(scenario, kind), change.version());
        }
        for (Listener listener : listeners) {
            if (change.touchesAny(listener.kinds())) {
                listener.consumer().accept(change);
            }
        }
        return change;
    }

    /** Hears every change that touches one of {@code kinds}. */
    public Subscription subscribe(Set<DataKind> kinds, Consumer<DataChange> consumer) {
        Listener listener = new Listener(Set.copyOf(kinds), consumer);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Hears every change. */
    public Subscription subscribe(Consumer<DataChange> consumer) {
        return subscribe(DataChange.everything(), consumer);
    }

    /** Goes up by one with each change; a cache keyed by it knows when it is stale. */
    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public long version() {
        return version.get();
    }

    /**
     * The version of the newest change of {@code kind} in {@code scenario}, 0 if none since the
     * database was opened. An edit remembers it after its write; its undo compares, and refuses
     * when someone else changed the same data since.
     */
    public long version(ScenarioId scenario, DataKind kind) {
        return lastChanged.getOrDefault(new Key(scenario, kind), 0L);
    }

    /** The newest version among {@code kinds} of {@code scenario}. */
    public long version(ScenarioId scenario, Set<DataKind> kinds) {
        long newest = 0;
        for (DataKind kind : kinds) {
            newest = Math.max(newest, version(scenario, kind));
        }
        return newest;
    }
}
