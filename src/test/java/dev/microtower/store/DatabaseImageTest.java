package dev.microtower.store;

import static dev.microtower.store.jooq.Tables.SCENARIO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ready-made database placed as a whole where there is none, never over one, never in part. */
class DatabaseImageTest {
    @TempDir
    Path dir;

    @Test
    void anImagePlacedWhereThereIsNoDatabaseOpensWithItsData() throws Exception {
        Path image = imageWithScenario("What if Oakland closes");

        assertTrue(DatabaseImage.placeIfAbsent(dir.resolve("new/place"), () -> Files.newInputStream(image)));

        try (Database db = Database.open(dir.resolve("new/place"))) {
            assertEquals(2, db.dsl().fetchCount(SCENARIO));
            assertTrue(db.migrationBackup().isEmpty(), "the image has this build's schema: nothing to migrate");
        }
        assertEquals(1, filesIn(dir.resolve("new")), "only the database, no copy left beside it");
        assertTrue(
                CleanCheckMark.matches(dir.resolve("new/place.mv.db")),
                "a placed image is known clean: every byte passed its checksum");
    }

    @Test
    void anExistingDatabaseIsLeftAsItIs() throws Exception {
        Path image = imageWithScenario("From the image");
        try (Database db = Database.open(dir.resolve("mine"))) {
            assertEquals(1, db.dsl().fetchCount(SCENARIO));
        }

        assertFalse(DatabaseImage.placeIfAbsent(dir.resolve("mine"), () -> Files.newInputStream(image)));

        try (Database db = Database.open(dir.resolve("mine"))) {
            assertEquals(1, db.dsl().fetchCount(SCENARIO), "the user's database, not the image");
        }
    }

    @Test
    void aDamagedImageLeavesNothingBehindAndSaysWhichFileItWasFor() throws Exception {
        byte[] notGzip = "not a database".getBytes(StandardCharsets.UTF_8);
        Path target = dir.resolve("broken/db");

        DatabaseException refused = assertThrows(
                DatabaseException.class,
                () -> DatabaseImage.placeIfAbsent(target, () -> new ByteArrayInputStream(notGzip)));

        assertTrue(refused.getMessage().contains(dir.resolve("broken/db.mv.db").toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("nothing was changed"), refused.getMessage());
        assertEquals(0, filesIn(dir.resolve("broken")), "no half-written database or copy");
    }

    private Path imageWithScenario(String name) throws Exception {
        Path source = dir.resolve("source");
        try (Database db = Database.open(source)) {
            db.dsl().insertInto(SCENARIO, SCENARIO.NAME).values(name).execute();
        }
        Path image = dir.resolve("source.mv.db.gz");
        DatabaseImage.write(dir.resolve("source.mv.db"), image);
        return image;
    }

    private static long filesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            // H2's trace file and the clean-check mark are expected beside a database
            return files.filter(f -> !f.getFileName().toString().endsWith(".trace.db"))
                    .filter(f -> !f.getFileName().toString().endsWith(".clean-check"))
                    .count();
        }
    }
}
