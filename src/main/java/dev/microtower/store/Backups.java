package dev.microtower.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * The backup copies kept beside a database file: {@code NAME.backup-*.mv.db} before a schema
 * migration, {@code NAME.backup-*.zip} (H2's online backup) before a large import. They are never
 * deleted by Microtower; a damaged file's message names the newest one.
 */
public final class Backups {
    /** An import into a file larger than this first takes a backup: the undo of last resort. */
    public static final long BACKUP_BEFORE_IMPORT_ABOVE_BYTES = 50L * 1024 * 1024;

    private Backups() {}

    /** The newest backup of {@code file}, if any. */
    public static Optional<Path> latest(Path file) {
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return Optional.empty();
        }
        String prefix = SchemaMigration.baseName(file) + SchemaMigration.BACKUP;
        Path newest = null;
        FileTime newestTime = null;
        try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
            for (Path candidate : all) {
                String name = candidate.getFileName().toString();
                if (!name.startsWith(prefix) || !(name.endsWith(DatabasePath.SUFFIX) || name.endsWith(".zip"))) {
                    continue;
                }
                FileTime time = Files.getLastModifiedTime(candidate);
                if (newestTime == null || time.compareTo(newestTime) > 0) {
                    newest = candidate;
                    newestTime = time;
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(newest);
    }
}
