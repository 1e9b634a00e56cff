package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.orders.store.jooq.JooqOrderRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.DemoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File → Export as XLSX on the Bay Area demo, as the window runs it ({@link ImportExportService}),
 * twice; the reference in the same run: one plain read of the whole order history, the least any
 * export must read. Then an export cancelled a second in: how long the cancel took to stop it, and
 * that no workbook and no {@code .part} file is left. Run: {@code flock /tmp/maven.lock ./mvnw -B
 * -ntp -o -Pbench test -Dtest=ExportBench -Dmicrotower.bench.db=/tmp/demo/db}.
 */
@Tag("bench")
class ExportBench {
    @TempDir
    Path dir;

    @Test
    void exportTheDemoAsAWorkbook() throws Exception {
        Path file = DemoDatabase.in(dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        try (Database db = Database.open(file)) {
            ImportExportService service = new ImportExportService(db);
            double[] export = new double[2];
            AtomicInteger reports = new AtomicInteger();
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                service.export(
                        out.resolve("demo.xlsx"),
                        ScenarioId.BASELINE,
                        (done, total, message) -> reports.incrementAndGet(),
                        Cancellation.none());
                export[round] = (System.nanoTime() - t0) / 1e9;
            }
            long size = Files.size(out.resolve("demo.xlsx"));
            Files.delete(out.resolve("demo.xlsx"));

            long t0 = System.nanoTime();
            AtomicInteger orders = new AtomicInteger();
            new JooqOrderRepository(db).forEach(o -> orders.incrementAndGet());
            double read = (System.nanoTime() - t0) / 1e9;

            Cancellation cancellation = Cancellation.none();
            AtomicLong cancelledAt = new AtomicLong();
            long start = System.nanoTime();
            Progress cancelAfterASecond = (done, total, message) -> {
                if (cancelledAt.get() == 0 && System.nanoTime() - start > 1_000_000_000L) {
                    cancelledAt.set(System.nanoTime());
                    cancellation.cancel();
                }
            };
            assertThrows(
                    CancelledException.class,
                    () -> service.export(
                            out.resolve("cancelled.xlsx"), ScenarioId.BASELINE, cancelAfterASecond, cancellation));
            double stopped = (System.nanoTime() - cancelledAt.get()) / 1e9;
            try (var left = Files.list(out)) {
                assertEquals(List.of(), left.toList(), "a cancelled export leaves no workbook and no .part file");
            }
            System.out.printf(
                    "%n[bench] Export as XLSX, demo (%,d orders, %.1f MB): %.2f s, again %.2f s (target <= 8 s),"
                            + " %d progress reports; reference in the same run: one plain read of the order"
                            + " history %.2f s; a cancel stopped it after %.2f s%n",
                    orders.get(), size / 1e6, export[0], export[1], reports.get() / 2, read, stopped);
            assertTrue(reports.get() > 20, "the export reports its progress as it goes");
        }
    }
}
