package dev.microtower.shell;

import dev.microtower.ui.framework.Dialogs;
import dev.microtower.ui.framework.Failures;
import dev.microtower.ui.framework.UndoHistory;
import java.util.Locale;

/** Edit → Undo and Redo: the newest edit (or undone edit) of the history, carried out in the background. */
final class Undoing {
    private interface Change {
        void run() throws Exception;
    }

    private Undoing() {}

    static void undo(MainWindow window) {
        UndoHistory history = window.history();
        history.takeUndo().ifPresent(edit -> carryOut(window, "Undoing " + edit.description() + "…", edit, edit::undo));
    }

    static void redo(MainWindow window) {
        UndoHistory history = window.history();
        history.takeRedo().ifPresent(edit -> carryOut(window, "Redoing " + edit.description() + "…", edit, edit::redo));
    }

    private static void carryOut(MainWindow window, String message, UndoHistory.Edit edit, Change change) {
        UndoHistory history = window.history();
        window.work()
                .io(message, ctx -> {
                    change.run();
                    return edit;
                })
                .onSuccess(done -> {
                    history.finished();
                    edit.refresh();
                })
                .onFailure(failure -> {
                    history.failed(edit);
                    edit.refresh();
                    Dialogs.error(
                            window.owner(),
                            "Cannot " + message.replace("…", "").toLowerCase(Locale.ROOT),
                            Failures.explain(failure));
                })
                .start();
    }
}
