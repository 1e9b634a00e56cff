package dev.microtower.design;

import dev.microtower.design.domain.CandidateSite;
import dev.microtower.design.domain.DesignProblem;
import dev.microtower.design.domain.SiteLock;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same problem for CBC (Debian's {@code coinor-cbc}): written as a CPLEX LP file in the strong
 * formulation (serving shares x, open sites y binary, each customer served whole, each site's
 * load within its capacity when open, and x_ij <= y_i), solved by the {@code cbc} command, the
 * objective read back from its solution file.
 */
public final class CbcReference {
    /**
     * What CBC said: its status line, objective, the best bound its log gives when it stopped early
     * (NaN if none), and the wall time of the whole {@code cbc} run.
     */
    public record Answer(String status, double objective, double bestPossible, double wallSeconds) {
        public boolean optimal() {
            return status.startsWith("Optimal");
        }
    }

    private CbcReference() {}

    /**
     * Writes the MIP; {@code strong} adds the rows x_ij <= y_i (the tight formulation, m x n more
     * rows), without them each site's capacity row alone links its shares to its opening.
     */
    public static void writeLp(DesignProblem p, Path file, boolean strong) throws IOException {
        int m = p.siteCount();
        int n = p.customerCount();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("Minimize\n obj:");
            int terms = 0;
            for (int i = 0; i < m; i++) {
                out.write(" + " + num(p.sites().get(i).fixedCost()) + " y" + i);
                terms = wrap(out, ++terms);
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    out.write(" + " + num(p.cost(i, j)) + " x" + i + "_" + j);
                    terms = wrap(out, ++terms);
                }
            }
            out.write("\nSubject To\n");
            for (int j = 0; j < n; j++) {
                out.write(" d" + j + ":");
                terms = 0;
                for (int i = 0; i < m; i++) {
                    out.write(" + x" + i + "_" + j);
                    terms = wrap(out, ++terms);
                }
                out.write(" = 1\n");
            }
            for (int i = 0; i < m; i++) {
                out.write(" c" + i + ":");
                terms = 0;
                for (int j = 0; j < n; j++) {
                    out.write(" + " + num(p.demand(j)) + " x" + i + "_" + j);
                    terms = wrap(out, ++terms);
                }
                out.write(" - " + num(p.sites().get(i).capacity()) + " y" + i + " <= 0\n");
            }
            for (int i = 0; i < m && strong; i++) {
                for (int j = 0; j < n; j++) {
                    out.write(" l" + i + "_" + j + ": x" + i + "_" + j + " - y" + i + " <= 0\n");
                }
            }
            List<CandidateSite> sites = p.sites();
            for (int i = 0; i < m; i++) {
                if (sites.get(i).lock() == SiteLock.OPEN) {
                    out.write(" o" + i + ": y" + i + " = 1\n");
                } else if (sites.get(i).lock() == SiteLock.CLOSED) {
                    out.write(" o" + i + ": y" + i + " = 0\n");
                }
            }
            out.write("Bounds\n");
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    out.write(" 0 <= x" + i + "_" + j + " <= 1\n");
                }
            }
            out.write("Binaries\n");
            for (int i = 0; i < m; i++) {
                out.write(" y" + i + "\n");
            }
            out.write("End\n");
        }
    }

    private static int wrap(BufferedWriter out, int terms) throws IOException {
        if (terms % 8 == 0) {
            out.write("\n");
        }
        return terms;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.15g", v).replaceFirst("\\.?0+($|e)", "$1");
    }

    private static final Pattern OBJECTIVE = Pattern.compile("objective value\\s+(-?[0-9.eE+-]+)");

    private static final Pattern BEST_POSSIBLE = Pattern.compile("best possible (-?[0-9.eE+-]+)");

    /**
     * Runs {@code cbc} on {@code lp} with a time limit and a relative gap, one thread; a run still
     * going {@code grace} seconds after its limit is killed.
     */
    public static Answer solve(String cbc, Path lp, double seconds, double ratioGap, double grace)
            throws IOException, InterruptedException {
        Path solution = lp.resolveSibling(lp.getFileName() + ".sol");
        Files.deleteIfExists(solution);
        Path log = lp.resolveSibling(lp.getFileName() + ".log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(
                        cbc,
                        lp.toString(),
                        "-sec",
                        Double.toString(seconds),
                        "-ratioGap",
                        Double.toString(ratioGap),
                        "-threads",
                        "1",
                        "-solve",
                        "-solu",
                        solution.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor((long) (seconds + grace), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
            double wall = (System.nanoTime() - started) / 1e9;
            return new Answer(
                    String.format(Locale.ROOT, "killed after %.0f s without an answer", wall),
                    Double.NaN,
                    Double.NaN,
                    wall);
        }
        double wall = (System.nanoTime() - started) / 1e9;
        Matcher possible = BEST_POSSIBLE.matcher(Files.readString(log));
        double bestPossible = Double.NaN;
        while (possible.find()) {
            bestPossible = Double.parseDouble(possible.group(1));
        }
        if (!Files.exists(solution)) {
            return new Answer("no solution file", Double.NaN, bestPossible, wall);
        }
        String first = Files.readAllLines(solution).get(0);
        Matcher matcher = OBJECTIVE.matcher(first);
        double objective = matcher.find() ? Double.parseDouble(matcher.group(1)) : Double.NaN;
        return new Answer(first.trim(), objective, bestPossible, wall);
    }
}
