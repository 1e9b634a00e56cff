package dev.microtower.importexport;

import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports files dropped on the window or chosen with File → Import, with the same validation as
 * the command line, and exports a scenario to a workbook or a folder of CSV files. Several files
 * are imported together, in one transaction and in dependency order, by gathering them in a
 * temporary folder: all of them are written, or none. Toolkit-free; call from a worker thread.
 */
public final class ImportExportService {
    /** What each imported entity (as the import report names it) changes. */
    private static final Map<String, DataKind> TOUCHES = Map.of(
            "nodes", DataKind.NETWORK,
            "skus", DataKind.STOCK,
            "stock", DataKind.STOCK,
            "orders", DataKind.ORDERS,
            "order lines", DataKind.ORDERS,
            "allocation rules", DataKind.RULES,
            "delivery zones", DataKind.ZONES,
            "demand multipliers", DataKind.DEMAND_MULTIPLIERS,
            "category supply", DataKind.SUPPLY);

    /**
     * What came of an import: a summary and the kinds of data written, or every problem found.
     * A cancelled import wrote nothing and touched nothing.
     */
    public record Outcome(String summary, List<String> problems, Set<DataKind> touched) {
        public Outcome {
            problems = List.copyOf(problems);
            touched = touched.isEmpty() ? Set.of() : Set.copyOf(touched);
        }

        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    private final Database database;

    public ImportExportService(Database database) {
        this.database = database;
    }

    /** File name endings the importer reads, and folders of such files. */
    public static boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv")
                || name.endsWith(".csv.gz")
                || name.endsWith(".xlsx")
                || name.endsWith(".geojson")
                || Files.isDirectory(file);
    }

    /** Imports {@code files} into {@code scenario}. */
    public Outcome importFiles(List<Path> files, ScenarioId scenario, Progress progress, Cancellation cancellation) {
        Path gathered = null;
        try {
            Path source = files.get(0);
            if (files.size() > 1) {
                gathered = TempFolders.create("microtower-import");
                for (Path file : files) {
                    Files.copy(file, gathered.resolve(file.getFileName()));
                }
                source = gathered;
            }
            ImportReport report = new Importer(database).importPath(source, scenario, progress, cancellation);
            return new Outcome(summary(report), List.of(), touched(report));
        } catch (ImportException e) {
            List<String> problems =
                    new ArrayList<>(e.problems().stream().map(Problem::toString).toList());
            if (e.total() > e.problems().size()) {
                problems.add("… and " + (e.total() - e.problems().size()) + " more");
            }
            return new Outcome("", problems, Set.of());
        } catch (CancelledException e) {
            return new Outcome("Import cancelled; nothing was written", List.of(), Set.of());
        } catch (IOException e) {
            return new Outcome("", List.of("cannot read the files: " + e.getMessage()), Set.of());
        } catch (UncheckedIOException e) {
            return new Outcome(
                    "", List.of("cannot read the files: " + e.getCause().getMessage()), Set.of());
        } finally {
            deleteQuietly(gathered);
        }
    }

    /**
     * Exports {@code scenario} to a workbook ({@code .xlsx}) or, for any other name, a folder of CSV
     * files. All or nothing: the files are written beside the target and moved into place only when
     * every one is complete, so a failed or cancelled export leaves what was there untouched.
     * Cancelling takes effect at the next table and throws {@link CancelledException}.
     */
    public Path export(Path target, ScenarioId scenario, Progress progress, Cancellation cancellation) {
        Exporter exporter = new Exporter(database);
        Progress checked = (done, total, message) -> {
            if (cancellation.isCancelled()) {
                throw new CancelledException("the export was cancelled; nothing was written");
            }
            progress.progress(done, total, message);
        };
        try {
            if (target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                exporter.exportXlsx(target, scenario, checked); // written beside and moved into place there
            } else {
                exportFolder(exporter, target, scenario, checked);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    private static void exportFolder(Exporter exporter, Path target, ScenarioId scenario, Progress progress)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path written = Files.createTempDirectory(absolute.getParent(), absolute.getFileName() + ".part");
        try {
            exporter.exportCsv(written, scenario, progress);
            Files.createDirectories(absolute);
            try (var files = Files.list(written)) {
                for (Path file : files.toList()) {
                    Files.move(file, absolute.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            deleteQuietly(written);
        }
    }

    private static Set<DataKind> touched(ImportReport report) {
        Set<DataKind> kinds = EnumSet.noneOf(DataKind.class);
        for (String entity : report.entities().keySet()) {
            DataKind kind = TOUCHES.get(entity);
            if (kind == null) {
                return DataChange.everything(); // an entity this list does not know: refresh every view
            }
            kinds.add(kind);
        }
        return kinds;
    }

    private static String summary(ImportReport report) {
        List<String> parts = new ArrayList<>();
        report.entities()
                .forEach((entity, c) -> parts.add(String.format(
                        "%s: %,d added, %,d updated, %,d unchanged", entity, c.added(), c.updated(), c.unchanged())));
        String text = parts.isEmpty() ? "Nothing to import" : "Imported " + String.join("; ", parts);
        return report.notes().isEmpty() ? text : text + ". " + String.join(". ", report.notes());
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
