package dev.microtower.cli;

import dev.microtower.app.OpenSession;
import dev.microtower.store.DataLocation;
import dev.microtower.store.DatabaseStatistics;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code info}: where the database is and how many rows each entity has, per scenario. */
@Command(name = "info", description = "Print the database location and row counts per entity and scenario.")
final class InfoCommand implements Callable<Integer> {
    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (OpenSession session = OpenSession.open(DataLocation.resolve(parent.db))) {
            var out = spec.commandLine().getOut();
            out.println("database: " + session.file());
            out.print(DatabaseStatistics.read(session.database()).format());
            out.flush();
        }
        return 0;
    }
}
