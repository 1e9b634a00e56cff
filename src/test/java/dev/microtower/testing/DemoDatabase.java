package dev.microtower.testing;

import dev.microtower.core.Progress;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Bay Area demo database for the benchmarks: a copy of {@code -Dmicrotower.bench.db=FILE} when
 * given (made once with {@code java -jar target/microtower.jar demo --db FILE}, which saves the
 * minute the demo import takes), else loaded afresh. A copy, because a benchmark stores plans and
 * decides suggestions, and the next run must start from the same data.
 */
public final class DemoDatabase {
    private DemoDatabase() {}

    /** A demo database file (without H2's {@code .mv.db} ending) inside {@code dir}. */
    public static Path in(Path dir) throws IOException {
        Path file = dir.resolve("demo");
        String given = System.getProperty("microtower.bench.db");
        if (given != null && Files.exists(Path.of(given + ".mv.db"))) {
            Files.copy(Path.of(given + ".mv.db"), Path.of(file + ".mv.db"), StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
        try (Database db = Database.open(file)) {
            DemoLoader.loadIfEmpty(db, Progress.NONE);
        }
        return file;
    }
}
