package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.ScenarioId;
import dev.microtower.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Order headers without lines are imported, and the report says how many there are. */
class OrdersWithoutLinesTest {
    @TempDir
    Path dir;

    private Path folder(String orders, String lines) throws IOException {
        Path files = Files.createDirectories(dir.resolve("files"));
        Files.writeString(
                files.resolve("skus.csv"),
                "code,name,category,temperature_class,unit_volume_l,unit_weight_kg,unit_cost\n"
                        + "SKU-MILK,Milk 1 l,Dairy,CHILLED,1.0,1.03,0.89\n");
        Files.writeString(files.resolve("orders.csv"), "code,created_at,channel,customer_lat,customer_lon\n" + orders);
        Files.writeString(files.resolve("order-lines.csv"), "order,line_no,sku,quantity\n" + lines);
        return files;
    }

    @Test
    void theReportCountsTheOrderHeadersThatHaveNoLines() throws IOException {
        Path files = folder(
                "SO-1,2026-06-01T10:00:00Z,web,37.7,-122.4\n"
                        + "SO-2,2026-06-01T11:00:00Z,web,37.7,-122.4\n"
                        + "SO-3,2026-07-15T11:00:00Z,web,37.7,-122.4\n",
                "SO-1,1,SKU-MILK,2\n");
        try (Database db = Database.open(dir.resolve("db"))) {
            ImportReport report = new Importer(db).importPath(files, ScenarioId.BASELINE);
            assertEquals(3, report.of("orders").added());
            assertTrue(
                    report.notes()
                            .contains("2 orders have no lines: they count as orders but carry no demand,"
                                    + " and they do not move the end of the history window"),
                    report.notes().toString());
        }
    }

    @Test
    void ordersThatAllHaveLinesAddNoNote() throws IOException {
        Path files = folder("SO-1,2026-06-01T10:00:00Z,web,37.7,-122.4\n", "SO-1,1,SKU-MILK,2\n");
        try (Database db = Database.open(dir.resolve("db"))) {
            ImportReport report = new Importer(db).importPath(files, ScenarioId.BASELINE);
            assertTrue(
                    report.notes().stream().noneMatch(n -> n.contains("no lines")),
                    report.notes().toString());
        }
    }
}
