package dev.microtower.store;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A database path checked before it goes anywhere near the database engine. H2 reads everything
 * after a {@code ;} in its connection URL as settings ({@code INIT=} runs SQL, {@code
 * ACCESS_MODE_DATA=}, {@code MODE=}, {@code IFEXISTS=} change how the file is opened), so a file name
 * someone sends a planner could run SQL on open. This class refuses any path that carries a {@code
 * ;}, in plain or percent-encoded form, or a control character; it opens only files ending in {@code
 * .mv.db} (or a new name, which gets that suffix) and folders (which hold {@code microtower.mv.db}).
 *
 * <p>Messages never repeat a refused path: a hostile name printed back is itself a risk (a terminal
 * escape, a log line read as an instruction) and the planner knows which file they chose.
 */
public final class DatabasePath {
    /** H2's suffix for its file format. */
    public static final String SUFFIX = ".mv.db";

    private DatabasePath() {}

    /**
     * The absolute {@code .mv.db} file for {@code requested}, or a {@link DatabaseException} saying
     * why it cannot be opened.
     */
    public static Path fileOf(Path requested) {
        Objects.requireNonNull(requested, "database path");
        String text = requested.toString();
        if (text.isBlank()) {
            throw new DatabaseException(
                    "no database path given: name a file ending in " + SUFFIX + " or a folder", null);
        }
        Path absolute;
        try {
            absolute = requested.toAbsolutePath().normalize();
        } catch (InvalidPathException | java.io.IOError e) {
            throw new DatabaseException("the database path cannot be used on this computer", e);
        }
        checkPlain(absolute.toString());
        if (Files.isDirectory(absolute)) {
            return absolute.resolve(DataLocation.DATABASE_NAME + SUFFIX);
        }
        String name = absolute.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
            if (name.length() == SUFFIX.length()) {
                throw new DatabaseException("the database file needs a name before " + SUFFIX, null);
            }
            return absolute;
        }
        if (Files.exists(absolute)) {
            throw new DatabaseException(
                    "'" + name + "' is not a Microtower database: open a file ending in " + SUFFIX + " or a folder",
                    null);
        }
        return absolute.resolveSibling(name + SUFFIX);
    }

    /** The name H2 is given for {@code file}: the path without {@code .mv.db}, already checked. */
    static String engineName(Path file) {
        String text = file.toString();
        checkPlain(text);
        if (!text.endsWith(SUFFIX)) {
            throw new IllegalArgumentException("not a database file: expected the " + SUFFIX + " suffix");
        }
        return text.substring(0, text.length() - SUFFIX.length());
    }

    private static void checkPlain(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.isISOControl(c)) {
                throw new DatabaseException(
                        "the database path holds a control character; Microtower opens only plain file names", null);
            }
        }
        String decoded = path;
        // a name may be decoded again by whatever passes it on, so look through every layer of %xx
        for (int layer = 0; layer < 4; layer++) {
            if (decoded.indexOf(';') >= 0) {
                throw new DatabaseException(
                        "the database path holds a ';', which the database engine would read as a setting;"
                                + " Microtower opens only plain file names: rename the file or its folder",
                        null);
            }
            String next = percentDecoded(decoded);
            if (next.equals(decoded)) {
                return;
            }
            decoded = next;
        }
        throw new DatabaseException(
                "the database path is percent-encoded several times over; rename the file or its folder", null);
    }

    /** One layer of {@code %xx} decoding; anything that is not a valid escape stays as it is. */
    static String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 3).toLowerCase(Locale.ROOT), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
