package dev.microtower.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.design.domain.DesignProblem;
import dev.microtower.design.domain.DesignResult;
import dev.microtower.design.domain.DesignStatus;
import dev.microtower.design.engine.DesignSolver;
import dev.microtower.design.io.OrLibraryFormat;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Our network-design solver against CBC (Debian's coinor-cbc, installed by .ci/bench-cbc.sh when
 * missing; the bench is skipped when it cannot be) on the same instances in the same run: twice 36
 * seeded instances of the OR-Library sizes (16, 25 and 50 sites x 50 customers, three capacity and
 * four fixed-cost levels as in Beasley's set; once with sites that differ, once with sites all
 * alike as in the published files), written in the OR-Library format and read back,
 * then one of 100 sites x 1,000 customers (CBC given it in the strong and in the weak
 * formulation, a minute each, killed four minutes after). CBC gets the strong formulation as an LP file, one
 * thread and the same relative gap as ours (1e-6); its time is the wall time of the {@code cbc}
 * run (reading the file included, a few ms on these sizes). Ours is the solve alone in this JVM,
 * after a warm-up on four other instances. Each small instance is solved three times by each,
 * alternating, and the median time of each is kept. Prints per instance both times, the ratio, both costs;
 * asserts that the optimal costs agree. Run with {@code ./mvnw -Pbench test -Dtest=DesignBench}.
 */
@Tag("bench")
class DesignBench {
    static final double[] CAPACITY = {5_000, 10_000, 15_000};
    static final double[] FIXED = {7_500, 12_500, 17_500, 25_000};
    static final int[] SITES = {16, 25, 50};
    static final int ROUNDS = 3;
    static final Pattern GAP = Pattern.compile("gap (\\d+\\.\\d+) %");

