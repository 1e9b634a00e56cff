package dev.microtower.cli;

import dev.microtower.persistence.DatabaseException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a failed command's message, not its stack trace, and exits non-zero. */
final class FriendlyErrors implements IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        String message = e instanceof DatabaseException || e instanceof CommandException
                ? e.getMessage()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        commandLine.getErr().println("error: " + message);
        if (!(e instanceof DatabaseException) && !(e instanceof CommandException)) {
            e.printStackTrace(commandLine.getErr());
        }
        return FAILED;
    }
}
