package dev.microtower.cli;

import dev.microtower.App;
import dev.microtower.core.AppVersion;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: without a sub-command it opens the window. */
@Command(
        name = "microtower",
        mixinStandardHelpOptions = true,
        versionProvider = MicrotowerCommand.Version.class,
        description = "Control tower for micro-distribution networks. Without a command, opens the window.",
        subcommands = {
            InfoCommand.class,
            CheckCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            DemoCommand.class,
            GenerateDemoCommand.class,
            SnapshotCommand.class,
            PresentCommand.class,
            StoryboardCommand.class,
            PlanCommand.class,
            ScenarioCommand.class,
            CompareCommand.class,
            RiskScanCommand.class,
            SimulateCommand.class,
            ForecastCommand.class,
            DesignCommand.class
        })
public final class MicrotowerCommand implements Callable<Integer> {
    /** Exit code meaning "the window was started; keep the JVM alive". */
    public static final int STARTED_WINDOW = -1;

    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "Database file (default: $MICROTOWER_DB, else the user data folder).",
            scope = CommandLine.ScopeType.INHERIT)
    Path db;

    @Override
    public Integer call() {
        App.launchWindow(db);
        return STARTED_WINDOW;
    }

    /** {@code --version}: the version the build wrote, the same as Help → About shows. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Microtower " + AppVersion.current()};
        }
    }

    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new MicrotowerCommand());
        commandLine.setExecutionExceptionHandler(new FriendlyErrors());
        return commandLine.execute(args);
    }
}
