package dev.microtower.importexport;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.store.Backups;
import dev.microtower.store.Database;
import dev.microtower.store.DatabaseProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.jooq.exception.DataAccessException;

/**
 * Imports the files of docs/file-formats.md into one scenario: a folder (every known file, in
 * dependency order), a single CSV or GeoJSON file, or a workbook. Everything happens in one
 * transaction; with any problem nothing is written and an {@link ImportException} lists them all.
 */
public final class Importer {
    /** Rows written above which the database file is compacted on close (see {@link Database#compactWhenClosing}). */
    static final long COMPACT_AFTER_ROWS = 50_000;

    /** The workbook the exporter writes. */
    public static final String WORKBOOK = "microtower.xlsx";

    private final Database database;

    public Importer(Database database) {
        this.database = database;
    }

    public ImportReport importPath(Path path, ScenarioId scenario) {
        return importPath(path, scenario, Progress.NONE, Cancellation.none());
    }

    public ImportReport importPath(Path path, ScenarioId scenario, Progress progress, Cancellation cancellation) {
        List<Source> sources = sources(path);
        long total = 0;
        for (Source s : sources) {
            total += s.size;
        }
        long totalWork = total;
        // the undo of last resort for a big file: an import is one transaction, but a planner who
        // imported the wrong (valid) file wants yesterday's data back
        Optional<Path> backup = database.backupIfLarger(Backups.BACKUP_BEFORE_IMPORT_ABOVE_BYTES);
        try {
            ImportReport report = database.inTransaction(tx -> tx.dsl().connectionResult(connection -> {
                ImportRun run = new ImportRun(tx.dsl(), connection, scenario, progress, cancellation, totalWork);
                for (Source source : sources) {
                    cancellation.check(ImportRun.CANCELLED);
                    source.run(run);
                }
                run.problems().throwIfAny();
                run.noteOrdersWithoutLines();
                progress.progress(totalWork, totalWork, "imported");
                return run.report();
            }));
            long written = 0;
            for (ImportReport.Counts counts : report.entities().values()) {
                written += counts.added() + counts.updated();
            }
            if (written >= COMPACT_AFTER_ROWS) {
                database.compactWhenClosing();
            }
            return backup.map(b -> report.withNote("a copy of the database from before this import was kept: " + b))
                    .orElse(report);
        } catch (DataAccessException e) {
            if (DatabaseProblems.diskFull(e, database.file())) {
                throw DatabaseProblems.diskFull(database.file(), e);
            }
            // the checks above mirror the schema's constraints; reaching one means a check is
            // missing. The engine's own words (SQL, constraint names) are no help to a planner.
            throw new ImportException(
                    List.of(new Problem(
                            path.getFileName().toString(),
                            null,
                            "the database refused the data (a check Microtower should have made is missing)")),
                    1);
        } catch (RuntimeException e) {
            if (DatabaseProblems.diskFull(e, database.file())) {
                throw DatabaseProblems.diskFull(database.file(), e);
            }
            throw e;
        }
    }

