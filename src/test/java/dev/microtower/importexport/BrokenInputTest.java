package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.store.Database;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each broken input is refused with a message naming file, line and column, and leaves the
 * database exactly as it was (a full export before and after is byte-identical).
 */
class BrokenInputTest {
    private static final String NODES_HEADER = "code,name,type,lat,lon,served_by\n";
    private static final String STOCK_HEADER = "node,sku,on_hand,reserved,in_transit,as_of\n";
    private static final String AS_OF = "2026-07-01T06:00:00Z";

    @TempDir
    Path dir;

    private static Arguments csv(String name, String file, String content, String expected) {
        return Arguments.of(name, Map.of(file, content.getBytes(StandardCharsets.UTF_8)), expected);
    }

    static Stream<Arguments> brokenInputs() throws IOException {
        return Stream.of(
                csv(
                        "missing column",
                        "nodes.csv",
                        "code,name,type,lon\nN1,North,DARK_STORE,-122.3\n",
                        "nodes.csv line 1: the required column 'lat' is missing"),
                csv(
                        "unknown column",
                        "nodes.csv",
                        "code,name,type,lat,lon,latt\n",
                        "nodes.csv line 1: unknown column 'latt'"),
                csv(
                        "wrong type",
                        "stock.csv",
                        STOCK_HEADER + "DC-OAK,SKU-RICE,many,0,0," + AS_OF + "\n",
                        "stock.csv line 2, column on_hand: 'many' is not a whole number"),
                csv(
                        "negative quantity",
                        "stock.csv",
                        STOCK_HEADER + "DC-OAK,SKU-RICE,-5,0,0," + AS_OF + "\n",
                        "stock.csv line 2, column on_hand: -5 is negative"),
                csv(
                        "unknown node code",
                        "stock.csv",
                        STOCK_HEADER + "DC-NOPE,SKU-RICE,5,0,0," + AS_OF + "\n",
                        "stock.csv line 2, column node: unknown node DC-NOPE"),
                csv(
                        "duplicate code",
                        "skus.csv",
                        "code,name,category,temperature_class,unit_volume_l,unit_weight_kg,unit_cost\n"
                                + "SKU-X,X,misc,AMBIENT,1,1,1\nSKU-X,X again,misc,AMBIENT,1,1,1\n",
                        "skus.csv line 3, column code: SKU SKU-X appears twice in the file (first on line 2)"),
                csv(
                        "latitude out of range",
                        "nodes.csv",
                        NODES_HEADER + "N1,North,DARK_STORE,123.4,-122.3,\n",
                        "nodes.csv line 2, column lat: 123.4 is not a latitude"),
                csv(
                        "pickup point without served_by",
                        "nodes.csv",
                        NODES_HEADER + "P1,Locker,PICKUP_POINT,37.7,-122.3,\n",
                        "nodes.csv line 2, column served_by: a PICKUP_POINT must name the node that serves it"),
                csv(
                        "text too long",
                        "nodes.csv",
                        NODES_HEADER + "N1," + "n".repeat(250) + ",DARK_STORE,37.7,-122.3,\n",
                        "nodes.csv line 2, column name: is 250 characters long; at most 200 fit"),
                csv("empty file", "skus.csv", "", "skus.csv: the file is empty"),
                Arguments.of(
                        "wrong encoding",
                        Map.of(
                                "nodes.csv",
                                (NODES_HEADER + "N1,Caf\u00e9 du Nord,DARK_STORE,37.7,-122.3,\n")
                                        .getBytes(StandardCharsets.ISO_8859_1)),
                        "the file is not UTF-8 text"),
                csv(
                        "overlong line",
                        "nodes.csv",
                        NODES_HEADER + "N1,\"" + "x".repeat(1_100_000) + "\",DARK_STORE,1,1,\n",
                        "nodes.csv line 2: a line or field is longer than 1048576 characters"),
                csv(
                        "unclosed quote",
                        "nodes.csv",
                        NODES_HEADER + "N1,\"North,DARK_STORE,37.7,-122.3,\n",
                        "a quoted field is never closed"),
                csv(
                        "invalid GeoJSON polygon",
                        "delivery-zones.geojson",
                        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                + "\"properties\":{\"code\":\"Z-BAD\",\"node\":\"MFC-SF1\",\"sla_tier\":\"SAME_DAY\"},"
                                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                                + "[[[-122.4,37.7],[-122.3,37.8],[-122.3,37.7],[-122.4,37.8],[-122.4,37.7]]]}}]}",
                        "delivery-zones.geojson feature 1 (Z-BAD), column geometry: the area is not a valid polygon: Self-intersection"),
                csv(
                        "unclosed GeoJSON ring",
                        "delivery-zones.geojson",
                        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                + "\"properties\":{\"code\":\"Z-OPEN\",\"node\":\"MFC-SF1\",\"sla_tier\":\"SAME_DAY\"},"
                                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                                + "[[[-122.4,37.7],[-122.3,37.7],[-122.3,37.8],[-122.4,37.8]]]}}]}",
                        "a ring is not closed"),
                Arguments.of(
                        "XLSX with a missing sheet",
                        Map.of("microtower.xlsx", workbookWithOnly("skus")),
                        "microtower.xlsx: the sheet 'nodes' is missing"),
                Arguments.of(
                        "gzip order lines with an unknown SKU",
                        Map.of("order-lines.csv.gz", gzip("order,line_no,sku,quantity\nO-1,3,SKU-NOPE,1\n")),
                        "order-lines.csv.gz line 2, column sku: unknown SKU SKU-NOPE"),
                Arguments.of(
                        "a good file before a bad one in the same folder",
                        Map.of(
                                "skus.csv",
                                "code,name,category,temperature_class,unit_volume_l,unit_weight_kg,unit_cost\nSKU-NEW,New,misc,AMBIENT,1,1,1\n"
                                        .getBytes(StandardCharsets.UTF_8),
                                "stock.csv",
                                (STOCK_HEADER + "DC-OAK,SKU-NEW,5,0,0,yesterday\n").getBytes(StandardCharsets.UTF_8)),
                        "stock.csv line 2, column as_of: 'yesterday' is not an ISO-8601 instant"));
    }

