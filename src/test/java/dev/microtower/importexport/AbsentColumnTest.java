package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file without an optional column updates what it has and leaves the stored values of the rest. */
class AbsentColumnTest {
    @TempDir
    Path dir;

    @Test
    void skusWithoutTheirTagsColumnKeepTheirTagsAndTheReportSaysWhichColumnsWereAbsent() throws Exception {
        try (Database db = RoundTripTest.populated(dir.resolve("db"))) {
            List<Sku> before = new JooqSkuRepository(db).findAll();
            assertTrue(before.stream().anyMatch(s -> !s.tags().isEmpty()), "the fixture has tags to lose");
            new Exporter(db).exportCsv(dir.resolve("out"), ScenarioId.BASELINE, Progress.NONE);
            Path skus = dir.resolve("out/skus.csv");
            List<String> lines = Files.readAllLines(skus);
            int tags = List.of(lines.get(0).split(",")).indexOf("tags");
            assertEquals(lines.get(0).split(",").length - 1, tags, "tags is the last column of the export");
            Path without = Files.createDirectories(dir.resolve("without")).resolve("skus.csv");
            Files.writeString(
                    without,
                    lines.stream()
                            .map(l -> l.substring(0, l.lastIndexOf(',')).replace("'=HYPERLINK", "'=HYPERLINK2"))
                            .collect(Collectors.joining("\n")));

            ImportReport report = new Importer(db).importPath(without, ScenarioId.BASELINE);

            assertTrue(report.of("skus").updated() > 0, report.format());
            assertTrue(
                    report.format().contains("skus.csv: the columns tags are not in the file; the stored values"),
                    report.format());
            List<Sku> after = new JooqSkuRepository(db).findAll();
            for (int i = 0; i < before.size(); i++) {
                assertEquals(
                        before.get(i).tags(),
                        after.get(i).tags(),
                        before.get(i).code().value());
            }
        }
    }
}
