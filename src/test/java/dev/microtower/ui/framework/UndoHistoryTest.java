package dev.microtower.ui.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {
    private final List<String> log = new ArrayList<>();

    private UndoHistory.Edit edit(String name) {
        return new UndoHistory.Edit() {
            @Override
            public String description() {
                return name;
            }

            @Override
            public void undo() {
                log.add("undo " + name);
            }

            @Override
            public void redo() {
                log.add("redo " + name);
            }
        };
    }

    private void undo(UndoHistory history) throws Exception {
        history.takeUndo().orElseThrow().undo();
        history.finished();
    }

    private void redo(UndoHistory history) throws Exception {
        history.takeRedo().orElseThrow().redo();
        history.finished();
    }

    @Test
    void undoesNewestFirstAndRedoesInTheOrderUndone() throws Exception {
        UndoHistory history = new UndoHistory();
        history.record(edit("a"));
        history.record(edit("b"));
        assertEquals("Undo b", history.undoTextProperty().get());

        undo(history);
        undo(history);
        redo(history);

        assertEquals(List.of("undo b", "undo a", "redo a"), log);
        assertEquals("Undo a", history.undoTextProperty().get());
        assertEquals("Redo b", history.redoTextProperty().get());
    }

    @Test
    void aNewEditForgetsWhatCouldBeRedone() throws Exception {
        UndoHistory history = new UndoHistory();
        history.record(edit("a"));
        undo(history);
        assertTrue(history.canRedoProperty().get());

        history.record(edit("c"));

        assertFalse(history.canRedoProperty().get());
        assertEquals(1, history.undoCount());
    }

    @Test
    void nothingElseIsTakenWhileAnUndoRunsAndAFailedOnePutsItBack() {
        UndoHistory history = new UndoHistory();
        history.record(edit("a"));
        history.record(edit("b"));
        UndoHistory.Edit taken = history.takeUndo().orElseThrow();

        assertTrue(history.takeUndo().isEmpty());
        assertFalse(history.canUndoProperty().get());

        history.failed(taken);

        assertEquals(2, history.undoCount());
        assertEquals(0, history.redoCount());
        assertEquals("Undo b", history.undoTextProperty().get());
    }
}
