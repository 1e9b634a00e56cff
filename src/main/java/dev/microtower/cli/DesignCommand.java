package dev.microtower.cli;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.design.domain.DesignProblem;
import dev.microtower.design.domain.DesignResult;
import dev.microtower.design.domain.DesignStatus;
import dev.microtower.design.engine.DesignSolver;
import dev.microtower.design.io.OrLibraryFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code design --instance FILE}: solves a capacitated facility location instance in the
 * OR-Library format exactly (split sourcing) and prints the status, the cost and the seconds the
 * solve took, each on its own line, then the proven bound, the nodes and the open sites.
 */
@Command(
        name = "design",
        description = "Choose which sites to open at the least fixed plus serving cost, proven optimal or with the"
                + " proven gap. Reads an OR-Library capacitated warehouse location file (--instance).")
final class DesignCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
            names = "--instance",
            paramLabel = "FILE",
            description = "OR-Library capacitated warehouse location file (cap41 ... cap134, capa ... capc).")
    Path instance;

    @Option(
            names = "--time-limit",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description =
                    "Stop after this many seconds with the best design and its proven gap (default: ${DEFAULT-VALUE}).")
    double timeLimit;

    @Option(
            names = "--capacity",
            paramLabel = "UNITS",
            description =
                    "Capacity of every site, for files that write the word 'capacity' instead (capa, capb, capc).")
    Double capacity;

    @Override
    public Integer call() {
        if (instance == null) {
            throw new CommandException(
                    "give the instance to solve with --instance FILE (designing a scenario's network is not available yet).");
        }
        if (!(timeLimit > 0) || timeLimit > 1e6) {
            throw new CommandException("--time-limit must be a number of seconds above 0: " + timeLimit);
        }
        if (capacity != null && !(capacity >= 0 && Double.isFinite(capacity))) {
            throw new CommandException("--capacity must be a number of at least 0: " + capacity);
        }
        DesignProblem problem =
                OrLibraryFormat.read(instance, capacity == null ? OptionalDouble.empty() : OptionalDouble.of(capacity));
        DesignResult result = new DesignSolver()
                .solve(
                        problem,
                        DesignSolver.Options.withTimeLimit(Duration.ofNanos((long) (timeLimit * 1e9))),
                        Progress.NONE,
                        Cancellation.none());
        PrintWriter out = spec.commandLine().getOut();
        switch (result.status()) {
            case OPTIMAL -> out.println("status OPTIMAL");
            case FEASIBLE -> out.printf(Locale.ROOT, "status FEASIBLE gap %.4f%%%n", 100 * result.gap());
            case INFEASIBLE -> out.println("status INFEASIBLE");
            case NOT_FOUND -> out.println("status NOT_FOUND");
        }
        if (result.status() == DesignStatus.OPTIMAL || result.status() == DesignStatus.FEASIBLE) {
            out.printf(Locale.ROOT, "cost %.3f%n", result.cost());
        }
        out.printf(Locale.ROOT, "time %.3f%n", result.seconds());
        result.infeasibility().ifPresent(why -> out.println("why " + why.explanation()));
        if (!Double.isNaN(result.bound())) {
            out.printf(Locale.ROOT, "bound %.3f%n", result.bound());
        }
        out.println("nodes " + result.nodes());
        if (!result.openSites().isEmpty()) {
            out.println("open sites "
                    + result.openSites().stream()
                            .map(i -> Integer.toString(i + 1))
                            .collect(Collectors.joining(" ")));
        }
        out.flush();
        return 0;
    }
}
