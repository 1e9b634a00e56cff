package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microtower.core.ScenarioId;
import dev.microtower.store.Database;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports 1,000,000 stock rows (500 nodes × 2,000 SKUs) with full validation, and compares with
 * H2's own CSVREAD bulk insert of the same file (codes resolved by joins) into a fresh database in
 * the same run. Target: ours at least half H2's speed, peak heap under 1 GB.
 * Run: {@code flock /tmp/mvn.lock ./mvnw -B -Pbench test -Dtest=StockImportBench}
 */
@Tag("bench")
class StockImportBench {
    private static final int NODES = 500;
    private static final int SKUS = 2_000;

    @TempDir
    Path dir;

    @Test
    void importsAMillionStockRowsAtLeastHalfAsFastAsCsvRead() throws Exception {
        Path warmup = writeStock(Files.createDirectories(dir.resolve("warmup")).resolve("stock.csv"), 50);
        Path file = writeStock(dir.resolve("stock.csv"), NODES);
        System.out.printf("stock file: %,d bytes%n", Files.size(file));

        // warm H2 up on 100,000 rows; ours warms up the same way in its own JVM
        h2CsvRead(dir.resolve("warm-h2"), warmup);
        long h2 = h2CsvRead(dir.resolve("h2"), file);

        // ours runs in a forked JVM limited to -Xmx1g: finishing there proves the heap target
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-Dorg.jooq.no-logo=true",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StockImportBench.class.getName(),
                        dir.toString(),
                        warmup.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), output);
        String[] figures = output.lines()
                .filter(l -> l.startsWith("RESULT "))
                .findFirst()
                .orElseThrow()
                .split(" ");
        long ours = Long.parseLong(figures[1]);
        long peakHeap = Long.parseLong(figures[2]);

        double ratio = (double) ours / h2;
        System.out.printf("H2 CSVREAD insert : %,8d ms%n", h2);
        System.out.printf("Microtower import : %,8d ms (full validation, upsert)%n", ours);
        System.out.printf("ratio ours/H2     : %8.2f (target <= 2.00: %s)%n", ratio, ratio <= 2 ? "met" : "MISSED");
        System.out.printf(
                "peak heap of our import (sum of pool peaks, JVM run with -Xmx1g) : %,d MB (target < 1024 MB: %s)%n",
                peakHeap >> 20, peakHeap < (1L << 30) ? "met" : "MISSED");
    }

    /** The forked side: warm up, then import the big file and print its time and peak heap. */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        ours(work.resolve("warm-ours"), Path.of(args[1]));
        System.gc();
        resetPeaks();
        long elapsed = ours(work.resolve("ours"), Path.of(args[2]));
        System.out.println("RESULT " + elapsed + " " + peakHeap());
    }

    private static Path writeStock(Path file, int nodes) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("node,sku,on_hand,reserved,in_transit,as_of\n");
            for (int n = 0; n < nodes; n++) {
                for (int s = 0; s < SKUS; s++) {
                    int onHand = (n * 31 + s * 17) % 500;
                    out.write("N" + n + ",S" + s + "," + onHand + "," + (onHand / 10) + "," + (s % 7)
                            + ",2026-07-01T06:00:00Z\n");
                }
            }
        }
        return file;
    }

    /** A fresh database with the nodes and SKUs the stock file names. */
    private static Database seeded(Path path) throws Exception {
        Database db = Database.open(path);
        db.dsl().connection(c -> {
            c.setAutoCommit(false);
            try (PreparedStatement node = c.prepareStatement(
                    "INSERT INTO node (scenario_id, code, name, type, lat, lon) VALUES (1, ?, ?, 'DARK_STORE', 37.7, -122.4)")) {
                for (int n = 0; n < NODES; n++) {
                    node.setString(1, "N" + n);
                    node.setString(2, "Node " + n);
                    node.addBatch();
                }
                node.executeBatch();
            }
            try (PreparedStatement sku = c.prepareStatement(
                    "INSERT INTO sku (code, name, category, unit_volume_l, unit_weight_kg, unit_cost) "
                            + "VALUES (?, ?, 'misc', 1, 1, 1)")) {
                for (int s = 0; s < SKUS; s++) {
                    sku.setString(1, "S" + s);
                    sku.setString(2, "SKU " + s);
                    sku.addBatch();
                }
                sku.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
        });
        return db;
    }

    private static long h2CsvRead(Path path, Path file) throws Exception {
        try (Database db = seeded(path)) {
            long[] elapsed = new long[1];
            int[] rows = new int[1];
            db.dsl().connection(c -> {
                c.setAutoCommit(false);
                long start = System.nanoTime();
                try (Statement st = c.createStatement()) {
                    rows[0] = st.executeUpdate(
                            "INSERT INTO stock (scenario_id, node_id, sku_id, on_hand, reserved, in_transit, as_of) "
                                    + "SELECT 1, n.id, s.id, CAST(c.on_hand AS BIGINT), CAST(c.reserved AS BIGINT), "
                                    + "CAST(c.in_transit AS BIGINT), CAST(c.as_of AS TIMESTAMP WITH TIME ZONE) "
                                    + "FROM CSVREAD('" + file.toAbsolutePath() + "', NULL, 'charset=UTF-8') c "
                                    + "JOIN node n ON n.scenario_id = 1 AND n.code = c.node "
                                    + "JOIN sku s ON s.code = c.sku");
                }
                c.commit();
                elapsed[0] = (System.nanoTime() - start) / 1_000_000;
                c.setAutoCommit(true);
            });
            assertEquals(count(db), rows[0]);
            return elapsed[0];
        }
    }

    private static long ours(Path path, Path file) throws Exception {
        try (Database db = seeded(path)) {
            long start = System.nanoTime();
            ImportReport report = new Importer(db).importPath(file, ScenarioId.BASELINE);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            assertEquals(count(db), report.of("stock").added());
            return elapsed;
        }
    }

    private static long count(Database db) {
        return db.dsl().fetchCount(dev.microtower.store.jooq.Tables.STOCK);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of each heap pool's peak: an upper bound of the real peak, since pools peak at different times. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
