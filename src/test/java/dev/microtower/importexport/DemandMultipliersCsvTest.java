package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.store.Database;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * demand-multipliers.csv on real H2 files: what the export writes, the import reads back to the
 * same demand changes (by SKU and zone, by category and site, by drawn area with dates), and a
 * bad row is refused naming the file, line and column, with the scenario's changes left as they were.
 */
class DemandMultipliersCsvTest {
    private static final ScenarioId BASE = ScenarioId.BASELINE;

    @TempDir
    Path dir;

    @Test
    void exportedDemandChangesImportBackTheSame() {
        List<DemandMultiplier> changes;
        Path files = dir.resolve("export");
        try (Database db = Database.open(dir.resolve("from"))) {
            DemoLoader.load(db, "demo-fixture/", Progress.NONE, Cancellation.none());
            changes = changes(db);
            new JooqScenarioRepository(db).replaceMultipliers(BASE, changes);
            new Exporter(db).exportCsv(files, BASE, Progress.NONE);
        }
        assertTrue(Files.isRegularFile(files.resolve("demand-multipliers.csv")));
        try (Database db = Database.open(dir.resolve("to"))) {
            new Importer(db).importPath(files, BASE);
            assertEquals(changes, new JooqScenarioRepository(db).findMultipliers(BASE));
        }
    }

    @Test
    void aBadRowIsRefusedNamingLineAndColumnAndNothingIsWritten() throws Exception {
        try (Database db = Database.open(dir.resolve("db"))) {
            DemoLoader.load(db, "demo-fixture/", Progress.NONE, Cancellation.none());
            List<DemandMultiplier> before = changes(db);
            new JooqScenarioRepository(db).replaceMultipliers(BASE, before);
            Path file = dir.resolve("demand-multipliers.csv");
            Files.writeString(
                    file,
                    String.join(
                            "\n",
                            "factor,sku,category,site,zone,area_wkt,valid_from,valid_to,note",
                            "1.2,,,,,,,,fine",
                            "-1,,,,,,,,negative",
                            "1.1,,,NO-SUCH-SITE,,,2026-13-01,,unknown site and a bad date",
                            ""));

            ImportException refused =
                    assertThrows(ImportException.class, () -> new Importer(db).importPath(file, BASE));

            List<String> problems =
                    refused.problems().stream().map(Problem::toString).toList();
            assertTrue(
                    problems.stream().anyMatch(p -> p.contains("line 3") && p.contains("factor")), problems.toString());
            assertTrue(
                    problems.stream().anyMatch(p -> p.contains("line 4") && p.contains("NO-SUCH-SITE")),
                    problems.toString());
            assertTrue(
                    problems.stream().anyMatch(p -> p.contains("line 4") && p.contains("valid_from")),
                    problems.toString());
            assertEquals(before, new JooqScenarioRepository(db).findMultipliers(BASE));
        }
    }

    /** Three changes of the demo's data: by SKU and zone, by category and site, by drawn area with dates. */
    private static List<DemandMultiplier> changes(Database db) {
        var zone = new JooqZoneRepository(db).findAll(BASE).get(0);
        SkuCode sku = new JooqSkuRepository(db).findAll().get(0).code();
        NodeCode site = new JooqNodeRepository(db).findAll(BASE).get(0).code();
        return List.of(
                new DemandMultiplier(null, null, 1.3, null, null, "heat wave", sku, zone.code(), null),
                new DemandMultiplier(site, "grocery-chilled", 0.8, null, null, null),
                new DemandMultiplier(
                        null,
                        null,
                        1.5,
                        LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 24),
                        "Christmas, \"downtown\"",
                        null,
                        null,
                        List.of(
                                new GeoPoint(37.77, -122.42),
                                new GeoPoint(37.79, -122.42),
                                new GeoPoint(37.79, -122.39))));
    }
}
