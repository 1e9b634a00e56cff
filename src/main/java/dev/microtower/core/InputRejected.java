package dev.microtower.core;

import java.util.List;

/**
 * A file or form was refused and nothing was written: the problems, each as a line a planner can
 * act on ({@code stock.csv line 2, column on_hand: -5 is negative}). Features catch this type,
 * not the importer's own, so they need not depend on the import package.
 */
public class InputRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> lines;
    private final long total;

    public InputRejected(String message, List<String> lines, long total) {
        super(message);
        this.lines = List.copyOf(lines);
        this.total = total;
    }

    /** The problems found, one line each (perhaps not all of them: see {@link #total()}). */
    public List<String> lines() {
        return lines;
    }

    /** How many problems there were, including any beyond the listed ones. */
    public long total() {
        return total;
    }
}
