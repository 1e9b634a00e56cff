package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.store.jooq.JooqCategorySupplyRepository;
import dev.microtower.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regional DCs' vendor supply per category travels through category-supply.csv and the
 * workbook: exported, imported into a fresh database as the same rows, and a bad row is refused
 * with its file, line and column while the database keeps what it held.
 */
class CategorySupplyFilesTest {
    private static final ScenarioId BASE = ScenarioId.BASELINE;
    private static final NodeCode DC = NodeCode.of("DC-OAK");

    @TempDir
    Path dir;

    private static List<CategorySupply> rows(Database db) {
        return new JooqCategorySupplyRepository(db).findAll(BASE);
    }

    @Test
    void csvExportImportsIntoAFreshDatabaseAsTheSameRows() throws Exception {
        try (Database source = RoundTripTest.populated(dir.resolve("source"));
                Database target = Database.open(dir.resolve("target"))) {
            new Exporter(source).exportCsv(dir.resolve("out"), BASE, Progress.NONE);
            assertEquals(
                    List.of(
                            "site,category,supply_lead_time_days,supply_review_days",
                            "DC-OAK,electronics,12.5,",
                            "DC-OAK,grocery-chilled,1,2"),
                    Files.readAllLines(dir.resolve("out/category-supply.csv")));

            ImportReport report = new Importer(target).importPath(dir.resolve("out"), BASE);

            assertEquals(2, report.of("category supply").added(), report.format());
            assertEquals(rows(source), rows(target));
            assertEquals(
                    new CategorySupply(DC, "electronics", 12.5, null),
                    rows(target).get(0));
        }
    }

    @Test
    void workbookExportImportsIntoAFreshDatabaseAsTheSameRows() {
        try (Database source = RoundTripTest.populated(dir.resolve("source"));
                Database target = Database.open(dir.resolve("target"))) {
            Path workbook = dir.resolve("network.xlsx");
            new Exporter(source).exportXlsx(workbook, BASE, Progress.NONE);

            new Importer(target).importPath(workbook, BASE);

            assertEquals(rows(source), rows(target));
        }
    }

    @Test
    void theFileReplacesTheScenariosRows() throws Exception {
        try (Database db = RoundTripTest.populated(dir.resolve("db"))) {
            Path file = dir.resolve("category-supply.csv");
            Files.writeString(file, "site,category,supply_lead_time_days,supply_review_days\nDC-OAK,electronics,,14\n");

            new Importer(db).importPath(file, BASE);

            assertEquals(List.of(new CategorySupply(DC, "electronics", null, 14)), rows(db));
        }
    }

    private void refused(String row, String expected) throws Exception {
        try (Database db = RoundTripTest.populated(dir.resolve("db-" + Math.abs(row.hashCode())))) {
            List<CategorySupply> before = rows(db);
            Path file = dir.resolve("category-supply.csv");
            Files.writeString(
                    file,
                    "site,category,supply_lead_time_days,supply_review_days\n"
                            + "DC-OAK,electronics,20,\n"
                            + row
                            + "\n");

            ImportException e = assertThrows(ImportException.class, () -> new Importer(db).importPath(file, BASE));

            assertTrue(e.getMessage().contains(expected), e.getMessage());
            assertEquals(before, rows(db), "the database keeps its rows, the good first row included");
        }
    }

    @Test
    void aNegativeLeadTimeIsRefusedNamingLineAndColumn() throws Exception {
        refused("DC-OAK,grocery-chilled,-2,", "category-supply.csv line 3, column supply_lead_time_days: -2");
    }

    @Test
    void anUnknownSiteIsRefused() throws Exception {
        refused("DC-NOWHERE,grocery-chilled,2,", "line 3, column site: names site 'DC-NOWHERE'");
    }

    /**
     * A DC turned into an MFC keeps its rows, and so does a category whose last SKU went (the
     * catalogue renamed it): the export of that database imports into a fresh one as the same rows,
     * with a note for each in the report, rather than being refused.
     */
    @Test
    void rowsOfAFormerDcOrOfAGoneCategoryExportAndImportAgainWithANote() throws Exception {
        try (Database source = RoundTripTest.populated(dir.resolve("source"));
                Database target = Database.open(dir.resolve("target"))) {
            source.dsl()
                    .update(dev.microtower.store.jooq.Tables.NODE)
                    .set(dev.microtower.store.jooq.Tables.NODE.TYPE, "MICRO_FULFILLMENT_CENTER")
                    .where(dev.microtower.store.jooq.Tables.NODE.CODE.eq("DC-OAK"))
                    .execute();
            source.dsl()
                    .update(dev.microtower.store.jooq.Tables.SKU)
                    .set(dev.microtower.store.jooq.Tables.SKU.CATEGORY, "grocery-fresh")
                    .where(dev.microtower.store.jooq.Tables.SKU.CATEGORY.eq("grocery-chilled"))
                    .execute();
            new Exporter(source).exportCsv(dir.resolve("out"), BASE, Progress.NONE);

            ImportReport report = new Importer(target).importPath(dir.resolve("out"), BASE);

            assertEquals(rows(source), rows(target));
            assertEquals(2, rows(target).size());
            String text = report.format();
            assertTrue(text.contains("vendor supply of DC-OAK, which is not a regional DC, was kept"), text);
            assertTrue(text.contains("categories grocery-chilled, which no SKU has, was kept"), text);
        }
    }

    @Test
    void aRowWithNeitherValueIsRefused() throws Exception {
        refused(
                "DC-OAK,grocery-chilled,,",
                "line 3, column supply_lead_time_days: is empty and so is supply_review_days");
    }

    @Test
    void aSiteAndCategoryTwiceIsRefused() throws Exception {
        refused(
                "DC-OAK,electronics,3,",
                "line 3, column category: site DC-OAK with category electronics appears twice");
    }
}
