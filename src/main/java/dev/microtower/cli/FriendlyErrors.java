package dev.microtower.cli;

import dev.microtower.core.CancelledException;
import dev.microtower.importexport.DemoUnavailableException;
import dev.microtower.importexport.ImportException;
import dev.microtower.store.DatabaseException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints a failed command's message, not its stack trace, and exits non-zero. */
final class FriendlyErrors implements IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        boolean expected = e instanceof DatabaseException
                || e instanceof CommandException
                || e instanceof ImportException
                || e instanceof CancelledException
                || e instanceof UncheckedIOException
                || e instanceof DemoUnavailableException;
        String message = expected ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        commandLine.getErr().println("error: " + message);
        if (!expected) {
            e.printStackTrace(commandLine.getErr());
        }
        return FAILED;
    }
}
