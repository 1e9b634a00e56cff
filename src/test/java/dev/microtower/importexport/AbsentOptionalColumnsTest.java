package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every optional column of every CSV entity: an export with that one column taken out re-imports
 * to exactly the database it came from. A column absent from a file leaves the stored values alone.
 */
class AbsentOptionalColumnsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> optionalColumns() {
        List<Arguments> all = new ArrayList<>();
        for (Layout layout : Layouts.ALL) {
            if (!layout.fileName().endsWith(".csv")
                    || layout == Layouts.DEMAND_MULTIPLIERS
                    || layout == Layouts.CATEGORY_SUPPLY) {
                continue; // zones are GeoJSON; demand changes and category supply are whole lists, replaced by the file
            }
            layout.columns().stream()
                    .filter(c -> !c.required())
                    .forEach(c -> all.add(Arguments.of(layout.fileName(), c.name())));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("optionalColumns")
    void aFileWithoutAnOptionalColumnKeepsItsStoredValues(String fileName, String column) throws Exception {
        try (Database db = RoundTripTest.populated(dir.resolve("db"))) {
            Path before = dir.resolve("before");
            new Exporter(db).exportCsv(before, ScenarioId.BASELINE, Progress.NONE);
            Path without = Files.createDirectories(dir.resolve("without")).resolve(fileName);
            int rows = writeWithout(before.resolve(fileName), without, column);
            assertTrue(rows > 0, "the fixture has " + fileName + " rows whose " + column + " could be lost");

            ImportReport report = new Importer(db).importPath(without, ScenarioId.BASELINE);

            Path after = dir.resolve("after");
            new Exporter(db).exportCsv(after, ScenarioId.BASELINE, Progress.NONE);
            assertEquals(contents(before), contents(after), fileName + " without " + column + ": " + report.format());
            assertTrue(report.format().contains(column), report.format());
        }
    }

    /** Copies the CSV file without {@code column}; returns the data rows written. */
    private static int writeWithout(Path from, Path to, String column) throws Exception {
        List<CsvRecord> records;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text(from))) {
            records = reader.stream().toList();
        }
        int drop = records.get(0).getFields().indexOf(column);
        assertTrue(drop >= 0, column + " is in the export of " + from.getFileName());
        try (CsvWriter writer = CsvWriter.builder().build(to, StandardCharsets.UTF_8)) {
            for (CsvRecord r : records) {
                List<String> fields = new ArrayList<>(r.getFields());
                fields.remove(drop);
                writer.writeRecord(fields);
            }
        }
        return records.size() - 1;
    }

    /** The file's text, or the text of its {@code .gz} twin if the export compressed it. */
    private static String text(Path file) throws Exception {
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        if (!Files.exists(file) && Files.exists(gz)) {
            file = gz;
        }
        if (file.getFileName().toString().endsWith(".gz")) {
            try (var in = new GZIPInputStream(Files.newInputStream(file))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Map<String, String> contents(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path f : all.toList()) {
                files.put(f.getFileName().toString(), text(f));
            }
        }
        return files;
    }
}
