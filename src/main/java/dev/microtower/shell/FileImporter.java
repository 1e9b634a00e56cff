package dev.microtower.shell;

import dev.microtower.persistence.Database;
import java.nio.file.Path;
import java.util.List;

/**
 * Imports files dropped on the window or chosen with File → Import, with the same validation as
 * the command line. Either everything is written or nothing is.
 */
@FunctionalInterface
public interface FileImporter {
    /** What came of an import: a one-line summary, or every problem found. */
    record Outcome(String summary, List<String> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    Outcome importFiles(Database database, List<Path> files);

    /** File name endings the importer reads. */
    static boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".xlsx") || name.endsWith(".geojson")
                || name.endsWith(".json");
    }
}
