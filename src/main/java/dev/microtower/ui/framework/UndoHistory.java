package dev.microtower.ui.framework;

import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.edit.DataWords;
import dev.microtower.core.edit.EditCommand;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The window's edits that can be undone and redone, one list per scenario: the menu and Ctrl+Z
 * act on the list of the scenario the window {@link #follow follows}, and the lists of other
 * scenarios are kept for when the user switches back. An editor hands over an {@link EditCommand} it has
 * made ({@link #record(EditCommand)}) or wants made ({@link #perform}); the history publishes what
 * the edit touched on the window's {@link DataChanges}, so every view follows, after an undo or a
 * redo too.
 *
 * <p>Undo and redo run on the {@link Work} IO lane, one at a time. Before either, the history
 * compares the version of each kind of data the edit touches with the version its own last change
 * of that kind produced: if something else (an import, an edit elsewhere) changed the data since,
 * the undo or redo is refused with a message in words and the edit is taken off the list, since
 * carrying it out would silently overwrite that change. Failures are reported in words too.
 *
 * <p>All methods are called on the FX thread.
 */
public final class UndoHistory {
    /** Tells the user why an undo or redo did not happen. */
    @FunctionalInterface
    public interface Reporter {
        void report(String title, String message);
    }

    private static final class Entry {
        final EditCommand edit;
        /** Kinds of data the edit touches that something else changed since; refused when not empty. */
        final Set<DataKind> changedSince = EnumSet.noneOf(DataKind.class);

        Entry(EditCommand edit) {
            this.edit = edit;
        }
    }

    private static final class Stacks {
        final Deque<Entry> undoable = new ArrayDeque<>();
        final Deque<Entry> redoable = new ArrayDeque<>();
        /** The version each kind had after this history's own last change of it. */
        final Map<DataKind, Long> own = new EnumMap<>(DataKind.class);
    }

    private final Work work;
    private final DataChanges changes;
    private final Map<ScenarioId, Stacks> byScenario = new HashMap<>();
    private final ObjectProperty<ScenarioId> scenario =
            new SimpleObjectProperty<>(this, "scenario", ScenarioId.BASELINE);
    private Reporter reporter = (title, message) -> {};
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /** A history whose undo and redo run on {@code work} and are published on {@code changes}. */
    public UndoHistory(Work work, DataChanges changes) {
        this.work = Objects.requireNonNull(work);
        this.changes = Objects.requireNonNull(changes);
        scenario.addListener((o, was, now) -> update());
    }

    /** Acts on the list of {@code current}'s scenario from now on, e.g. the window's scenario. */
    public void follow(ObservableValue<ScenarioId> current) {
        scenario.bind(current);
    }

    /** The scenario whose list the menu acts on. */
    public ScenarioId scenario() {
        return scenario.get();
    }

    /** Who tells the user why an undo or redo was refused or failed; a message box in the window. */
    public void setReporter(Reporter reporter) {
        this.reporter = Objects.requireNonNull(reporter);
    }

    // ---- recording ----

    /**
     * Adds an edit that has just been applied and publishes what it touched; anything of its
     * scenario that could be redone is forgotten.
     */
    public void record(EditCommand edit) {
        Stacks stacks = stacks(edit.scenario());
        Entry entry = new Entry(edit);
        settle(stacks, entry);
        stacks.undoable.push(entry);
        stacks.redoable.clear();
        update();
    }

    /**
     * Applies {@code edit} on the IO lane, then records it as {@link #record(EditCommand)}
     * does and runs {@code then}; a failure is reported and nothing is recorded.
     */
    public void perform(EditCommand edit, Runnable then) {
        work.io("Saving: " + edit.description() + "…", context -> {
                    edit.apply();
                    return Boolean.TRUE;
                })
                .onSuccess(done -> {
                    record(edit);
                    then.run();
                })
                .onFailure(failure -> report("Cannot save: " + edit.description(), Failures.explain(failure)))
                .start();
    }

    // ---- undo, redo ----

    /** Takes back the current scenario's newest edit on the IO lane, unless its data changed since. */
    public void undo() {
        Stacks stacks = stacks(scenario.get());
        step(stacks, stacks.undoable, stacks.redoable, "undo", "Undoing", "made", EditCommand::revert);
    }

    /** Makes the current scenario's newest undone edit again, unless its data changed since. */
    public void redo() {
        Stacks stacks = stacks(scenario.get());
        step(stacks, stacks.redoable, stacks.undoable, "redo", "Redoing", "undone", EditCommand::apply);
    }

    private interface Change {
        void run(EditCommand edit) throws Exception;
    }

    /**
     * Carries out the newest edit of {@code from} and moves it to {@code to}, or refuses it when
     * its data changed since; a failure leaves both lists as they were, so they still match the data.
     */
    private void step(
            Stacks stacks, Deque<Entry> from, Deque<Entry> to, String verb, String doing, String since, Change change) {
        if (busy.get() || from.isEmpty()) {
            return;
        }
        Entry entry = from.peek();
        String title = "Cannot " + verb + " " + entry.edit.description();
        String refused = refusal(stacks, entry, since);
        if (refused != null) {
            from.pop();
            update();
            report(title, refused + " It was taken off the list of edits to " + verb + ".");
            return;
        }
        busy.set(true);
        update();
        work.io(doing + " " + entry.edit.description() + "…", context -> {
                    change.run(entry.edit);
                    return Boolean.TRUE;
                })
                .onSuccess(done -> {
                    busy.set(false);
                    from.remove(entry);
                    to.push(entry);
                    settle(stacks, entry);
                    update();
                })
                .onFailure(failure -> {
                    busy.set(false);
                    update();
                    report(title, Failures.explain(failure));
                })
                .start();
    }

    /** Why {@code entry} must not be carried out now, in words; {@code null} when it may. */
    private String refusal(Stacks stacks, Entry entry, String since) {
        noteChangesElsewhere(stacks, entry);
        if (entry.changedSince.isEmpty()) {
            return null;
        }
        String what = DataWords.of(entry.changedSince);
        return capitalised(what) + " changed after this edit was " + since
                + " (by an import or another edit), and carrying it out now would overwrite that change.";
    }

    /** Publishes what {@code entry} touched and remembers the version it produced. */
    private void settle(Stacks stacks, Entry entry) {
        Set<DataKind> kinds = entry.edit.touches();
        ScenarioId of = entry.edit.scenario();
        noteChangesElsewhere(stacks, entry);
        DataChange change = changes.publish(of, kinds);
        for (DataKind kind : kinds) {
            stacks.own.put(kind, change.version());
        }
    }

    /**
     * Marks the edits that may not run any more because something other than this history (an
     * import, another window's edit) changed a kind of data {@code entry} touches since this
     * history last wrote it.
     */
    private void noteChangesElsewhere(Stacks stacks, Entry entry) {
        ScenarioId of = entry.edit.scenario();
        for (DataKind kind : entry.edit.touches()) {
            Long own = stacks.own.get(kind);
            if (own != null && own != changes.version(of, kind)) {
                changedElsewhere(stacks, kind);
            }
        }
    }

    /** Something other than this history changed {@code kind}: no edit made before may touch it again. */
    private static void changedElsewhere(Stacks stacks, DataKind kind) {
        for (Deque<Entry> list : List.of(stacks.undoable, stacks.redoable)) {
            for (Entry entry : list) {
                if (entry.edit.touches().contains(kind)) {
                    entry.changedSince.add(kind);
                }
            }
        }
    }

    private void report(String title, String message) {
        problem.set(message);
        reporter.report(title, message);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    // ---- state ----

    /** Forgets every edit of every scenario, e.g. when another database is opened. */
    public void clear() {
        byScenario.clear();
        busy.set(false);
        problem.set("");
        update();
    }

    /**
     * Forgets the edits of {@code of}, e.g. when the scenario is removed or promoted and its rows
     * are no longer those the edits were made on.
     */
    public void forget(ScenarioId of) {
        byScenario.remove(of);
        update();
    }

    /** How many edits of the current scenario can be undone. */
    public int undoCount() {
        return stacks(scenario.get()).undoable.size();
    }

    public int redoCount() {
        return stacks(scenario.get()).redoable.size();
    }

    /** How many edits of {@code of} can be undone, whichever scenario is current. */
    public int undoCount(ScenarioId of) {
        Stacks stacks = byScenario.get(of);
        return stacks == null ? 0 : stacks.undoable.size();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo <description>" for the Edit menu. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** True while an undo or redo is being carried out. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last undo or redo was refused or failed, in words; empty before any. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    private Stacks stacks(ScenarioId of) {
        return byScenario.computeIfAbsent(of, s -> new Stacks());
    }

    private void update() {
        Stacks stacks = stacks(scenario.get());
        canUndo.set(!busy.get() && !stacks.undoable.isEmpty());
        canRedo.set(!busy.get() && !stacks.redoable.isEmpty());
        undoText.set(
                stacks.undoable.isEmpty()
                        ? "Undo"
                        : "Undo " + stacks.undoable.peek().edit.description());
        redoText.set(
                stacks.redoable.isEmpty()
                        ? "Redo"
                        : "Redo " + stacks.redoable.peek().edit.description());
    }
}