    static byte[] workbookWithOnly(String sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        workbook.newWorksheet(sheet).value(0, 0, "code");
        workbook.finish();
        return out.toByteArray();
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    private Database seeded() {
        Database db = Database.open(dir.resolve("db"));
        DemoLoader.load(db, "demo-fixture/", Progress.NONE, Cancellation.none());
        return db;
    }

    /** Every exported file, byte for byte: the whole visible state of the baseline. */
    private Map<String, byte[]> snapshot(Database db, String name) throws IOException {
        Path out = dir.resolve("snapshot-" + name);
        new Exporter(db).exportCsv(out, ScenarioId.BASELINE, Progress.NONE);
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInputs")
    void aBrokenInputIsRefusedWithItsReasonAndChangesNothing(String name, Map<String, byte[]> files, String expected)
            throws IOException {
        Path input = dir.resolve("input");
        Files.createDirectories(input);
        for (var file : files.entrySet()) {
            Files.write(input.resolve(file.getKey()), file.getValue());
        }
        Path target =
                files.size() == 1 ? input.resolve(files.keySet().iterator().next()) : input;
        try (Database db = seeded()) {
            Map<String, byte[]> before = snapshot(db, "before");
            ImportException e =
                    assertThrows(ImportException.class, () -> new Importer(db).importPath(target, ScenarioId.BASELINE));
            assertTrue(e.getMessage().contains(expected), () -> "expected <" + expected + "> in:\n" + e.getMessage());
            Map<String, byte[]> after = snapshot(db, "after");
            assertEquals(before.keySet(), after.keySet());
            before.forEach((file, bytes) -> assertTrue(Arrays.equals(bytes, after.get(file)), file + " changed"));
        }
    }

    @Test
    void everyProblemOfAFileIsReportedNotJustTheFirst() throws IOException {
        Path file = dir.resolve("nodes.csv");
        Files.writeString(
                file,
                NODES_HEADER
                        + "N1,North,DARK_STORE,95,-122.3,\nN2,,WAREHOUSE,37.7,-200,\nN1,Again,DARK_STORE,37,-122,\n");
        try (Database db = seeded()) {
            ImportException e =
                    assertThrows(ImportException.class, () -> new Importer(db).importPath(file, ScenarioId.BASELINE));
            String message = e.getMessage();
            assertTrue(message.contains("nodes.csv line 2, column lat: 95 is not a latitude"), message);
            assertTrue(message.contains("nodes.csv line 3, column name: is required but empty"), message);
            assertTrue(message.contains("nodes.csv line 3, column type: 'WAREHOUSE' is not one of"), message);
            assertTrue(message.contains("nodes.csv line 3, column lon: -200 is not a longitude"), message);
            assertTrue(message.contains("nodes.csv line 4, column code: node N1 appears twice"), message);
            assertEquals(5, e.total(), message);
        }
    }

    @Test
    void aSemicolonFileWithQuotedNewlinesImports() throws IOException {
        Path file = dir.resolve("nodes.csv");
        Files.writeString(
                file,
                "code;name;type;lat;lon;address\nN1;\"North; the \"\"big\"\" one\";DARK_STORE;37.7;-122.3;\"1 Main St\nFloor 2\"\n");
        try (Database db = seeded()) {
            ImportReport report = new Importer(db).importPath(file, ScenarioId.BASELINE);
            assertEquals(1, report.of("nodes").added());
            var node = new JooqNodeRepository(db)
                    .find(ScenarioId.BASELINE, NodeCode.of("N1"))
                    .orElseThrow();
            assertEquals("North; the \"big\" one", node.name());
            assertEquals("1 Main St\nFloor 2", node.address());
        }
    }

    @Test
    void aFileWithAByteOrderMarkImportsAndItsFirstColumnIsRecognised() throws IOException {
        Path file = dir.resolve("skus.csv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body =
                "code,name,category,temperature_class,unit_volume_l,unit_weight_kg,unit_cost\nSKU-\u00c9,\u00c9clair,bakery,CHILLED,0.2,0.1,1.5\n"
                        .getBytes(StandardCharsets.UTF_8);
        byte[] content = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, content, bom.length, body.length);
        Files.write(file, content);
        try (Database db = seeded()) {
            new Importer(db).importPath(file, ScenarioId.BASELINE);
            assertEquals(
                    "\u00c9clair",
                    new JooqSkuRepository(db)
                            .find(SkuCode.of("SKU-\u00c9"))
                            .orElseThrow()
                            .name());
        }
    }

    @Test
    void anUpsertCountsAddedUpdatedAndUnchangedRows() throws IOException {
        Path file = dir.resolve("stock.csv");
        Files.writeString(
                file,
                STOCK_HEADER
                        + "DC-OAK,SKU-MILK,1000,0,0," + AS_OF + "\n" // as in the fixture
                        + "DC-OAK,SKU-RICE,450,0,0," + AS_OF + "\n" // changed
                        + "MFC-SF1,SKU-RICE,8,0,0," + AS_OF + "\n"); // new
        try (Database db = seeded()) {
            ImportReport report = new Importer(db).importPath(file, ScenarioId.BASELINE);
            assertEquals(new ImportReport.Counts(1, 1, 1), report.of("stock"));
            assertEquals(
                    450,
                    new JooqStockRepository(db)
                            .find(ScenarioId.BASELINE, NodeCode.of("DC-OAK"), SkuCode.of("SKU-RICE"))
                            .orElseThrow()
                            .onHand());
        }
    }

    @Test
    void aCancelledImportWritesNothingEvenAfterItsFirstBatchWentIn() throws IOException {
        Path file = dir.resolve("orders.csv");
        StringBuilder text = new StringBuilder("code,created_at,channel,customer_lat,customer_lon\n");
        for (int i = 0; i < 5000; i++) {
            text.append("C-").append(i).append(",2026-06-01T10:00:00Z,web,37.7,-122.4\n");
        }
        Files.writeString(file, text.toString());
        try (Database db = seeded()) {
            Cancellation cancellation = new Cancellation();
            Map<String, byte[]> before = snapshot(db, "before");
            // cancelled on the second progress report, after the first batch of 2,000 orders was sent
            int[] reports = {0};
            assertThrows(CancelledException.class, () -> new Importer(db)
                    .importPath(
                            file,
                            ScenarioId.BASELINE,
                            (done, total, message) -> {
                                if (++reports[0] == 3) {
                                    cancellation.cancel();
                                }
                            },
                            cancellation));
            Map<String, byte[]> after = snapshot(db, "after");
            before.forEach((f, bytes) -> assertTrue(Arrays.equals(bytes, after.get(f)), f + " changed"));
        }
    }
}
