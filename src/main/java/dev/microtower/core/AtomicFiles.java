package dev.microtower.core;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file next to its target and moves it into place, so a failed write never leaves half a file. */
public final class AtomicFiles {
    /** Writes the whole content to the file it is given. */
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFiles() {}

    /** Replaces {@code target} with what {@code content} writes, or leaves it untouched if writing fails. */
    public static void replace(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        deleteLeftovers(dir, absolute.getFileName().toString());
        Path temp = Files.createTempFile(dir, absolute.getFileName().toString(), ".part");
        try {
            content.writeTo(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file stays behind; the target was not touched
            }
        }
    }

    /**
     * Deletes what an earlier write of the same file left when its process was killed (a {@code
     * NAME<digits>.part} beside it): writing one file from two places at once is not supported, so
     * such a file belongs to no write still running.
     */
    private static void deleteLeftovers(Path dir, String name) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, name + "*.part")) {
            for (Path part : parts) {
                String middle = part.getFileName().toString();
                middle = middle.substring(name.length(), middle.length() - ".part".length());
                if (!middle.isEmpty() && middle.chars().allMatch(Character::isDigit)) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // a leftover stays; the write itself goes on
        }
    }
}
