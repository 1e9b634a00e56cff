package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export is all or nothing: cancelled half-way, it leaves the target as it was. */
class ExportCancelTest {
    @TempDir
    Path dir;

    private Database seeded() {
        Database db = Database.open(dir.resolve("db"));
        DemoLoader.load(db, "demo-fixture/", Progress.NONE, Cancellation.none());
        return db;
    }

    @Test
    void aWorkbookExportCancelledAtTheThirdTableLeavesTheOldWorkbookAndNoPartFile() throws Exception {
        Path target = dir.resolve("out").resolve("microtower.xlsx");
        Files.createDirectories(target.getParent());
        byte[] before = "the workbook of yesterday".getBytes();
        Files.write(target, before);
        try (Database db = seeded()) {
            Cancellation cancellation = Cancellation.none();
            int[] reports = {0};
            Progress cancelOnThird = (done, total, message) -> {
                if (++reports[0] == 3) {
                    cancellation.cancel();
                }
            };
            CancelledException cancelled = assertThrows(CancelledException.class, () -> new ImportExportService(db)
                    .export(target, ScenarioId.BASELINE, cancelOnThird, cancellation));
            assertTrue(cancelled.getMessage().contains("nothing was written"), cancelled.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(target), "the old workbook is untouched");
        try (var left = Files.list(target.getParent())) {
            assertEquals(List.of(target), left.toList(), "no half-written file beside it");
        }
    }

    @Test
    void aWorkbookExportCancelledWhileWritingTheOrdersStopsThereAndLeavesNoFile() throws Exception {
        Path target = dir.resolve("orders-cancel").resolve("microtower.xlsx");
        Files.createDirectories(target.getParent());
        List<String> heard = new ArrayList<>();
        try (Database db = seeded()) {
            Cancellation cancellation = Cancellation.none();
            Progress cancelInTheOrders = (done, total, message) -> {
                heard.add(message);
                if (message.contains("writing orders (")) {
                    cancellation.cancel();
                }
            };
            assertThrows(CancelledException.class, () -> new ImportExportService(db)
                    .export(target, ScenarioId.BASELINE, cancelInTheOrders, cancellation));
        }
        assertTrue(
                heard.stream().anyMatch(m -> m.contains("writing orders (")),
                "the orders report as they are written: " + heard);
        assertTrue(heard.stream().noneMatch(m -> m.contains("order lines")), "it stopped in the orders: " + heard);
        try (var left = Files.list(target.getParent())) {
            assertEquals(List.of(), left.toList(), "no workbook and no .part file");
        }
    }

    @Test
    void aFolderExportCancelledBeforeItEndsWritesNoFile() throws Exception {
        Path target = dir.resolve("csv");
        try (Database db = seeded()) {
            Cancellation cancellation = Cancellation.none();
            Progress cancelAtOnce = (done, total, message) -> cancellation.cancel();
            assertThrows(CancelledException.class, () -> new ImportExportService(db)
                    .export(target, ScenarioId.BASELINE, cancelAtOnce, cancellation));
        }
        assertFalse(Files.exists(target.resolve("nodes.csv")), "no table of the cancelled export");
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().contains(".part")), "no temporary folder left");
        }
    }

    @Test
    void anExportThatIsNotCancelledWritesEveryTable() throws Exception {
        Path target = dir.resolve("csv");
        try (Database db = seeded()) {
            new ImportExportService(db).export(target, ScenarioId.BASELINE, Progress.NONE, Cancellation.none());
        }
        assertTrue(Files.exists(target.resolve("nodes.csv")));
        assertTrue(Files.exists(target.resolve("allocation-rules.csv")));
    }
}
