package dev.microtower.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints rows of text as aligned columns for the console: the first column left-aligned, the
 * others right-aligned so numbers line up. A row of one cell is a heading and takes no width.
 */
final class TextTable {
    private TextTable() {}

    static void print(PrintWriter console, List<List<String>> rows) {
        List<Integer> widths = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() == 1) {
                continue;
            }
            for (int i = 0; i < row.size(); i++) {
                if (widths.size() <= i) {
                    widths.add(0);
                }
                widths.set(i, Math.max(widths.get(i), row.get(i).length()));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                if (row.size() == 1) {
                    line.append(cell);
                } else if (i == 0) {
                    line.append(cell).append(" ".repeat(widths.get(0) - cell.length()));
                } else {
                    line.append("  ")
                            .append(" ".repeat(widths.get(i) - cell.length()))
                            .append(cell);
                }
            }
            console.println(line.toString().stripTrailing());
        }
    }
}
