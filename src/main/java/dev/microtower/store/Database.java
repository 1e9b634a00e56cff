package dev.microtower.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionalCallable;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The embedded H2 file database: opened once per process, migrated by Flyway on open, and used
 * through jOOQ. H2 locks the file while it is open, so a second process gets a {@link
 * DatabaseInUseException} rather than a shared, corruptible file.
 *
 * <p>This is the one class that knows the database is H2: the JDBC URL and pool, the jOOQ dialect,
 * {@code SHUTDOWN [COMPACT]}, and the H2 error codes translated into {@link DatabaseException}s.
 * The stores above it use jOOQ's portable forms (upserts as {@code onConflict}, the scenario copy
 * as generated {@code INSERT ... SELECT}), so a PostgreSQL database would replace this class
 * rather than the stores.
 */
public final class Database implements AutoCloseable {
    private static final String H2_SUFFIX = ".mv.db";
    // held strongly so the levels stick: Flyway's per-migration and jOOQ's version INFO lines are
    // noise on a user's console
    private static final java.util.logging.Logger FLYWAY_LOG = quiet("org.flywaydb");

    private static final java.util.logging.Logger JOOQ_LOG = quiet("org.jooq");

    private final Path file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private volatile boolean compactOnClose;

    private Database(Path file, JdbcConnectionPool pool) {
        this.file = file;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /**
     * Opens (creating if needed) and migrates the database at {@code path}. The path may name the
     * database with or without H2's {@code .mv.db} suffix, or an existing folder to hold it.
     */
    public static Database open(Path path) {
        Path base = basePath(path);
        Path file = base.resolveSibling(base.getFileName() + H2_SUFFIX);
        try {
            Files.createDirectories(base.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new DatabaseException("cannot create the folder for the database " + file + ": " + e.getMessage(), e);
        }
        String url = "jdbc:h2:file:" + base.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        FLYWAY_LOG.fine(() -> "opening " + url);
        JOOQ_LOG.fine(() -> "opening " + url);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            pool.getConnection().close(); // takes the file lock now, so a second process fails here
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, file);
        } catch (FlywayException e) {
            pool.dispose();
            if (e.getCause() instanceof SQLException sql) {
                throw translate(sql, file);
            }
            throw new DatabaseException("cannot bring the database " + file + " up to date: " + e.getMessage(), e);
        }
        return new Database(file, pool);
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    static Path basePath(Path path) {
        Objects.requireNonNull(path, "database path");
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute.resolve(DataLocation.DATABASE_NAME);
        }
        String name = absolute.getFileName().toString();
        if (name.endsWith(H2_SUFFIX)) {
            return absolute.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()));
        }
        return absolute;
    }

    private static DatabaseException translate(SQLException e, Path file) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new DatabaseInUseException(file, e);
        }
        if (e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1) {
            return new DatabaseException("the file " + file + " is not a Microtower database this version can read", e);
        }
        return new DatabaseException("cannot open the database " + file + ": " + e.getMessage(), e);
    }

    /** The database file on disk, with its {@code .mv.db} suffix. */
    public Path file() {
        return file;
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
        // SHUTDOWN writes everything and releases the file lock before we return
        try (var connection = pool.getConnection();
                var statement = connection.createStatement()) {
            statement.execute(compactOnClose ? "SHUTDOWN COMPACT" : "SHUTDOWN");
        } catch (SQLException ignored) {
            // already shut down: nothing left to release
        }
        pool.dispose();
    }
}
