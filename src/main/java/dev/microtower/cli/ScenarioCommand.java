package dev.microtower.cli;

import dev.microtower.app.OpenSession;
import dev.microtower.app.ScenarioService;
import dev.microtower.core.ScenarioId;
import dev.microtower.scenarios.domain.Difference;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.store.DataLocation;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code scenario}: list, create, rename, delete, promote and compare scenarios by name. Every
 * sub-command opens the database through {@link OpenSession} and calls {@link ScenarioService}; a
 * name that does not exist, a name already taken or removing the baseline ends with a message and
 * a non-zero exit, the database unchanged.
 */
@Command(
        name = "scenario",
        description = "List, create, rename, delete, promote and compare scenarios.",
        subcommands = {
            ScenarioCommand.ListScenarios.class,
            ScenarioCommand.Create.class,
            ScenarioCommand.Rename.class,
            ScenarioCommand.Delete.class,
            ScenarioCommand.Promote.class,
            ScenarioCommand.Diff.class,
            ScenarioCommand.TimeZone.class
        })
final class ScenarioCommand implements Callable<Integer> {
    private static final DateTimeFormatter CREATED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @ParentCommand
    MicrotowerCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** Opens the database, runs {@code work} on the scenario service and prints its lines. */
    int run(CommandSpec sub, Function<ScenarioService, List<String>> work) {
        try (OpenSession session = OpenSession.open(DataLocation.resolve(parent.db))) {
            List<String> lines;
            try {
                lines = work.apply(session.get(ScenarioService.class));
            } catch (IllegalArgumentException e) {
                throw new CommandException(e.getMessage()); // a name taken, the baseline: the user's to fix
            }
            PrintWriter out = sub.commandLine().getOut();
            lines.forEach(out::println);
            out.flush();
        }
        return 0;
    }

    static Scenario named(ScenarioService scenarios, String name) {
        return scenarios
                .findByName(name)
                .orElseThrow(() -> new CommandException("there is no scenario named '" + name + "'"));
    }

    /** A sub-command: opens the database through the group, runs on the scenario service, prints its lines. */
    abstract static class Step implements Callable<Integer> {
        @ParentCommand
        ScenarioCommand group;

        @Spec
        CommandSpec spec;

        /** The lines to print; a {@link CommandException} or an {@link IllegalArgumentException} ends it. */
        abstract List<String> run(ScenarioService scenarios);

        @Override
        public Integer call() {
            return group.run(spec, this::run);
        }
    }

    @Command(name = "list", description = "Print every scenario with its parent, creation time and notes.")
    static final class ListScenarios extends Step {
        @Override
        List<String> run(ScenarioService scenarios) {
            List<Scenario> all = scenarios.list();
            int width = all.stream().mapToInt(s -> s.name().length()).max().orElse(4);
            String row = "%-" + width + "s  %-" + width + "s  %-16s  %s";
            List<String> lines = new ArrayList<>();
            lines.add(String.format(row, "name", "parent", "created", "notes").stripTrailing());
            for (Scenario s : all) {
                String parentName = s.parent() == null
                        ? "-"
                        : scenarios.find(s.parent()).map(Scenario::name).orElse("-");
                lines.add(String.format(
                                row,
                                s.name(),
                                parentName,
                                CREATED.format(s.createdAt()),
                                s.notes() == null ? "" : s.notes().replace('\n', ' '))
                        .stripTrailing());
            }
            return lines;
        }
    }

    @Command(name = "create", description = "Copy a scenario (the baseline unless --from) into a new one.")
    static final class Create extends Step {
        @Option(names = "--from", paramLabel = "NAME", description = "The scenario to copy (default: the baseline).")
        String from;

        @Option(names = "--name", paramLabel = "NAME", required = true, description = "The new scenario's name.")
        String name;

        @Option(names = "--notes", paramLabel = "TEXT", description = "What the scenario is for.")
        String notes;

        @Override
        List<String> run(ScenarioService scenarios) {
            Scenario source = from == null ? scenarios.find(ScenarioId.BASELINE).orElseThrow() : named(scenarios, from);
            Scenario copy = scenarios.copy(source.id(), name.strip(), notes);
            return List.of("created '" + copy.name() + "' as a copy of '" + source.name() + "'");
        }
    }

