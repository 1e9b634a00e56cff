package dev.microtower.design.io;

import dev.microtower.design.domain.CandidateSite;
import dev.microtower.design.domain.DesignLimits;
import dev.microtower.design.domain.DesignProblem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The OR-Library capacitated warehouse location format (Beasley; files cap41 to cap134, capa to
 * capc). The first line holds the number of sites and of customers; then one line per site with
 * its capacity and fixed cost; then per customer its demand followed by one allocation cost per
 * site, the cost of serving the customer's whole demand from that site. Numbers are separated by
 * white space and may wrap over any number of lines. The large files (capa, capb, capc) write the
 * word {@code capacity} instead of each site's capacity, to be given when solving; {@link
 * #read(Path, OptionalDouble)} takes it. Every site is a free new candidate.
 */
public final class OrLibraryFormat {
    private OrLibraryFormat() {}

    /** Reads {@code file}; {@code capacity} replaces the word "capacity" (and only that). */
    public static DesignProblem read(Path file, OptionalDouble capacity) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            throw new InstanceFileException(file + ": no such file");
        } catch (MalformedInputException e) {
            throw new InstanceFileException(
                    file + ": not a text file of numbers (it holds characters other than ASCII)");
        } catch (IOException e) {
            throw new InstanceFileException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return parse(file.getFileName().toString(), lines, capacity);
    }

    static DesignProblem parse(String name, List<String> lines, OptionalDouble capacity) {
        Tokens tokens = new Tokens(name, lines);
        int m = tokens.count("the number of sites");
        int n = tokens.count("the number of customers");
        if (m == 0) {
            throw tokens.problemAtLast("the number of sites must be at least 1");
        }
        if ((long) m * n > 50_000_000L) {
            throw tokens.problemAtLast(
                    m + " sites x " + n + " customers is more than the 50 million costs this reader takes");
        }
        List<CandidateSite> sites = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            String what = "capacity of site " + (i + 1);
            double cap;
            if (tokens.peekIs("capacity")) {
                Token word = tokens.next(what);
                if (capacity.isEmpty()) {
                    throw tokens.problem(
                            word,
                            what + " is written as the word 'capacity': this file leaves the capacity to the solver;"
                                    + " give it with --capacity");
                }
                cap = capacity.getAsDouble();
            } else {
                cap = tokens.number(what);
            }
            double fixed = tokens.number("fixed cost of site " + (i + 1));
            sites.add(CandidateSite.candidate("site " + (i + 1), cap, fixed));
        }
        double[] demand = new double[n];
        double[] cost = new double[m * n];
        for (int j = 0; j < n; j++) {
            demand[j] = tokens.number("demand of customer " + (j + 1));
            for (int i = 0; i < m; i++) {
                cost[i * n + j] = tokens.number("cost of serving customer " + (j + 1) + " from site " + (i + 1));
            }
        }
        tokens.expectEnd(n);
        return new DesignProblem(sites, demand, cost, DesignLimits.NONE);
    }

    /** Writes {@code problem} in the format (capacities as numbers), six costs a line as the published files. */
    public static void write(DesignProblem problem, Path file) {
        int m = problem.siteCount();
        int n = problem.customerCount();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write(" " + m + " " + n + "\n");
            for (CandidateSite s : problem.sites()) {
                out.write(" " + number(s.capacity()) + " " + number(s.fixedCost()) + "\n");
            }
            for (int j = 0; j < n; j++) {
                out.write(" " + number(problem.demand(j)) + "\n");
                for (int i = 0; i < m; i++) {
                    out.write(" " + number(problem.cost(i, j)));
                    if (i % 6 == 5 || i == m - 1) {
                        out.write("\n");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        // shortest text that reads back as exactly the same double
        String text = Double.toString(value);
        return text.contains("E") ? String.format(Locale.ROOT, "%.17g", value).trim() : text;
    }

    private record Token(String text, int line, int field) {}

    /** The file's numbers in order, each with its line and its field on that line (both from 1). */
    private static final class Tokens {
        private final String file;
        private final List<Token> all = new ArrayList<>();
        private int next;
        private final int lastLine;

        Tokens(String file, List<String> lines) {
            this.file = file;
            for (int l = 0; l < lines.size(); l++) {
                String[] parts = lines.get(l).trim().split("\\s+");
                int field = 0;
                for (String part : parts) {
                    if (!part.isEmpty()) {
                        all.add(new Token(part, l + 1, ++field));
                    }
                }
            }
            lastLine = lines.size();
        }

        boolean peekIs(String word) {
            return next < all.size() && all.get(next).text().equalsIgnoreCase(word);
        }

        Token next(String what) {
            if (next >= all.size()) {
                throw new InstanceFileException(
                        String.format(Locale.ROOT, "%s ends at line %d where %s was expected", file, lastLine, what));
            }
            return all.get(next++);
        }

        double number(String what) {
            Token t = next(what);
            double value;
            try {
                value = Double.parseDouble(t.text());
            } catch (NumberFormatException e) {
                throw problem(t, what + ": '" + shorten(t.text()) + "' is not a number");
            }
            if (!Double.isFinite(value)) {
                throw problem(t, what + ": '" + shorten(t.text()) + "' is not a finite number");
            }
            if (value < 0) {
                throw problem(t, what + " must not be negative: " + t.text());
            }
            return value;
        }

        int count(String what) {
            Token t = next(what);
            try {
                int value = Integer.parseInt(t.text());
                if (value < 0) {
                    throw problem(t, what + " must not be negative: " + t.text());
                }
                if (value > 1_000_000) {
                    throw problem(t, what + " is " + t.text() + ", more than the 1,000,000 this reader takes");
                }
                return value;
            } catch (NumberFormatException e) {
                throw problem(t, what + ": '" + shorten(t.text()) + "' is not a whole number");
            }
        }

        void expectEnd(int customers) {
            if (next < all.size()) {
                Token t = all.get(next);
                throw problem(
                        t,
                        "unexpected '" + shorten(t.text()) + "' after the last of the " + customers
                                + " customers the first line announces");
            }
        }

        InstanceFileException problem(Token t, String message) {
            return new InstanceFileException(
                    String.format(Locale.ROOT, "%s line %d, field %d: %s", file, t.line(), t.field(), message));
        }

        InstanceFileException problemAtLast(String message) {
            return problem(all.get(next - 1), message);
        }

        private static String shorten(String text) {
            return text.length() > 30 ? text.substring(0, 30) + "…" : text;
        }
    }
}
