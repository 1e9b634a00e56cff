package dev.microtower.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Turns the engine's report of an unreadable page, wherever a query meets one (opening a file
 * reads only its header and the pages it needs), into the planner's message about a damaged file
 * and its last backup, instead of an unexpected failure carrying the engine's own words. It also
 * tells the database, so that a file found damaged is not marked clean when it is closed.
 */
final class DamagedPages implements ExecuteListener {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final transient Runnable found;

    /** {@code found} runs whenever a query meets damage, before the message is thrown. */
    DamagedPages(Path file, Runnable found) {
        this.file = file;
        this.found = found;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException e = ctx.exception();
        if (e != null && !(e instanceof DatabaseException) && in(e)) {
            found.run();
            ctx.exception(DatabaseProblems.damaged(file, e));
        }
    }

    /** Whether {@code e} or one of its causes is the engine finding a page it cannot read. */
    static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("unable to read the page") || message.contains("file corrupted")) {
                return true;
            }
        }
        return false;
    }
}
