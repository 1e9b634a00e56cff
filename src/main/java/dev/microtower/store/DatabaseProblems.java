package dev.microtower.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.h2.api.ErrorCode;

/**
 * Turns what the database engine and the file system say into a planner's words: which file, what
 * is wrong with it and what to do. Nothing the engine wrote (its wording, SQL, class names) reaches
 * the message; it stays in the exception's cause for a developer.
 */
public final class DatabaseProblems {
    private DatabaseProblems() {}

    static DatabaseException of(SQLException e, Path file) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new DatabaseInUseException(file, e);
        }
        if (diskFull(e, file)) {
            return diskFull(file, e);
        }
        if (code == ErrorCode.FILE_VERSION_ERROR_1) {
            return new DatabaseException(
                    "the file " + file + " was written by a database engine this Microtower cannot read", e);
        }
        if (code == ErrorCode.FILE_CORRUPTED_1
                || code == ErrorCode.GENERAL_ERROR_1
                || code == ErrorCode.IO_EXCEPTION_2
                || code == ErrorCode.IO_EXCEPTION_1) {
            return damaged(file, e);
        }
        if (code == ErrorCode.DATABASE_IS_READ_ONLY) {
            return readOnly(file, e);
        }
        return new DatabaseException("the database " + file + " could not be opened" + lastBackupNote(file), e);
    }

    static DatabaseException ofIo(IOException e, Path file, String what) {
        if (diskFull(e, file)) {
            return diskFull(file, e);
        }
        if (e instanceof AccessDeniedException) {
            return new DatabaseException(
                    what + ": Microtower may not write in the folder " + file.getParent()
                            + "; choose a folder you can write to. Nothing was changed.",
                    e);
        }
        return new DatabaseException(what + " " + file + "; nothing was changed" + lastBackupNote(file), e);
    }

    static DatabaseException damaged(Path file, Throwable cause) {
        return new DatabaseException(
                "the database file " + file + " is damaged and cannot be read" + lastBackupNote(file), cause);
    }

    static DatabaseException readOnly(Path file, Throwable cause) {
        return new DatabaseException(
                "the database file " + file + " is read-only: Microtower needs to write to it."
                        + " Make it writable, or copy it to a folder you can write to.",
                cause);
    }

    /** The disk holding {@code file} is full: says so, names the folder, and that nothing was written. */
    public static DatabaseException diskFull(Path file, Throwable cause) {
        return new DatabaseException(
                "the disk holding " + file.getParent() + " is full; nothing was written."
                        + " Free some space and try again.",
                cause);
    }

    /** Room a write needs at the least; with less left, a failed write is put down to a full disk. */
    static final long NEARLY_FULL_BYTES = 8L * 1024 * 1024;

    /**
     * Whether a write to {@code file} failed for want of space: as the failure says, or, since the
     * engine does not always pass the file system's words on ("this store is closed"), as the disk
     * holding the file shows.
     */
    public static boolean diskFull(Throwable e, Path file) {
        if (diskFull(e)) {
            return true;
        }
        try {
            return Files.getFileStore(file.getParent()).getUsableSpace() < NEARLY_FULL_BYTES;
        } catch (IOException | RuntimeException unknown) {
            return false;
        }
    }

    /** Whether the engine or the file system ran out of space, as far as its message tells. */
    public static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left")
                    || message.contains("disk full")
                    || message.contains("not enough space")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String lastBackupNote(Path file) {
        Optional<Path> backup = Backups.latest(file);
        return backup.map(b -> ". The last backup is " + b + ": open that file, or copy it over this one.")
                .orElse(".");
    }
}
