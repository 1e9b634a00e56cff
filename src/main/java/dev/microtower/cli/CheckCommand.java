package dev.microtower.cli;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.store.DataLocation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code check}: reads every row of the database file, so damage that opening it did not show is
 * found now, with the newest backup named, rather than in the middle of an export or a plan.
 */
@Command(
        name = "check",
        description = "Read the whole database file and report damage (and the newest backup), or that none was found.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (OpenSession session = OpenSession.open(DataLocation.resolve(parent.db))) {
            long started = System.nanoTime();
            long rows = session.database().check(Progress.NONE, Cancellation.none());
            var out = spec.commandLine().getOut();
            out.printf(
                    "%s: read %,d rows in %.1f s; no damage found.%n",
                    session.file(), rows, (System.nanoTime() - started) / 1e9);
            out.flush();
        }
        return 0;
    }
}
