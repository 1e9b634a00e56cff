package dev.microtower.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** File names that H2 would read as connection settings are refused before they reach the engine. */
class HostileDatabasePathTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "x;INIT=CREATE TABLE IF NOT EXISTS PWNED(A INT)",
                "x;ACCESS_MODE_DATA=r",
                "x;MODE=MySQL",
                "x;IFEXISTS=TRUE",
                "x.mv.db;INIT=CREATE TABLE PWNED(A INT)",
                "x%3BINIT=CREATE TABLE PWNED(A INT)",
                "x%3bMODE=MySQL",
                "x%253BACCESS_MODE_DATA=r",
                "x%25253BIFEXISTS=TRUE",
                "sub;INIT=RUNSCRIPT FROM 'evil.sql'/x",
                "x\ny"
            })
    void aPathCarryingSettingsIsRefusedWithoutEchoingItOrTouchingTheDisk(String hostile) throws Exception {
        Path existing = dir.resolve("x");
        Database.open(existing).close(); // an ordinary database next to the hostile name
        List<Path> before = listing();

        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(Path.of(dir + "/" + hostile)));

        assertFalse(e.getMessage().contains("INIT"), e.getMessage());
        assertFalse(e.getMessage().contains("MODE"), e.getMessage());
        assertFalse(e.getMessage().contains("IFEXISTS"), e.getMessage());
        assertFalse(e.getMessage().contains("jdbc:"), e.getMessage());
        assertEquals(before, listing(), "nothing was created or changed in the folder");
        try (Database db = Database.open(existing)) {
            int pwned = db.dsl()
                    .fetchCount(
                            db.dsl().select().from("INFORMATION_SCHEMA.TABLES").where("TABLE_NAME = 'PWNED'"));
            assertEquals(0, pwned, "no SQL from the path ran");
        }
    }

    @Test
    void anEmptyPathIsRefusedInsteadOfMakingADatabaseInTheCurrentFolder() {
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(Path.of("")));
        assertTrue(e.getMessage().contains("no database path given"), e.getMessage());
        assertFalse(Files.exists(Path.of(".mv.db").toAbsolutePath()));
    }

    @Test
    void anExistingFileThatIsNotADatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "shopping list");
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(notes));
        assertTrue(e.getMessage().contains("'notes.txt' is not a Microtower database"), e.getMessage());
        assertEquals("shopping list", Files.readString(notes));
        assertEquals(List.of(notes), listing());
    }

    @Test
    void aNewNameWithoutTheSuffixGetsIt() {
        try (Database db = Database.open(dir.resolve("plain-name"))) {
            assertEquals(dir.resolve("plain-name.mv.db").toAbsolutePath(), db.file());
        }
    }

    @Test
    void ordinaryPercentSignsAndSpacesInANameAreFine() {
        Database.open(dir.resolve("100% plan 2026")).close();
        assertTrue(Files.exists(dir.resolve("100% plan 2026.mv.db")));
    }

    private List<Path> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
