package dev.microtower.cli;

import dev.microtower.app.OpenSession;
import dev.microtower.presentation.domain.Storyboard;
import dev.microtower.presentation.store.StoryboardJson;
import dev.microtower.presentation.store.StoryboardRepository;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.store.DataLocation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code storyboard}: list the storyboards of a database, export one as JSON, import one from JSON. */
@Command(
        name = "storyboard",
        description = "List storyboards, export one as JSON or import one from JSON.",
        subcommands = {
            StoryboardCommand.ListBoards.class,
            StoryboardCommand.Export.class,
            StoryboardCommand.Import.class
        })
final class StoryboardCommand implements Callable<Integer> {
    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    OpenSession open() {
        return OpenSession.open(DataLocation.resolve(parent.db));
    }

    @Command(name = "list", description = "Every storyboard with its number of views.")
    static final class ListBoards implements Callable<Integer> {
        @ParentCommand
        StoryboardCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (OpenSession session = parent.open()) {
                StoryboardRepository store = session.get(StoryboardRepository.class);
                for (String name : store.names()) {
                    int views = store.find(name).map(b -> b.views().size()).orElse(0);
                    spec.commandLine().getOut().println(name + " (" + views + (views == 1 ? " view)" : " views)"));
                }
            }
            return 0;
        }
    }

    @Command(name = "export", description = "Write a storyboard to a JSON file.")
    static final class Export implements Callable<Integer> {
        @ParentCommand
        StoryboardCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            try (OpenSession session = parent.open()) {
                Storyboard board = session.get(StoryboardRepository.class)
                        .find(name)
                        .orElseThrow(() -> new CommandException("there is no storyboard called '" + name + "'"));
                ScenarioRepository scenarios = session.get(ScenarioRepository.class);
                StoryboardJson.write(
                        board, id -> scenarios.find(id).map(Scenario::name).orElse("Baseline"), file);
            }
            spec.commandLine().getOut().println("wrote " + file);
            return 0;
        }
    }

    @Command(name = "import", description = "Store the storyboard of a JSON file (replacing one of the same name).")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        StoryboardCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            try (OpenSession session = parent.open()) {
                ScenarioRepository scenarios = session.get(ScenarioRepository.class);
                Storyboard board;
                try {
                    board = StoryboardJson.read(
                            file, n -> scenarios.findByName(n).map(Scenario::id));
                } catch (StoryboardJson.BadFile e) {
                    throw new CommandException(e.getMessage() + "; nothing stored");
                }
                session.get(StoryboardRepository.class).save(board);
                spec.commandLine()
                        .getOut()
                        .println("stored the storyboard " + board.name() + " ("
                                + board.views().size() + " views)");
            }
            return 0;
        }
    }
}
