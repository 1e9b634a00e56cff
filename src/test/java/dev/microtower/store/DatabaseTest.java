package dev.microtower.store;

import static dev.microtower.store.jooq.Tables.SCENARIO;
import static dev.microtower.store.jooq.Tables.SKU;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileToTheCurrentSchemaWithTheBaselineScenario() {
        try (Database db = Database.open(dir.resolve("fresh"))) {
            assertTrue(Files.exists(dir.resolve("fresh.mv.db")));
            assertEquals(
                    "Baseline",
                    db.dsl()
                            .select(SCENARIO.NAME)
                            .from(SCENARIO)
                            .where(SCENARIO.ID.eq(1L))
                            .fetchOne(SCENARIO.NAME));
        }
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsData() {
        try (Database db = Database.open(dir.resolve("twice.mv.db"))) {
            db.dsl()
                    .insertInto(SCENARIO, SCENARIO.NAME)
                    .values("What if Oakland closes")
                    .execute();
        }
        try (Database db = Database.open(dir.resolve("twice"))) {
            assertEquals(2, db.dsl().fetchCount(SCENARIO));
        }
    }

    @Test
    void compactingOnCloseShrinksTheFileALargeTransactionLeftAndKeepsTheData() throws Exception {
        long plain = fileAfterLargeTransaction(dir.resolve("plain"), false);
        long compacted = fileAfterLargeTransaction(dir.resolve("compacted"), true);
        assertTrue(compacted * 2 < plain, "compacted " + compacted + " bytes, plain " + plain + " bytes");
        try (Database db = Database.open(dir.resolve("compacted"))) {
            assertEquals(60_000, db.dsl().fetchCount(SKU));
        }
    }

    /** Writes 60,000 SKUs in one transaction, the way an import does, and returns the file size after closing. */
    private static long fileAfterLargeTransaction(Path path, boolean compact) throws Exception {
        Database db = Database.open(path);
        try (db) {
            db.inTransaction(tx -> tx.dsl().connectionResult(connection -> {
                try (var insert = connection.prepareStatement(
                        "INSERT INTO sku (code, name, category, unit_volume_l, unit_weight_kg, unit_cost) "
                                + "VALUES (?, ?, 'grocery', 1.5, 1.2, 3.25)")) {
                    for (int i = 0; i < 60_000; i++) {
                        insert.setString(1, "SKU-" + i);
                        insert.setString(2, "A product with a reasonably long name, number " + i);
                        insert.addBatch();
                        if (i % 2_000 == 1_999) {
                            insert.executeBatch();
                        }
                    }
                }
                return null;
            }));
            if (compact) {
                db.compactWhenClosing();
            }
        }
        return Files.size(db.file());
    }

    @Test
    void aFolderPathHoldsTheDatabaseUnderItsDefaultName() {
        try (Database db = Database.open(dir)) {
            assertEquals(dir.resolve("microtower.mv.db").toAbsolutePath(), db.file());
        }
    }

    @Test
    void theUserDataFolderFollowsEachOperatingSystemsConvention() {
        Path home = Path.of("/home/ana");
        assertEquals(
                Path.of("/home/ana/.local/share/microtower/microtower"),
                DataLocation.resolve(null, java.util.Map.of(), "Linux", home));
        assertEquals(
                Path.of("/xdg/microtower/microtower"),
                DataLocation.resolve(null, java.util.Map.of("XDG_DATA_HOME", "/xdg"), "Linux", home));
        assertEquals(
                Path.of("C:/Users/ana/AppData/Roaming/Microtower/microtower"),
                DataLocation.resolve(
                        null, java.util.Map.of("APPDATA", "C:/Users/ana/AppData/Roaming"), "Windows 11", home));
        assertEquals(
                Path.of("/home/ana/Library/Application Support/Microtower/microtower"),
                DataLocation.resolve(null, java.util.Map.of(), "Mac OS X", home));
        assertEquals(
                Path.of("/env/db"),
                DataLocation.resolve(null, java.util.Map.of("MICROTOWER_DB", "/env/db"), "Linux", home));
        assertEquals(
                Path.of("/cli/db"),
                DataLocation.resolve(Path.of("/cli/db"), java.util.Map.of("MICROTOWER_DB", "/env/db"), "Linux", home));
    }

    @Test
    void aBrokenFileIsReportedInWordsNotAStackTrace() throws Exception {
        Files.writeString(dir.resolve("junk.mv.db"), "this is not a database");
        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(dir.resolve("junk")));
        assertTrue(e.getMessage().contains("junk.mv.db"), e.getMessage());
    }
}
