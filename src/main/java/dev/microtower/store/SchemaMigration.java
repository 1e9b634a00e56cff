package dev.microtower.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Brings a database file to this build's schema without ever leaving a half-migrated file. A
 * migration runs on a copy beside the file ({@code NAME.migrating-PID.mv.db}), which is then moved
 * over the original in one rename: a {@code kill -9} at any moment leaves either the old file or the
 * new one, and at worst a stale copy that the next open deletes. Before an existing file is
 * migrated, a backup copy ({@code NAME.backup-before-schema-N-TIME.mv.db}) is kept beside it.
 *
 * <p>A file whose schema is newer than the newest migration this build carries was written by a
 * newer Microtower; it is refused rather than written to, since this build would not keep the
 * columns it does not know.
 */
final class SchemaMigration {
    private static final String MIGRATING = ".migrating-";
    static final String BACKUP = ".backup-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What a file's schema looks like to this build. */
    record State(int applied, int newestKnown, int pending, boolean newer, boolean failed) {}

    private SchemaMigration() {}

    static Flyway flyway(DataSource source) {
        return Flyway.configure()
                .dataSource(source)
                .locations("classpath:db/migration")
                .load();
    }

    static State stateOf(DataSource source) {
        MigrationInfoService info = flyway(source).info();
        MigrationInfo current = info.current();
        int applied = current == null || current.getVersion() == null ? 0 : major(current.getVersion());
        int newestKnown = Arrays.stream(info.all())
                .filter(m ->
                        m.getState() != MigrationState.FUTURE_SUCCESS && m.getState() != MigrationState.FUTURE_FAILED)
                .filter(m -> m.getVersion() != null)
                .mapToInt(m -> major(m.getVersion()))
                .max()
                .orElse(0);
        boolean newer = Arrays.stream(info.all())
                .anyMatch(m ->
                        m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED);
        boolean failed = Arrays.stream(info.all()).anyMatch(m -> m.getState() == MigrationState.FAILED);
        return new State(applied, newestKnown, info.pending().length, newer, failed);
    }

    static String stamp() {
        return LocalDateTime.now().format(STAMP);
    }

    private static int major(MigrationVersion version) {
        return version.getMajor() == null ? 0 : version.getMajor().intValue();
    }

    /** Creates {@code file} already migrated: built under a temporary name, then renamed into place. */
    static void createMigrated(Path file) {
        Path copy = copyName(file);
        try {
            migrateFile(copy);
            moveIntoPlace(copy, file, false);
            deleteQuietly(copy); // only its trace file is left: the engine's note of its own shutdown
        } catch (FileAlreadyExistsException e) {
            // another process created it meanwhile: theirs is as good as ours
            deleteQuietly(copy);
        } catch (IOException e) {
            deleteQuietly(copy);
            throw DatabaseProblems.ofIo(e, file, "could not create the database");
        } catch (RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    /**
     * Migrates an existing, closed {@code file}: keeps a backup, migrates a copy and renames it over
     * the file. Returns the backup.
     */
    static Path migrateExisting(Path file, int fromSchema) {
        Path backup = file.resolveSibling(baseName(file) + BACKUP + "before-schema-" + fromSchema + "-"
                + LocalDateTime.now().format(STAMP) + DatabasePath.SUFFIX);
        Path copy = copyName(file);
        try {
            Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
            Files.copy(backup, copy, StandardCopyOption.REPLACE_EXISTING);
            migrateFile(copy);
            moveIntoPlace(copy, file, true);
            deleteQuietly(copy); // only its trace file is left: the engine's note of its own shutdown
            return backup;
        } catch (IOException e) {
            deleteQuietly(copy);
            throw DatabaseProblems.ofIo(e, file, "could not update the database to this version");
        } catch (RuntimeException e) {
            deleteQuietly(copy);
            throw e;
        }
    }

    private static void migrateFile(Path file) {
        try (Database.Engine engine = Database.Engine.connect(file)) {
            flyway(engine.pool()).migrate();
            engine.shutdown(false);
        } catch (SQLException e) {
            throw DatabaseProblems.of(e, file);
        }
    }

    static void moveIntoPlace(Path copy, Path file, boolean replace) throws IOException {
        if (!replace) {
            // a hard link refuses to replace a file another process created meanwhile, which a
            // rename would do silently
            try {
                Files.createLink(file, copy);
                Files.delete(copy);
                return;
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (IOException | UnsupportedOperationException e) {
                // no hard links on this file system: a rename will do
            }
        }
        try {
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes migration copies left by processes that were killed; a live process's copy stays. */
    static void deleteStaleCopies(Path file) {
        Path dir = file.getParent();
        String prefix = baseName(file) + MIGRATING;
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(dir, glob(prefix) + "*")) {
            for (Path copy : copies) {
                String rest = copy.getFileName().toString().substring(prefix.length());
                int dot = rest.indexOf('.');
                Optional<Long> pid = parsePid(dot < 0 ? rest : rest.substring(0, dot));
                if (pid.isEmpty() || ProcessHandle.of(pid.get()).isEmpty()) {
                    deleteQuietly(copy);
                }
            }
        } catch (IOException ignored) {
            // a stale copy left behind is harmless; it is tried again on the next open
        }
    }

    private static String glob(String literal) {
        return literal.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }

    private static Optional<Long> parsePid(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Path copyName(Path file) {
        return file.resolveSibling(
                baseName(file) + MIGRATING + ProcessHandle.current().pid() + DatabasePath.SUFFIX);
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - DatabasePath.SUFFIX.length());
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(baseName(file) + ".trace.db"));
        } catch (IOException ignored) {
            // left for the next open's clean-up
        }
    }
}