    @Command(
            name = "time-zone",
            description = "Print or set the time zone a scenario's network counts its days in (history window,"
                    + " backtest, simulation); unset, it is guessed from the sites.")
    static final class TimeZone implements Callable<Integer> {
        @ParentCommand
        ScenarioCommand group;

        @Spec
        CommandSpec spec;

        @Option(names = "--scenario", paramLabel = "NAME", description = "The scenario (default: the baseline).")
        String scenarioName;

        @Parameters(
                index = "0",
                arity = "0..1",
                paramLabel = "ZONE",
                description = "A region such as America/Los_Angeles, or an offset from UTC such as -03:00.")
        String zone;

        @Option(names = "--clear", description = "Forget the stored zone: guess it from the sites again.")
        boolean clear;

        @Override
        public Integer call() {
            if (clear && zone != null) {
                throw new CommandException("give a ZONE or --clear, not both");
            }
            ZoneId wanted = zone == null ? null : TimeZoneOption.parse("ZONE", zone);
            PrintWriter out = spec.commandLine().getOut();
            try (OpenSession session = OpenSession.open(DataLocation.resolve(group.parent.db))) {
                Scenario scenario = ScenarioOption.resolve(session, scenarioName);
                if (wanted != null) {
                    TimeZoneOption.store(session, scenario, wanted, out);
                } else if (clear) {
                    session.stores().scenarios().setTimeZone(scenario.id(), null);
                }
                out.println(TimeZoneOption.describe(session, scenario));
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "rename", description = "Give a scenario a new name.")
    static final class Rename extends Step {
        @Parameters(index = "0", paramLabel = "NAME", description = "The scenario to rename.")
        String name;

        @Option(names = "--to", paramLabel = "NAME", required = true, description = "Its new name.")
        String to;

        @Override
        List<String> run(ScenarioService scenarios) {
            Scenario renamed = scenarios.rename(named(scenarios, name).id(), to.strip());
            return List.of("renamed '" + name + "' to '" + renamed.name() + "'");
        }
    }

    @Command(name = "delete", description = "Remove a scenario with everything in it (not the baseline).")
    static final class Delete extends Step {
        @Parameters(index = "0", paramLabel = "NAME", description = "The scenario to remove.")
        String name;

        @Override
        List<String> run(ScenarioService scenarios) {
            Scenario doomed = named(scenarios, name);
            if (doomed.id().isBaseline()) {
                throw new CommandException("the baseline cannot be deleted");
            }
            scenarios.delete(doomed.id());
            return List.of("deleted '" + doomed.name() + "'");
        }
    }

    @Command(
            name = "promote",
            description = "Make a scenario the baseline; the old baseline is kept as 'Baseline until <today>'.")
    static final class Promote extends Step {
        @Parameters(index = "0", paramLabel = "NAME", description = "The scenario to make the baseline.")
        String name;

        @Override
        List<String> run(ScenarioService scenarios) {
            Scenario chosen = named(scenarios, name);
            if (chosen.id().isBaseline()) {
                throw new CommandException("'" + chosen.name() + "' is already the baseline");
            }
            Scenario kept = scenarios.promote(chosen.id(), LocalDate.now());
            return List.of(
                    "'" + chosen.name() + "' is now the baseline; the old baseline is kept as '" + kept.name() + "'");
        }
    }

    @Command(
            name = "diff",
            description = "Print what B holds differently from A, one line per site, stock row, zone, rule "
                    + "or demand change, with each changed field's old and new value.")
    static final class Diff extends Step {
        @Parameters(index = "0", paramLabel = "A", description = "The scenario compared with.")
        String a;

        @Parameters(index = "1", paramLabel = "B", description = "The scenario whose differences are listed.")
        String b;

        @Override
        List<String> run(ScenarioService scenarios) {
            Scenario from = named(scenarios, a);
            Scenario to = named(scenarios, b);
            List<Difference> items = scenarios.differences(from.id(), to.id()).items();
            if (items.isEmpty()) {
                return List.of("'" + to.name() + "' holds the same as '" + from.name() + "'");
            }
            return items.stream().map(Difference::toString).toList();
        }
    }
}
