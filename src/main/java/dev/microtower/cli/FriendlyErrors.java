package dev.microtower.cli;

import dev.microtower.core.CancelledException;
import dev.microtower.core.UserFacing;
import dev.microtower.importexport.DemoUnavailableException;
import dev.microtower.importexport.ImportException;
import dev.microtower.store.DatabaseException;
import dev.microtower.store.DatabaseProblems;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failed command's message and exits non-zero. A planner never sees a stack trace or a
 * class name: an unexpected failure (a bug) is told in words, and its details go to a file for
 * whoever fixes it.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        boolean expected = e instanceof DatabaseException
                || e instanceof UserFacing
                || e instanceof CommandException
                || e instanceof ImportException
                || e instanceof CancelledException
                || e instanceof UncheckedIOException
                || e instanceof DemoUnavailableException;
        String message;
        if (expected) {
            message = e.getMessage();
        } else if (DatabaseProblems.diskFull(e)) {
            message = "the disk is full; nothing was written. Free some space and try again.";
        } else {
            message = "an unexpected problem stopped the command; nothing more was written." + detailsNote(e);
        }
        commandLine.getErr().println("error: " + message);
        return FAILED;
    }

    private static String detailsNote(Exception e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        try {
            Path file = Files.createTempFile("microtower-error-", ".txt");
            Files.writeString(file, trace.toString());
            return " Please report it with the details in " + file + ".";
        } catch (IOException | RuntimeException ignored) {
            return " Please report it.";
        }
    }
}
