package dev.microtower.store;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionalCallable;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * The embedded H2 file database: opened once per process, migrated on open, and used through
 * jOOQ. H2 locks the file while it is open, so a second process gets a {@link
 * DatabaseInUseException} rather than a shared, corruptible file.
 *
 * <p>This is the one class that knows the database is H2: the JDBC URL and pool, the jOOQ dialect,
 * {@code SHUTDOWN [COMPACT]}, and (with {@link DatabaseProblems}) the H2 error codes translated
 * into {@link DatabaseException}s. The stores above it use jOOQ's portable forms (upserts as {@code
 * onConflict}, the scenario copy as generated {@code INSERT ... SELECT}), so a PostgreSQL database
 * would replace this class rather than the stores. Paths are checked by {@link DatabasePath} before
 * they reach the URL, and migrations run on a copy ({@link SchemaMigration}), so neither a hostile
 * file name nor a killed process can damage a file.
 */
public final class Database implements AutoCloseable {
    // held strongly so the levels stick: Flyway's per-migration and jOOQ's version INFO lines are
    // noise on a user's console
    private static final Logger FLYWAY_LOG = quiet("org.flywaydb");

    private static final Logger JOOQ_LOG = quiet("org.jooq");

    private final Path file;
    private final Engine engine;
    private final DSLContext dsl;
    private final Optional<Path> migrationBackup;
    private volatile boolean compactOnClose;
    private volatile boolean knownClean; // see checkUnlessKnownClean

    private Database(Path file, Engine engine, Optional<Path> migrationBackup) {
        this.file = file;
        this.engine = engine;
        this.migrationBackup = migrationBackup;
        this.dsl = DSL.using(new DefaultConfiguration()
                .set(engine.pool())
                .set(SQLDialect.H2)
                .set(new Settings().withExecuteLogging(false))
                .set(new DamagedPages(file, this::damageFound)));
    }

    /**
     * A query met damage: the file is no longer known clean, its mark is dropped and closing does not
     * write a new one, so the next opening checks the whole file again.
     */
    void damageFound() {
        knownClean = false;
        CleanCheckMark.forget(file);
    }

