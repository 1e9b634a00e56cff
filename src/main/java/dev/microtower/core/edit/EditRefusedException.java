package dev.microtower.core.edit;

/**
 * An undo or redo the history will not carry out, because the data the edit touches was changed
 * since by something else (an import, another window's edit): carrying it out would silently
 * overwrite that change. The message is written for the user.
 */
public final class EditRefusedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public EditRefusedException(String message) {
        super(message);
    }
}
