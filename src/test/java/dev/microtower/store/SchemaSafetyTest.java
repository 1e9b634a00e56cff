package dev.microtower.store;

import static dev.microtower.store.jooq.Tables.SCENARIO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a planner may be handed or left with: older, newer, damaged, read-only, half-migrated. */
class SchemaSafetyTest {
    private static final Pattern INTERNALS =
            Pattern.compile("Exception|\\bat [a-z]+\\.|org\\.h2|SQL|SELECT|INSERT|jdbc:|\\[\\d{5}");

    @TempDir
    Path dir;

    @Test
    void aDatabaseFromANewerMicrotowerIsRefusedWithBothSchemaNumbers() throws Exception {
        Path file = dir.resolve("future.mv.db");
        try (Database db = Database.open(file)) {
            db.dsl()
                    .execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                            + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                            + " VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'sa', 1, TRUE)");
        }
        int known = newestMigration();

        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(file));

        assertTrue(
                e.getMessage().contains("made by a newer Microtower (schema 99); this one knows up to " + known),
                e.getMessage());
        assertPlain(e.getMessage());
    }

    @Test
    void anOlderDatabaseIsMigratedAfterABackupCopyAndKeepsItsData() throws Exception {
        Path file = dir.resolve("old.mv.db");
        String url = "jdbc:h2:file:" + dir.resolve("old").toAbsolutePath();
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .target("1")
                .load()
                .migrate();
        try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
                var statement = connection.createStatement()) {
            statement.execute("INSERT INTO scenario (name) VALUES ('Kept through the update')");
            statement.execute("SHUTDOWN");
        }

        try (Database db = Database.open(file)) {
            assertTrue(db.migrationBackup().isPresent(), "a backup was kept");
            Path backup = db.migrationBackup().get();
            assertTrue(Files.exists(backup), backup.toString());
            assertTrue(backup.getFileName().toString().startsWith("old.backup-before-schema-1-"), backup.toString());
            assertEquals(2, db.dsl().fetchCount(SCENARIO));
            assertEquals(
                    newestMigration(),
                    db.dsl().fetchValue("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\""));
        }
        assertEquals(List.of(), leftovers("migrating"), "no migration copy left behind");
    }

    @Test
    void aMigrationCopyLeftByAKilledProcessIsDeletedOnTheNextOpen() throws Exception {
        Path stale = Files.writeString(dir.resolve("db.migrating-999999999.mv.db"), "half a migration");
        try (Database db = Database.open(dir.resolve("db"))) {
            assertEquals(1, db.dsl().fetchCount(SCENARIO));
        }
        assertFalse(Files.exists(stale));
    }

    @Test
    void aDamagedFileIsExplainedAndTheLastBackupOffered() throws Exception {
        Path file = dir.resolve("damaged.mv.db");
        try (Database db = Database.open(file)) {
            db.dsl()
                    .insertInto(SCENARIO, SCENARIO.NAME)
                    .values("Before the damage")
                    .execute();
        }
        Path backup = Files.copy(file, dir.resolve("damaged.backup-before-schema-1-20260101-000000.mv.db"));
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.seek(0);
            raw.write(new byte[8192]);
        }

        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(file));

        assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
        assertTrue(e.getMessage().contains("The last backup is " + backup), e.getMessage());
        assertPlain(e.getMessage());
    }

    @Test
    void aTruncatedFileIsExplainedNotThrownAsAStackTrace() throws Exception {
        Path file = dir.resolve("short.mv.db");
        try (Database db = Database.open(file)) {
            db.dsl().insertInto(SCENARIO, SCENARIO.NAME).values("Cut short").execute();
        }
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            raw.setLength(raw.length() / 3);
        }
        try {
            Database.open(file).close();
        } catch (DatabaseException e) {
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            assertPlain(e.getMessage());
        }
    }

    @Test
    void aReadOnlyFileIsRefusedWithWhatToDo() throws Exception {
        Path file = dir.resolve("locked.mv.db");
        Database.open(file).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));

        DatabaseException e = assertThrows(DatabaseException.class, () -> Database.open(file));

        assertTrue(e.getMessage().contains("is read-only"), e.getMessage());
        assertPlain(e.getMessage());
    }

    @Test
    void aFolderNamedLikeADatabaseHoldsTheDatabaseInside() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("looks-like.mv.db"));
        try (Database db = Database.open(folder)) {
            assertEquals(folder.resolve("microtower.mv.db").toAbsolutePath(), db.file());
        }
    }

    @Test
    void aBackupBeforeALargeImportIsAnOnlineCopyBesideTheFile() throws Exception {
        try (Database db = Database.open(dir.resolve("big"))) {
            db.dsl().insertInto(SCENARIO, SCENARIO.NAME).values("In the backup").execute();
            assertTrue(db.backupIfLarger(Long.MAX_VALUE).isEmpty(), "a small file gets no backup");

            Path backup = db.backupIfLarger(0).orElseThrow();

            assertTrue(backup.getFileName().toString().startsWith("big.backup-before-import-"), backup.toString());
            try (var zip = new java.util.zip.ZipFile(backup.toFile())) {
                assertTrue(zip.getEntry("big.mv.db") != null, "the zip holds the database file");
            }
            assertEquals(java.util.Optional.of(backup), Backups.latest(db.file()));
        }
    }

    private static void assertPlain(String message) {
        assertFalse(INTERNALS.matcher(message).find(), "a planner's words, no internals: " + message);
    }

    private List<Path> leftovers(String word) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().contains(word)).toList();
        }
    }

    private static int newestMigration() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .orElseThrow();
        }
    }
}
