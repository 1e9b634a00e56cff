package dev.microtower.importexport;

import java.util.List;
import java.util.stream.Collectors;

/** An import found problems and wrote nothing. The message lists every problem, one per line. */
public class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final long total;

    public ImportException(List<Problem> problems, long total) {
        super(describe(problems, total));
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    /** The problems found, at most {@link Problems#LIMIT} of them. */
    public List<Problem> problems() {
        return problems;
    }

    /** How many problems there were, including any beyond the listed ones. */
    public long total() {
        return total;
    }

    private static String describe(List<Problem> problems, long total) {
        String list = problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
        String summary = total == 1 ? "1 problem, nothing was imported" : total + " problems, nothing was imported";
        if (total > problems.size()) {
            list += "\n... and " + (total - problems.size()) + " more";
        }
        return list + "\n" + summary;
    }
}
