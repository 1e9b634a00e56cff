package dev.microtower.importexport;

/**
 * One thing wrong with an input: where (file and line, sheet and row, or feature), which column
 * ({@code null} when the whole row or file is at fault) and why, in words a planner can act on.
 */
public record Problem(String where, String column, String reason) {
    @Override
    public String toString() {
        return column == null ? where + ": " + reason : where + ", column " + column + ": " + reason;
    }
}
