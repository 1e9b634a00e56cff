package dev.microtower.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.store.jooq.Public;
import dev.microtower.testing.DamagedFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.GZIPOutputStream;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's check on opening reads the whole file only when it may have changed since it was last found clean. */
class CleanCheckMarkTest {
    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void network() throws Exception {
        file = DamagedFiles.compactNetwork(dir, "network.mv.db");
    }

    private long openAndCheck() {
        try (Database db = Database.open(file)) {
            return db.checkUnlessKnownClean(Progress.NONE, Cancellation.none());
        }
    }

    @Test
    void aFileNeverCheckedIsReadAndThenSkippedWhileUnchanged() {
        assertTrue(openAndCheck() > 0, "first opening reads the whole file");
        assertEquals(-1, openAndCheck(), "unchanged since the clean check: not read again");
        assertEquals(-1, openAndCheck(), "closed by this program after a clean session: still skipped");
    }

    @Test
    void writesOfThisProgramKeepTheMarkButAnyOtherChangeOfTheFileIsCheckedAgain() throws Exception {
        assertTrue(openAndCheck() > 0);
        try (Database db = Database.open(file)) {
            db.checkUnlessKnownClean(Progress.NONE, Cancellation.none());
            db.dsl().execute("UPDATE SKU SET NAME = NAME || ' x' WHERE ROWNUM() <= 3");
        }
        assertEquals(-1, openAndCheck(), "written and closed by this program: known clean");

        Files.setLastModifiedTime(
                file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 60_000));
        assertTrue(openAndCheck() > 0, "a file touched elsewhere (another program, a copy, a restore) is read again");
    }

    @Test
    void damageAfterACleanCheckIsFoundOnTheNextOpening() throws Exception {
        assertTrue(openAndCheck() > 0);
        DamagedFiles.damage(file);
        DatabaseException damaged = assertThrows(DatabaseException.class, this::openAndCheck);
        assertTrue(damaged.getMessage().contains("damaged"), damaged.getMessage());
        assertThrows(DatabaseException.class, this::openAndCheck, "a damaged file is never marked clean");
    }

    @Test
    void damageMetDuringASessionOnAFileKnownCleanIsNotMarkedCleanWhenClosing() throws Exception {
        assertTrue(openAndCheck() > 0);
        // damage the stamp cannot see: same size, and the modified time put back (a coarse clock, bit rot)
        FileTime was = Files.getLastModifiedTime(file);
        DamagedFiles.damage(file);
        Files.setLastModifiedTime(file, was);
        assertTrue(CleanCheckMark.matches(file), "the stamp does not see this damage");

        try (Database db = Database.open(file)) {
            assertEquals(-1, db.checkUnlessKnownClean(Progress.NONE, Cancellation.none()), "known clean: skipped");
            DatabaseException met = assertThrows(DatabaseException.class, () -> {
                for (Table<?> table : Public.PUBLIC.getTables()) {
                    db.dsl().selectFrom(table).fetch();
                }
            });
            assertTrue(met.getMessage().contains("damaged"), met.getMessage());
        }
        assertFalse(CleanCheckMark.matches(file), "closing after damage was reported does not mark the file clean");
        assertThrows(DatabaseException.class, this::openAndCheck, "the next opening checks the file and finds it");
    }

    @Test
    void aSessionKilledBeforeClosingLeavesAMarkThatNoLongerMatches() throws Exception {
        assertTrue(openAndCheck() > 0);
        Path mark = CleanCheckMark.markOf(file);
        String before = Files.readString(mark);
        // what a killed session leaves: its writes in the file, no new mark
        try (Database db = Database.open(file)) {
            db.dsl().execute("UPDATE SKU SET NAME = NAME || ' y' WHERE ROWNUM() <= 3");
            Files.copy(mark, dir.resolve("kept"));
        }
        Files.copy(dir.resolve("kept"), mark, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(before, Files.readString(mark));
        assertFalse(CleanCheckMark.matches(file));
        assertTrue(openAndCheck() > 0);
    }

    @Test
    void aReadyMadeImageIsKnownCleanOnceUnpacked() throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(packed)) {
            Files.copy(file, out);
        }
        Path placed = dir.resolve("placed.mv.db");
        assertTrue(DatabaseImage.placeIfAbsent(placed, () -> new ByteArrayInputStream(packed.toByteArray())));
        try (Database db = Database.open(placed)) {
            assertEquals(-1, db.checkUnlessKnownClean(Progress.NONE, Cancellation.none()));
        }
    }
}
