package dev.microtower.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written whole or not at all, and what a killed write left behind cleared by the next one. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheEarlierFileAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("skus.csv"), "earlier");

        assertThrows(
                IOException.class,
                () -> AtomicFiles.replace(target, f -> {
                    Files.writeString(f, "half");
                    throw new IOException("disk full");
                }));

        assertEquals("earlier", Files.readString(target));
        assertEquals(List.of("skus.csv"), names());
    }

    @Test
    void theNextWriteOfAFileDeletesWhatAKilledWriteOfItLeftAndNothingElse() throws Exception {
        Files.writeString(dir.resolve("orders.csv.gz17958676036591916196.part"), "killed");
        Files.writeString(dir.resolve("orders.csv.gz.notes.part"), "someone's own file");
        Files.writeString(dir.resolve("skus.csv123.part"), "another file's leftover");

        AtomicFiles.replace(dir.resolve("orders.csv.gz"), f -> Files.writeString(f, "whole"));

        assertEquals("whole", Files.readString(dir.resolve("orders.csv.gz")));
        assertEquals(List.of("orders.csv.gz", "orders.csv.gz.notes.part", "skus.csv123.part"), names());
        assertFalse(Files.exists(dir.resolve("orders.csv.gz17958676036591916196.part")));
        assertTrue(Files.exists(dir.resolve("skus.csv123.part")));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
