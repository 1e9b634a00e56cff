package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.store.jooq.JooqRuleRepository;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.orders.store.jooq.JooqOrderRepository;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.store.jooq.JooqCategorySupplyRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoundTripTest {
    private static final ScenarioId BASE = ScenarioId.BASELINE;

    @TempDir
    Path dir;

    /** A database holding every entity, with awkward values: quotes, newlines, formula starts, negatives. */
    static Database populated(Path file) {
        Database db = Database.open(file);
        Fixtures.skus().forEach(new JooqSkuRepository(db)::save);
        new JooqNodeRepository(db).saveAll(BASE, Fixtures.nodes());
        StockRepository stock = new JooqStockRepository(db);
        Instant t = Instant.parse("2026-07-01T08:30:00.123456Z");
        stock.save(BASE, new StockLevel(NodeCode.of("DC-OAK"), SkuCode.of("SKU-MILK"), 1000, 20, 0, t));
        stock.save(BASE, new StockLevel(NodeCode.of("MFC-SF1"), SkuCode.of("SKU-MILK"), 12, 2, 40, t));
        stock.save(BASE, new StockLevel(NodeCode.of("MFC-SF1"), SkuCode.of("SKU-TV"), 0, 0, 3, t));
        new JooqOrderRepository(db)
                .saveAll(List.of(
                        new Order(
                                OrderCode.of("O-1"),
                                Instant.parse("2026-06-30T10:00:00Z"),
                                Instant.parse("2026-06-30T18:00:00Z"),
                                "web",
                                new GeoPoint(37.7712345678901, -122.41),
                                NodeCode.of("MFC-SF1"),
                                List.of(
                                        new OrderLine(1, SkuCode.of("SKU-MILK"), 2),
                                        new OrderLine(2, SkuCode.of("SKU-TV"), 1))),
                        new Order(
                                OrderCode.of("-O-2"),
                                Instant.parse("2026-06-30T11:00:00Z"),
                                null,
                                "+app\nline two",
                                new GeoPoint(-33.5, 151.25),
                                null,
                                List.of(new OrderLine(1, SkuCode.of("SKU-MILK"), 6)))));
        new JooqRuleRepository(db).save(BASE, Fixtures.freshRule());
        new JooqRuleRepository(db).save(BASE, Fixtures.bulkyRule());
        new JooqZoneRepository(db).save(BASE, Fixtures.zone());
        new JooqCategorySupplyRepository(db)
                .replace(
                        BASE,
                        NodeCode.of("DC-OAK"),
                        List.of(
                                new CategorySupply(NodeCode.of("DC-OAK"), "electronics", 12.5, null),
                                new CategorySupply(NodeCode.of("DC-OAK"), "grocery-chilled", 1.0, 2)));
        return db;
    }

    static void assertSameContent(Database expected, Database actual) {
        assertEquals(new JooqSkuRepository(expected).findAll(), new JooqSkuRepository(actual).findAll());
        assertEquals(new JooqNodeRepository(expected).findAll(BASE), new JooqNodeRepository(actual).findAll(BASE));
        assertEquals(new JooqStockRepository(expected).findAll(BASE), new JooqStockRepository(actual).findAll(BASE));
        assertEquals(new JooqOrderRepository(expected).findAll(), new JooqOrderRepository(actual).findAll());
        assertEquals(new JooqRuleRepository(expected).findAll(BASE), new JooqRuleRepository(actual).findAll(BASE));
        assertEquals(new JooqZoneRepository(expected).findAll(BASE), new JooqZoneRepository(actual).findAll(BASE));
        assertEquals(
                new JooqCategorySupplyRepository(expected).findAll(BASE),
                new JooqCategorySupplyRepository(actual).findAll(BASE));
    }

    @Test
    void csvExportImportsIntoAFreshDatabaseAsTheSameRecordsAndExportsToTheSameBytes() throws IOException {
        try (Database source = populated(dir.resolve("source"));
                Database target = Database.open(dir.resolve("target"))) {
            new Exporter(source).exportCsv(dir.resolve("out1"), BASE, Progress.NONE);
            ImportReport report = new Importer(target).importPath(dir.resolve("out1"), BASE);
            assertEquals(2, report.of("skus").added());
            assertEquals(3, report.of("nodes").added());
            assertEquals(3, report.of("stock").added());
            assertEquals(2, report.of("orders").added());
            assertEquals(3, report.of("order lines").added());
            assertEquals(2, report.of("allocation rules").added());
            assertEquals(1, report.of("delivery zones").added());
            assertSameContent(source, target);

            new Exporter(target).exportCsv(dir.resolve("out2"), BASE, Progress.NONE);
            for (String file :
                    List.of("skus.csv", "nodes.csv", "stock.csv", "allocation-rules.csv", "delivery-zones.geojson")) {
                assertArrayEquals(
                        Files.readAllBytes(dir.resolve("out1").resolve(file)),
                        Files.readAllBytes(dir.resolve("out2").resolve(file)),
                        file);
            }
            // the formula guard: written with an apostrophe, read back without
            assertTrue(Files.readString(dir.resolve("out1/skus.csv")).contains("'=HYPERLINK"));
        }
    }

    @Test
    void reimportingTheSameFilesChangesNothingAndSaysSo() {
        try (Database db = populated(dir.resolve("db"))) {
            new Exporter(db).exportCsv(dir.resolve("out"), BASE, Progress.NONE);
            ImportReport report = new Importer(db).importPath(dir.resolve("out"), BASE);
            for (var counts : report.entities().values()) {
                assertEquals(0, counts.added() + counts.updated(), report.format());
            }
            assertEquals(3, report.of("stock").unchanged());
            assertEquals(3, report.of("order lines").unchanged());
        }
    }

    @Test
    void xlsxExportImportsIntoAFreshDatabaseAsTheSameRecords() {
        try (Database source = populated(dir.resolve("source"));
                Database target = Database.open(dir.resolve("target"))) {
            Path workbook = dir.resolve("out/microtower.xlsx");
            new Exporter(source).exportXlsx(workbook, BASE, Progress.NONE);
            new Importer(target).importPath(workbook, BASE);
            assertSameContent(source, target);
        }
    }
}
