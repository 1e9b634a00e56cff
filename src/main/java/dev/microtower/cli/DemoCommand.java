package dev.microtower.cli;

import dev.microtower.app.DemoStoryboard;
import dev.microtower.app.FirstLoad;
import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.store.DataLocation;
import dev.microtower.store.Database;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo}: loads the Bay Area demo network into an empty database. */
@Command(name = "demo", description = "Load the Bay Area demo network into an empty database.")
final class DemoCommand implements Callable<Integer> {
    /** The class-path folder holding the demo files; tests point it at a small fixture. */
    @Option(names = "--resources", hidden = true, paramLabel = "CLASSPATH_FOLDER/")
    String resourceRoot = DemoLoader.DEMO_RESOURCES;

    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path path = DataLocation.resolve(parent.db);
        // where no database exists yet, the ready-made demo this build carries: in a second, where
        // the import takes half a minute; it was built by the same import from the same files (ADR 0014)
        if (resourceRoot.equals(DemoLoader.DEMO_RESOURCES) && FirstLoad.placeDemo(path)) {
            try (OpenSession session = OpenSession.open(path)) { // a later build's migrations run here
                var out = spec.commandLine().getOut();
                out.printf(
                        Locale.ROOT,
                        "placed the ready-made demo network into %s: %,d sites, %,d SKUs, %,d orders%n",
                        session.file(),
                        session.get(NodeRepository.class).count(ScenarioId.BASELINE),
                        session.get(SkuRepository.class).count(),
                        session.get(OrderRepository.class).count());
                DemoStoryboard.addIfAbsent(session)
                        .ifPresent(tour -> out.printf(
                                Locale.ROOT,
                                "added the storyboard %s (%d views)%n",
                                tour.name(),
                                tour.views().size()));
                out.flush();
            }
            return 0;
        }
        try (OpenSession session = OpenSession.open(path)) {
            // the demo loader writes below the stores, straight into the database
            Database database = session.database();
            if (!DemoLoader.isEmpty(database)) {
                throw new CommandException("the database " + database.file()
                        + " is not empty; the demo loads only into an empty database (use --db with a new file)");
            }
            var report = DemoLoader.load(database, resourceRoot, Progress.NONE, Cancellation.none());
            var out = spec.commandLine().getOut();
            out.println("loaded the demo network into " + database.file());
            out.print(report.format());
            DemoStoryboard.addIfAbsent(session)
                    .ifPresent(tour -> out.printf(
                            Locale.ROOT,
                            "added the storyboard %s (%d views)%n",
                            tour.name(),
                            tour.views().size()));
            out.flush();
        }
        return 0;
    }
}