    /**
     * Reads an allocation-rules CSV file as {@link #importPath} would import it, but writes nothing:
     * the rules editor loads a file into its draft this way. Node and SKU codes are checked against
     * {@code scenario}. With any problem an {@link ImportException} lists them all.
     */
    public List<AllocationRule> readRules(Path file, ScenarioId scenario) {
        String fileName = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw single(file.toString(), "no such file");
        }
        return database.inTransaction(tx -> tx.dsl().connectionResult(connection -> {
            ImportRun run =
                    new ImportRun(tx.dsl(), connection, scenario, Progress.NONE, Cancellation.none(), size(file));
            List<AllocationRule> rules;
            try (CsvTableReader reader = new CsvTableReader(fileName, Files.newInputStream(file), size(file))) {
                rules = run.parseRules(reader);
            }
            run.problems().throwIfAny();
            return rules;
        }));
    }

    /** One thing to read, in dependency order. */
    private abstract static class Source {
        final int order;
        final long size;

        Source(int order, long size) {
            this.order = order;
            this.size = size;
        }

        abstract void run(ImportRun run) throws IOException, SQLException;
    }

    private static List<Source> sources(Path path) {
        if (!Files.exists(path)) {
            throw single(path.toString(), "no such file or folder");
        }
        List<Source> sources = new ArrayList<>();
        if (Files.isDirectory(path)) {
            for (int i = 0; i < Layouts.ALL.size(); i++) {
                Layout layout = Layouts.ALL.get(i);
                for (String name : candidates(layout)) {
                    Path file = path.resolve(name);
                    if (Files.isRegularFile(file)) {
                        sources.add(fileSource(i, layout, file));
                        break;
                    }
                }
            }
            if (sources.isEmpty()) {
                Path workbook = path.resolve(WORKBOOK);
                if (Files.isRegularFile(workbook)) {
                    return List.of(workbookSource(workbook));
                }
                throw single(
                        path.toString(),
                        "holds none of the files Microtower imports (skus.csv, nodes.csv, stock.csv, orders.csv[.gz], "
                                + "order-lines.csv[.gz], allocation-rules.csv, delivery-zones.geojson, demand-multipliers.csv, "
                                + "category-supply.csv, "
                                + WORKBOOK
                                + ")");
            }
            return sources;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return List.of(workbookSource(path));
        }
        for (int i = 0; i < Layouts.ALL.size(); i++) {
            Layout layout = Layouts.ALL.get(i);
            if (candidates(layout).contains(name)) {
                return List.of(fileSource(i, layout, path));
            }
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return List.of(fileSource(Layouts.ALL.indexOf(Layouts.ZONES), Layouts.ZONES, path));
        }
        throw single(
                path.getFileName().toString(),
                "is not a file Microtower knows; name it after its entity (skus.csv, nodes.csv, stock.csv, "
                        + "orders.csv, order-lines.csv, allocation-rules.csv, delivery-zones.geojson, demand-multipliers.csv, "
                        + "category-supply.csv) or use an .xlsx workbook");
    }

    private static List<String> candidates(Layout layout) {
        if (layout == Layouts.ZONES) {
            return List.of(layout.fileName());
        }
        return List.of(layout.fileName(), layout.fileName() + ".gz");
    }

    private static ImportException single(String where, String reason) {
        return new ImportException(List.of(new Problem(where, null, reason)), 1);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Source fileSource(int order, Layout layout, Path file) {
        String fileName = file.getFileName().toString();
        return new Source(order, size(file)) {
            @Override
            void run(ImportRun run) throws IOException, SQLException {
                if (layout == Layouts.ZONES) {
                    try (InputStream in = Files.newInputStream(file)) {
                        run.zonesGeoJson(fileName, in, size);
                    }
                    return;
                }
                try (CsvTableReader reader = new CsvTableReader(fileName, Files.newInputStream(file), size)) {
                    read(run, layout, reader);
                }
            }
        };
    }

    static void read(ImportRun run, Layout layout, TableReader reader) throws SQLException {
        if (layout == Layouts.SKUS) {
            run.skus(reader);
        } else if (layout == Layouts.NODES) {
            run.nodes(reader);
        } else if (layout == Layouts.STOCK) {
            run.stock(reader);
        } else if (layout == Layouts.ORDERS) {
            run.orders(reader);
        } else if (layout == Layouts.ORDER_LINES) {
            run.orderLines(reader);
        } else if (layout == Layouts.RULES) {
            run.rules(reader);
        } else if (layout == Layouts.DEMAND_MULTIPLIERS) {
            run.multipliers(reader);
        } else if (layout == Layouts.CATEGORY_SUPPLY) {
            run.categorySupply(reader);
        } else {
            run.zones(reader);
        }
    }

    /** Every sheet must be there: a workbook with a sheet missing is more likely damaged than meant. */
    private static Source workbookSource(Path file) {
        String fileName = file.getFileName().toString();
        return new Source(0, Layouts.ALL.size()) {
            @Override
            void run(ImportRun run) throws IOException, SQLException {
                String unsafe = XlsxGuard.problemWith(file);
                if (unsafe != null) {
                    run.problems().add(fileName, null, unsafe);
                    return;
                }
                ReadableWorkbook workbook;
                try {
                    workbook = new ReadableWorkbook(file.toFile());
                } catch (IOException | RuntimeException e) {
                    run.problems().add(fileName, null, "is not an Excel workbook, or the file is damaged");
                    return;
                }
                try (workbook) {
                    List<Layout> present = new ArrayList<>();
                    for (Layout layout : Layouts.ALL) {
                        Optional<Sheet> sheet = workbook.findSheet(layout.sheet());
                        if (sheet.isEmpty() && layout == Layouts.DEMAND_MULTIPLIERS) {
                            continue; // newer than the other sheets: a workbook without it has no demand changes
                        }
                        if (sheet.isEmpty() && layout == Layouts.CATEGORY_SUPPLY) {
                            continue; // newer still: a workbook without it keeps the stored settings per category
                        }
                        if (sheet.isEmpty()) {
                            run.problems()
                                    .add(
                                            fileName,
                                            null,
                                            "the sheet '" + layout.sheet() + "' is missing; the workbook "
                                                    + "needs the sheets skus, nodes, stock, orders, order-lines, allocation-rules, delivery-zones");
                        } else {
                            present.add(layout);
                        }
                    }
                    for (Layout layout : present) {
                        Sheet sheet = workbook.findSheet(layout.sheet()).orElseThrow();
                        try (XlsxTableReader reader = new XlsxTableReader(fileName, sheet, 1)) {
                            read(run, layout, reader);
                        } catch (org.dhatim.fastexcel.reader.ExcelReaderException e) {
                            // the workbook lists a sheet whose part is missing or unreadable (found by the fuzz run)
                            run.problems()
                                    .add(
                                            fileName,
                                            null,
                                            "the sheet '" + layout.sheet() + "' is damaged or missing from the file");
                            return;
                        }
                    }
                }
            }
        };
    }
}
