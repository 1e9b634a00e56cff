package dev.microtower.store;

import dev.microtower.core.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;

/**
 * Remembers, beside a database file ({@code NAME.clean-check}), the size and modified time the file
 * had when it was last known free of damage: after a whole-file check found none, after this
 * process closed a file it had opened clean, or after a ready-made image was unpacked (its gzip
 * checksum covers every byte). While the file still has that size and time, nothing but this
 * program's own closed sessions has written it, and the window's check on opening is skipped
 * (8.9 s on the demo). Any other write, a killed process or a copied-in file changes the stamp,
 * and the next opening checks again (ADR 0014).
 */
final class CleanCheckMark {
    private CleanCheckMark() {}

    /** The size and modified time of {@code file} as one line; empty if it cannot be read. */
    static Optional<String> stampOf(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Optional.of(
                    attributes.size() + " " + attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code file} is unchanged since it was last marked clean. */
    static boolean matches(Path file) {
        Optional<String> now = stampOf(file);
        if (now.isEmpty()) {
            return false;
        }
        try {
            List<String> lines = Files.readAllLines(markOf(file));
            return lines.size() == 1 && lines.get(0).equals(now.get());
        } catch (IOException | RuntimeException e) {
            return false; // no mark, or an unreadable one: check
        }
    }

    /** Marks {@code file} as it is now clean; a mark that cannot be written only means a later check. */
    static void mark(Path file) {
        Optional<String> now = stampOf(file);
        try {
            if (now.isEmpty()) {
                Files.deleteIfExists(markOf(file));
                return;
            }
            AtomicFiles.replace(markOf(file), target -> Files.writeString(target, now.get() + "\n"));
        } catch (IOException | RuntimeException e) {
            // the next opening checks the file again
        }
    }

    /** Forgets that {@code file} was clean, so the next opening checks it. */
    static void forget(Path file) {
        try {
            Files.deleteIfExists(markOf(file));
        } catch (IOException e) {
            // a stale mark does not match a changed file anyway
        }
    }

    static Path markOf(Path file) {
        return file.resolveSibling(SchemaMigration.baseName(file) + ".clean-check");
    }
}
