package dev.microtower.allocation.ui;

import dev.microtower.allocation.domain.AllocationRule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rules being edited, not yet applied, next to the rules stored in the database. Each edit of
 * the draft can be undone inside the editor; consecutive edits of the same field of the same rule
 * (typing a number) count as one. Structural edits (add, duplicate, delete, move) number the
 * positions again in steps of 10, the way the demo's rules file does; other edits keep them, so an
 * untouched rule is written back exactly as it was read. Used on the FX thread only.
 */
final class RulesDraft {
    /** The draft as it was before an edit, and which row was selected. */
    private record Snapshot(List<AllocationRule> rules, int selected) {}

    private final ObservableList<AllocationRule> rules = FXCollections.observableArrayList();
    private final Deque<Snapshot> undo = new ArrayDeque<>();
    private final Deque<Snapshot> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private List<AllocationRule> stored = List.of();
    private String lastKey;

    ObservableList<AllocationRule> rules() {
        return rules;
    }

    List<AllocationRule> snapshot() {
        return List.copyOf(rules);
    }

    List<AllocationRule> stored() {
        return stored;
    }

    /** Starts again from the stored rules; the draft's own undo history is forgotten. */
    void reset(List<AllocationRule> storedRules) {
        stored = List.copyOf(storedRules);
        rules.setAll(stored);
        undo.clear();
        redo.clear();
        lastKey = null;
        update();
    }

    /**
     * The database now holds {@code storedRules} (an apply, an undo from the Edit menu): a draft
     * that had no edits follows them; a draft with edits keeps them and is compared with the new
     * stored rules.
     */
    void storedChanged(List<AllocationRule> storedRules) {
        if (rules.equals(stored)) {
            reset(storedRules);
        } else {
            stored = List.copyOf(storedRules);
            update();
        }
    }

    /**
     * Makes an edit. {@code key} names what is edited (e.g. "max:3"); an edit with the same key as
     * the one before joins it in one undo step; {@code null} always starts a new step.
     */
    void edit(String key, int selected, UnaryOperator<List<AllocationRule>> change) {
        List<AllocationRule> before = snapshot();
        List<AllocationRule> after = List.copyOf(change.apply(new ArrayList<>(before)));
        if (after.equals(before)) {
            return;
        }
        boolean joins = key != null && key.equals(lastKey) && !undo.isEmpty();
        if (!joins) {
            undo.push(new Snapshot(before, selected));
            lastKey = key;
        } else if (after.equals(undo.peek().rules())) {
            // typing went back to where this step started (e.g. erased and typed the same number)
            undo.pop();
            lastKey = null;
        }
        redo.clear();
        rules.setAll(after);
        update();
    }

    /** Ends the current run of same-key edits, e.g. when another rule is selected. */
    void seal() {
        lastKey = null;
    }

    /** Undoes the newest draft edit; returns the row selected before it, or -2 if there was none. */
    int undo() {
        return step(undo, redo);
    }

    int redo() {
        return step(redo, undo);
    }

    private int step(Deque<Snapshot> from, Deque<Snapshot> to) {
        if (from.isEmpty()) {
            return -2;
        }
        Snapshot s = from.pop();
        to.push(new Snapshot(snapshot(), s.selected()));
        rules.setAll(s.rules());
        lastKey = null;
        update();
        return s.selected();
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Positions 10, 20, 30… in list order. */
    static List<AllocationRule> renumber(List<AllocationRule> list) {
        List<AllocationRule> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            out.add(list.get(i).withPosition((i + 1) * 10));
        }
        return out;
    }

    /** A name not used by any rule of {@code list}: {@code base}, else "base (2)", "base (3)"… */
    static String freeName(List<AllocationRule> list, String base) {
        String name = base;
        for (int n = 2; nameTaken(list, name); n++) {
            name = base + " (" + n + ")";
        }
        return name;
    }

    private static boolean nameTaken(List<AllocationRule> list, String name) {
        return list.stream().anyMatch(r -> Objects.equals(r.name(), name));
    }

    private void update() {
        dirty.set(!rules.equals(stored));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