    /**
     * Opens (creating if needed) and migrates the database at {@code path}. The path may name the
     * database with or without H2's {@code .mv.db} suffix, or an existing folder to hold it; a path
     * H2 would read as settings is refused ({@link DatabasePath}).
     */
    public static Database open(Path path) {
        Path file = DatabasePath.fileOf(path);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw DatabaseProblems.ofIo(e, file, "cannot create the folder for the database");
        }
        SchemaMigration.deleteStaleCopies(file);
        if (!Files.exists(file)) {
            SchemaMigration.createMigrated(file);
        } else if (readOnly(file)) {
            throw DatabaseProblems.readOnly(file, null);
        }
        boolean knownClean = CleanCheckMark.matches(file); // before the engine touches the file
        FLYWAY_LOG.fine(() -> "opening " + file);
        JOOQ_LOG.fine(() -> "opening " + file);
        Engine engine = null;
        try {
            engine = Engine.connect(file);
            SchemaMigration.State state = SchemaMigration.stateOf(engine.pool());
            refuseUnusable(state, file);
            Optional<Path> backup = Optional.empty();
            if (state.pending() > 0) {
                engine.shutdown(false);
                engine.close();
                engine = null;
                backup = Optional.of(SchemaMigration.migrateExisting(file, state.applied()));
                engine = Engine.connect(file);
                knownClean = false; // a new file: checked again
            }
            Database database = new Database(file, engine, backup);
            database.knownClean = knownClean;
            return database;
        } catch (SQLException e) {
            closeQuietly(engine);
            throw DatabaseProblems.of(e, file);
        } catch (FlywayException e) {
            closeQuietly(engine);
            if (e.getCause() instanceof SQLException sql) {
                throw DatabaseProblems.of(sql, file);
            }
            throw DatabaseProblems.damaged(file, e);
        } catch (RuntimeException e) {
            closeQuietly(engine);
            throw e;
        }
    }

    /**
     * Whether the file may not be written: by the access check, or by its permission bits alone,
     * which also holds for an administrator (whom the access check always lets write), so a file a
     * planner marked read-only stays unwritten whoever opens it.
     */
    private static boolean readOnly(Path file) {
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return !permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    private static void refuseUnusable(SchemaMigration.State state, Path file) {
        if (state.newer()) {
            throw new DatabaseException(
                    "the database " + file + " was made by a newer Microtower (schema " + state.applied()
                            + "); this one knows up to " + state.newestKnown()
                            + ". Open it with the newer Microtower; this one does not write to it.",
                    null);
        }
        if (state.failed()) {
            throw DatabaseProblems.damaged(file, null);
        }
    }

    private static void closeQuietly(Engine engine) {
        if (engine != null) {
            engine.close();
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.WARNING);
        return logger;
    }

    /** The database file on disk, with its {@code .mv.db} suffix. */
    public Path file() {
        return file;
    }

    /** The copy kept before this open migrated the file to a newer schema, if it did. */
    public Optional<Path> migrationBackup() {
        return migrationBackup;
    }

    /**
     * Before a large write (an import): when the file is larger than {@code thresholdBytes}, an
     * online backup of it, {@code NAME.backup-before-import-TIME.zip} beside it (H2's {@code BACKUP
     * TO}, consistent while the file is open). Returns where it is.
     */
    public Optional<Path> backupIfLarger(long thresholdBytes) {
        try {
            if (Files.size(file) <= thresholdBytes) {
                return Optional.empty();
            }
            Path backup = file.resolveSibling(SchemaMigration.baseName(file) + SchemaMigration.BACKUP + "before-import-"
                    + SchemaMigration.stamp() + ".zip");
            dsl.execute("BACKUP TO " + DSL.inline(backup.toString()));
            return Optional.of(backup);
        } catch (IOException | org.jooq.exception.DataAccessException e) {
            if (DatabaseProblems.diskFull(e, file)) {
                throw DatabaseProblems.diskFull(file, e);
            }
            throw new DatabaseException(
                    "could not take a backup of " + file + " before the import; nothing was imported", e);
        }
    }

    /**
     * Reads every row of the file to find pages that opening it did not read; a damaged file ends in
     * a {@link DatabaseException} naming the file and its newest backup. Returns the rows read.
     */
    public long check(Progress progress, Cancellation cancellation) {
        knownClean = false;
        CleanCheckMark.forget(file);
        long rows = WholeFileCheck.run(this, progress, cancellation);
        knownClean = true;
        CleanCheckMark.mark(file);
        return rows;
    }

    /**
     * {@link #check} unless the file is unchanged (size and modified time) since it was last known
     * clean: since a check found no damage, since this program closed it after such a session, or
     * since a ready-made image was unpacked into it ({@code NAME.clean-check} beside it). Returns the
     * rows read, or -1 when the file was not read.
     */
    public long checkUnlessKnownClean(Progress progress, Cancellation cancellation) {
        if (knownClean) {
            progress.progress(1, 1, "The database file is unchanged since its last check: no damage found");
            return -1;
        }
        return check(progress, cancellation);
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Runs {@code work} in one transaction: all of it is written, or none. */
    public <T> T inTransaction(TransactionalCallable<T> work) {
        return dsl.transactionResult(work);
    }

    /**
     * Asks for the file to be compacted when it is closed. A large import in one transaction leaves
     * the H2 file several times larger than its data (every page is written uncommitted, then again
     * on commit, and freed space is kept for a while); SHUTDOWN COMPACT rewrites only the live data,
     * which for the demo network takes the file from about 230 MB to about 35 MB in a few seconds.
     */
    public void compactWhenClosing() {
        compactOnClose = true;
    }

    @Override
    public void close() {
        engine.shutdown(compactOnClose);
        engine.close();
        if (knownClean) {
            // clean when opened or checked, and written since only by this session's engine
            CleanCheckMark.mark(file);
        }
    }

    /**
     * The H2 connection pool on one checked file: the only place a JDBC URL is built. The URL is
     * H2's prefix, the file's name as {@link DatabasePath} checked it (no {@code ;}, so nothing in
     * it can be read as a setting), and this class's own fixed settings.
     */
    static final class Engine implements AutoCloseable {
        private final JdbcConnectionPool pool;
        private final JdbcDataSource direct;

        private Engine(JdbcConnectionPool pool, JdbcDataSource direct) {
            this.pool = pool;
            this.direct = direct;
        }

        static Engine connect(Path file) throws SQLException {
            String url = "jdbc:h2:file:" + DatabasePath.engineName(file) + ";DB_CLOSE_ON_EXIT=FALSE";
            JdbcDataSource direct = new JdbcDataSource();
            direct.setURL(url);
            direct.setUser("sa");
            direct.setPassword("");
            JdbcConnectionPool pool = JdbcConnectionPool.create(direct);
            pool.setMaxConnections(8);
            try {
                pool.getConnection().close(); // takes the file lock now, so a second process fails here
            } catch (SQLException | RuntimeException e) {
                pool.dispose();
                throw e;
            }
            return new Engine(pool, direct);
        }

        JdbcConnectionPool pool() {
            return pool;
        }

        /** Writes everything and releases the file lock before returning. */
        void shutdown(boolean compact) {
            // a connection of its own, not the pool's: a pooled connection rolls back when it is handed
            // back, which after SHUTDOWN fails, and H2 writes that failure with its stack trace into
            // NAME.trace.db beside the database (once per command, before this was fixed)
            try (var connection = direct.getConnection();
                    var statement = connection.createStatement()) {
                statement.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            } catch (SQLException ignored) {
                // already shut down: nothing left to release
            }
        }

        @Override
        public void close() {
            pool.dispose();
        }
    }
}
