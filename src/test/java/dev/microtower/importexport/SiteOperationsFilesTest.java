package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.simulation.domain.SiteOperations;
import dev.microtower.simulation.store.SiteOperationsRepository;
import dev.microtower.simulation.store.jooq.JooqSiteOperationsRepository;
import dev.microtower.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulation's optional site columns (orders per day, same-day cut-off, vendor lead time and
 * review period) travel through nodes.csv and the workbook's node sheet: exported, imported into
 * a fresh database as the same values, kept when a file leaves them out, refused when out of range.
 */
class SiteOperationsFilesTest {
    private static final ScenarioId BASE = ScenarioId.BASELINE;
    private static final NodeCode DC = NodeCode.of("DC-OAK");
    private static final NodeCode MFC = NodeCode.of("MFC-SF1");

    @TempDir
    Path dir;

    /** The populated fixture with stated operations on the DC and the MFC (the locker keeps the defaults). */
    private static Database withOperations(Path file) {
        Database db = RoundTripTest.populated(file);
        SiteOperationsRepository ops = new JooqSiteOperationsRepository(db);
        assertTrue(ops.save(BASE, new SiteOperations(DC, null, null, 4.5, 10)));
        assertTrue(ops.save(BASE, new SiteOperations(MFC, 320, 15.5, null, null)));
        return db;
    }

    private static Map<NodeCode, SiteOperations> operations(Database db) {
        return new JooqSiteOperationsRepository(db).findAll(BASE);
    }

    @Test
    void csvExportCarriesTheSiteOperationsAndImportsThemIntoAFreshDatabase() throws Exception {
        try (Database source = withOperations(dir.resolve("source"));
                Database target = Database.open(dir.resolve("target"))) {
            new Exporter(source).exportCsv(dir.resolve("out"), BASE, Progress.NONE);
            String header = Files.readAllLines(dir.resolve("out/nodes.csv")).get(0);
            assertTrue(
                    header.endsWith(",orders_per_day,same_day_cutoff_hour,supply_lead_time_days,supply_review_days"),
                    header);

            new Importer(target).importPath(dir.resolve("out"), BASE);

            assertEquals(operations(source), operations(target));
            assertEquals(
                    new SiteOperations(MFC, 320, 15.5, null, null),
                    operations(target).get(MFC));
            assertEquals(
                    new SiteOperations(DC, null, null, 4.5, 10),
                    operations(target).get(DC));
        }
    }

    @Test
    void workbookExportCarriesTheSiteOperationsAndImportsThemIntoAFreshDatabase() throws Exception {
        try (Database source = withOperations(dir.resolve("source"));
                Database target = Database.open(dir.resolve("target"))) {
            Path workbook = dir.resolve("network.xlsx");
            new Exporter(source).exportXlsx(workbook, BASE, Progress.NONE);

            new Importer(target).importPath(workbook, BASE);

            assertEquals(operations(source), operations(target));
            assertEquals(320, operations(target).get(MFC).ordersPerDay());
        }
    }

    @Test
    void changingOnlyAnOperationsValueUpdatesTheSiteAndReimportingChangesNothing() throws Exception {
        try (Database db = withOperations(dir.resolve("db"))) {
            new Exporter(db).exportCsv(dir.resolve("out"), BASE, Progress.NONE);
            Path nodes = dir.resolve("out/nodes.csv");
            String text = Files.readString(nodes);
            String edited = text.replace(",320,15.5,,", ",280,15.5,,");
            assertTrue(!edited.equals(text), "the export holds the MFC's 320 orders per day");
            Files.writeString(nodes, edited);

            ImportReport changed = new Importer(db).importPath(nodes, BASE);
            ImportReport again = new Importer(db).importPath(nodes, BASE);

            assertEquals(1, changed.of("nodes").updated(), changed.format());
            assertEquals(280, operations(db).get(MFC).ordersPerDay());
            assertEquals(0, again.of("nodes").updated(), again.format());
        }
    }

    @Test
    void aNodesFileWithoutTheOperationsColumnsKeepsTheStoredValues() throws Exception {
        try (Database db = withOperations(dir.resolve("db"))) {
            Map<NodeCode, SiteOperations> before = operations(db);
            Node mfc = new JooqNodeRepository(db)
                    .findAll(BASE).stream()
                            .filter(n -> n.code().equals(MFC))
                            .findFirst()
                            .orElseThrow();
            Path nodes = dir.resolve("nodes.csv");
            Files.writeString(
                    nodes,
                    "code,name,type,lat,lon\n" + "MFC-SF1,Renamed MFC,"
                            + mfc.type().name() + "," + mfc.location().lat() + ","
                            + mfc.location().lon() + "\n");

            ImportReport report = new Importer(db).importPath(nodes, BASE);

            assertEquals(1, report.of("nodes").updated(), report.format());
            assertTrue(report.format().contains("orders_per_day"), report.format());
            assertEquals(before, operations(db));
            assertEquals(
                    "Renamed MFC",
                    new JooqNodeRepository(db)
                            .findAll(BASE).stream()
                                    .filter(n -> n.code().equals(MFC))
                                    .findFirst()
                                    .orElseThrow()
                                    .name());
        }
    }

    @Test
    void anOutOfRangeCutOffIsRefusedWithFileLineAndColumnAndChangesNothing() throws Exception {
        try (Database db = withOperations(dir.resolve("db"))) {
            Map<NodeCode, SiteOperations> before = operations(db);
            Path nodes = dir.resolve("nodes.csv");
            Files.writeString(
                    nodes,
                    String.join(
                            "\n",
                            List.of(
                                    "code,name,type,lat,lon,same_day_cutoff_hour,supply_review_days",
                                    "N-NEW,New site,DARK_STORE,37.7,-122.4,12,7",
                                    "MFC-SF1,MFC,MICRO_FULFILLMENT_CENTER,37.7786,-122.4056,25,",
                                    "")));

            ImportException e = assertThrows(ImportException.class, () -> new Importer(db).importPath(nodes, BASE));

            assertTrue(e.getMessage().contains("nodes.csv line 3, column same_day_cutoff_hour: 25"), e.getMessage());
            assertEquals(before, operations(db));
            assertTrue(new JooqNodeRepository(db)
                    .findAll(BASE).stream().noneMatch(n -> n.code().value().equals("N-NEW")));
        }
    }

    @Test
    void aReviewPeriodOfZeroDaysIsRefused() throws Exception {
        try (Database db = withOperations(dir.resolve("db"))) {
            Path nodes = dir.resolve("nodes.csv");
            Files.writeString(
                    nodes, "code,name,type,lat,lon,supply_review_days\n" + "DC-OAK,DC,REGIONAL_DC,37.77,-122.2,0\n");

            ImportException e = assertThrows(ImportException.class, () -> new Importer(db).importPath(nodes, BASE));

            assertTrue(e.getMessage().contains("nodes.csv line 2, column supply_review_days: 0"), e.getMessage());
            assertEquals(10, operations(db).get(DC).supplyReviewDays());
        }
    }
}