    @Test
    void orLibrarySizesAndTheLargeCaseAgainstCbc() throws Exception {
        String cbc = cbc();
        assumeTrue(cbc != null, "cbc is not installed and .ci/bench-cbc.sh could not install it");
        Path dir = Files.createDirectories(Path.of("target", "design-bench"));
        DesignSolver solver = new DesignSolver();
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "DesignBench, load average before %.2f%n", load()));
        // warm-up: the JIT compiles the solver on instances not measured
        for (int w = 0; w < 4; w++) {
            solver.solve(
                    DesignInstances.orLibraryLike(25, 50, 10_000, 12_500, 900 + w),
                    DesignSolver.Options.withTimeLimit(Duration.ofSeconds(10)),
                    Progress.NONE,
                    Cancellation.none());
        }
        report.append(String.format(
                Locale.ROOT,
                "%-14s %8s %9s %12s %9s %9s %16s %16s %6s%n",
                "instance",
                "ours",
                "status",
                "nodes",
                "cbc",
                "cbc/ours",
                "our cost",
                "cbc cost",
                "equal"));
        int equal = 0;
        int count = 0;
        // g: sites differ in capacity and fixed cost (±10 %, ±20 %); u: all alike, as in Beasley's files
        for (boolean uniform : new boolean[] {false, true}) {
            List<Double> ours = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            int setEqual = 0;
            int setCount = 0;
            long seed = 1;
            for (int m : SITES) {
                for (double capacity : CAPACITY) {
                    for (double fixed : FIXED) {
                        String name = String.format(
                                Locale.ROOT,
                                "%s%d-%d-%d",
                                uniform ? "u" : "g",
                                m,
                                (int) capacity / 1000,
                                (int) fixed / 100);
                        Path file = dir.resolve(name + ".txt");
                        OrLibraryFormat.write(
                                uniform
                                        ? DesignInstances.orLibraryUniform(m, 50, capacity, fixed, seed++)
                                        : DesignInstances.orLibraryLike(m, 50, capacity, fixed, seed++),
                                file);
                        DesignProblem problem = OrLibraryFormat.read(file, OptionalDouble.empty());
                        Path lp = dir.resolve(name + ".lp");
                        CbcReference.writeLp(problem, lp, true);
                        // three rounds each, alternating, the median time kept: the machine is shared
                        List<DesignResult> results = new ArrayList<>();
                        List<CbcReference.Answer> answers = new ArrayList<>();
                        for (int round = 0; round < ROUNDS; round++) {
                            results.add(solver.solve(
                                    problem,
                                    DesignSolver.Options.withTimeLimit(Duration.ofSeconds(60)),
                                    Progress.NONE,
                                    Cancellation.none()));
                            answers.add(CbcReference.solve(cbc, lp, 600, DesignSolver.Options.DEFAULT_TOLERANCE, 60));
                        }
                        results.sort(Comparator.comparingDouble(DesignResult::seconds));
                        answers.sort(Comparator.comparingDouble(CbcReference.Answer::wallSeconds));
                        DesignResult result = results.get(ROUNDS / 2);
                        CbcReference.Answer answer = answers.get(ROUNDS / 2);
                        boolean same = result.status() == DesignStatus.OPTIMAL
                                && answer.optimal()
                                && Math.abs(result.cost() - answer.objective()) <= 2e-6 * answer.objective();
                        setEqual += same ? 1 : 0;
                        setCount++;
                        ours.add(result.seconds());
                        ratios.add(answer.wallSeconds() / result.seconds());
                        report.append(line(name, result, answer, same));
                    }
                }
            }
            ours.sort(null);
            ratios.sort(null);
            report.append(String.format(
                    Locale.ROOT,
                    "OR-Library sizes, %s: %d/%d equal optimal costs; ours max %.3f s, median %.3f s; cbc/ours median"
                            + " %.1fx, lowest %.1fx; load average %.2f%n",
                    uniform ? "sites alike" : "sites differ",
                    setEqual,
                    setCount,
                    ours.get(ours.size() - 1),
                    ours.get(ours.size() / 2),
                    ratios.get(ratios.size() / 2),
                    ratios.get(0),
                    load()));
            equal += setEqual;
            count += setCount;
        }
        // the large case: 100 sites x 1,000 customers, a minute each
        Path file = dir.resolve("g100x1000.txt");
        OrLibraryFormat.write(DesignInstances.large(100, 1_000, 3.0, 77), file);
        DesignProblem large = OrLibraryFormat.read(file, OptionalDouble.empty());
        long started = System.nanoTime();
        double[] halfPercentAt = {Double.NaN};
        Progress watch = (done, total, message) -> {
            Matcher gap = GAP.matcher(message);
            if (Double.isNaN(halfPercentAt[0]) && gap.find() && Double.parseDouble(gap.group(1)) <= 0.5) {
                halfPercentAt[0] = (System.nanoTime() - started) / 1e9;
            }
        };
        DesignResult result = solver.solve(
                large, DesignSolver.Options.withTimeLimit(Duration.ofSeconds(60)), watch, Cancellation.none());
        report.append(String.format(
                Locale.ROOT,
                "100 x 1,000 ours: %s, proven gap %.4f %% (bound %.3f, cost %.3f) in %.1f s, %d nodes;"
                        + " gap first at most 0.5 %% after %.1f s; load average %.2f%n",
                result.status(),
                100 * result.gap(),
                result.bound(),
                result.cost(),
                result.seconds(),
                result.nodes(),
                halfPercentAt[0],
                load()));
        for (boolean strong : new boolean[] {true, false}) {
            Path lp = dir.resolve(strong ? "g100x1000.lp" : "g100x1000-weak.lp");
            CbcReference.writeLp(large, lp, strong);
            CbcReference.Answer answer = CbcReference.solve(cbc, lp, 60, DesignSolver.Options.DEFAULT_TOLERANCE, 240);
            // stopped before any integer solution, CBC's "objective" is the LP relaxation's
            boolean design = answer.optimal() || !answer.status().contains("no integer solution");
            double gap = design ? (answer.objective() - answer.bestPossible()) / answer.objective() : Double.NaN;
            report.append(String.format(
                    Locale.ROOT,
                    "100 x 1,000 cbc, %s formulation, 60 s limit: %s; best possible %.3f (gap %.4f %%) in %.1f s wall;"
                            + " load average %.2f%n",
                    strong ? "strong (x <= y rows)" : "weak (capacity rows only)",
                    answer.status(),
                    answer.bestPossible(),
                    100 * gap,
                    answer.wallSeconds(),
                    load()));
        }
        System.out.print(report);
        assertEquals(count, equal, "every OR-Library-size instance proven optimal with CBC's optimal cost:\n" + report);
    }

    private static String line(String name, DesignResult result, CbcReference.Answer answer, boolean same) {
        return String.format(
                Locale.ROOT,
                "%-14s %7.3fs %9s %12d %8.3fs %8.1fx %16.3f %16.3f %6s%n",
                name,
                result.seconds(),
                result.status() == DesignStatus.FEASIBLE
                        ? String.format(Locale.ROOT, "gap%.2f%%", 100 * result.gap())
                        : result.status().toString(),
                result.nodes(),
                answer.wallSeconds(),
                answer.wallSeconds() / result.seconds(),
                result.cost(),
                answer.objective(),
                same ? "yes" : "no");
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The path of cbc, installing it with the bench's script when it is missing; null if that fails. */
    private static String cbc() throws IOException, InterruptedException {
        Path script = Path.of(".ci", "bench-cbc.sh");
        Process p = new ProcessBuilder("bash", script.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0 || out.isEmpty()) {
            return null;
        }
        String[] lines = out.split("\n");
        return lines[lines.length - 1];
    }
}
