package dev.microtower.shell;

import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.ImportException;
import dev.microtower.importexport.ImportReport;
import dev.microtower.importexport.Importer;
import dev.microtower.importexport.Problem;
import dev.microtower.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports files dropped on the window or chosen with File → Import, with the same validation as
 * the command line. Several files are imported together, in one transaction and in dependency
 * order, by gathering them in a temporary folder: all of them are written, or none.
 */
public final class FileImporter {
    /** What came of an import: a summary, or every problem found. */
    public record Outcome(String summary, List<String> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    /** File name endings the importer reads. */
    public static boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv")
                || name.endsWith(".csv.gz")
                || name.endsWith(".xlsx")
                || name.endsWith(".geojson")
                || Files.isDirectory(file);
    }

    /** Imports {@code files} into the baseline; call on a worker thread. */
    public Outcome importFiles(Database database, List<Path> files, Progress progress, Cancellation cancellation) {
        Path gathered = null;
        try {
            Path source = files.get(0);
            if (files.size() > 1) {
                gathered = Files.createTempDirectory("microtower-import");
                for (Path file : files) {
                    Files.copy(file, gathered.resolve(file.getFileName()));
                }
                source = gathered;
            }
            ImportReport report =
                    new Importer(database).importPath(source, ScenarioId.BASELINE, progress, cancellation);
            return new Outcome(summary(report), List.of());
        } catch (ImportException e) {
            List<String> problems =
                    new ArrayList<>(e.problems().stream().map(Problem::toString).toList());
            if (e.total() > e.problems().size()) {
                problems.add("… and " + (e.total() - e.problems().size()) + " more");
            }
            return new Outcome("", problems);
        } catch (CancelledException e) {
            return new Outcome("Import cancelled; nothing was written", List.of());
        } catch (IOException e) {
            return new Outcome("", List.of("cannot read the files: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            return new Outcome(
                    "", List.of("cannot read the files: " + e.getCause().getMessage()));
        } finally {
            deleteQuietly(gathered);
        }
    }

    private static String summary(ImportReport report) {
        List<String> parts = new ArrayList<>();
        report.entities()
                .forEach((entity, c) -> parts.add(String.format(
                        "%s: %,d added, %,d updated, %,d unchanged", entity, c.added(), c.updated(), c.unchanged())));
        return parts.isEmpty() ? "Nothing to import" : "Imported " + String.join("; ", parts);
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
