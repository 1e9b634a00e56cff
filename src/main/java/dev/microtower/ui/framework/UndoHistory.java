package dev.microtower.ui.framework;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's one list of edits that can be undone and redone, shared by every editor (zones,
 * allocation rules) so that Ctrl+Z walks back through all of them in the order they were made.
 * An editor does its change, then {@link #record records} an {@link Edit} that knows how to undo
 * and redo it. The history only keeps the order; the window runs {@link Edit#undo()} and {@link
 * Edit#redo()} as background tasks (they usually write to the database) and calls {@link
 * Edit#refresh()} on the FX thread afterwards. The history lives until the window closes.
 *
 * <p>All methods are called on the FX thread.
 */
public final class UndoHistory {
    /** One change a user made, able to put the data back as it was and to make it again. */
    public interface Edit {
        /** Short words for the menu: "Undo " + description, e.g. "move vertex of zone Z-OAK-1". */
        String description();

        /** Puts the data back as it was before the edit; runs off the FX thread. */
        void undo() throws Exception;

        /** Makes the edit again after an undo; runs off the FX thread. */
        void redo() throws Exception;

        /** Shows the data as it now is, after an undo or a redo; runs on the FX thread. */
        default void refresh() {}
    }

    private final Deque<Edit> undoable = new ArrayDeque<>();
    private final Deque<Edit> redoable = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /** Adds an edit that has just been made; anything that could be redone is forgotten. */
    public void record(Edit edit) {
        undoable.push(Objects.requireNonNull(edit));
        redoable.clear();
        update();
    }

    /**
     * Takes the newest edit to undo, or nothing. The caller runs {@link Edit#undo()} and then
     * {@link #finished} — or {@link #failed} if the undo did not work, which puts it back.
     */
    public Optional<Edit> takeUndo() {
        if (busy.get() || undoable.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = undoable.pop();
        redoable.push(edit);
        busy.set(true);
        update();
        return Optional.of(edit);
    }

    /** Takes the newest undone edit to make again, or nothing; see {@link #takeUndo()}. */
    public Optional<Edit> takeRedo() {
        if (busy.get() || redoable.isEmpty()) {
            return Optional.empty();
        }
        Edit edit = redoable.pop();
        undoable.push(edit);
        busy.set(true);
        update();
        return Optional.of(edit);
    }

    /** The undo or redo taken last has been carried out. */
    public void finished() {
        busy.set(false);
        update();
    }

    /**
     * The undo or redo taken last could not be carried out: it goes back where it was, so the
     * lists still match the data.
     */
    public void failed(Edit edit) {
        if (redoable.peek() == edit) {
            redoable.pop();
            undoable.push(edit);
        } else if (undoable.peek() == edit) {
            undoable.pop();
            redoable.push(edit);
        }
        busy.set(false);
        update();
    }

    /** Forgets every edit, e.g. when another database is opened. */
    public void clear() {
        undoable.clear();
        redoable.clear();
        busy.set(false);
        update();
    }

    public int undoCount() {
        return undoable.size();
    }

    public int redoCount() {
        return redoable.size();
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

    private void update() {
        canUndo.set(!busy.get() && !undoable.isEmpty());
        canRedo.set(!busy.get() && !redoable.isEmpty());
        undoText.set(undoable.isEmpty() ? "Undo" : "Undo " + undoable.peek().description());
        redoText.set(redoable.isEmpty() ? "Redo" : "Redo " + redoable.peek().description());
    }
}
