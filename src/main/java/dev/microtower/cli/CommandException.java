package dev.microtower.cli;

/** A command failed for a reason the user can fix; its message is printed as it is. */
public final class CommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandException(String message) {
        super(message);
    }
}
