package dev.microtower.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A whole database file carried as one gzip-compressed image, so that a ready-made database (the
 * demo network, built and checked when Microtower is built) reaches a new user in the time it takes
 * to unpack it rather than to import it. An image is placed only where no database exists yet, and
 * like a migration it is written under a temporary name beside the target and then moved into place
 * in one step: a killed process leaves no file or a whole one, never half of one (ADR 0014).
 */
public final class DatabaseImage {
    /** Opens the compressed image, e.g. a resource of the jar. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private DatabaseImage() {}

    /**
     * Unpacks {@code image} as the database at {@code path} if no database is there yet; returns
     * whether it did. {@code path} is read as {@link Database#open} reads it. Another process that
     * creates the file meanwhile wins, and this returns false.
     */
    public static boolean placeIfAbsent(Path path, Source image) {
        Path file = DatabasePath.fileOf(path);
        if (Files.exists(file)) {
            return false;
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw DatabaseProblems.ofIo(e, file, "cannot create the folder for the database");
        }
        SchemaMigration.deleteStaleCopies(file);
        Path copy = SchemaMigration.copyName(file);
        try {
            try (InputStream in = new GZIPInputStream(image.open(), 1 << 16)) {
                writeDurably(in, copy);
            }
            SchemaMigration.moveIntoPlace(copy, file, false);
            CleanCheckMark.mark(file); // every byte passed the image's gzip checksum
            return true;
        } catch (FileAlreadyExistsException e) {
            SchemaMigration.deleteQuietly(copy);
            return false;
        } catch (IOException e) {
            SchemaMigration.deleteQuietly(copy);
            throw DatabaseProblems.ofIo(e, file, "could not unpack the ready-made database");
        } catch (RuntimeException e) {
            SchemaMigration.deleteQuietly(copy);
            throw e;
        }
    }

    /** Writes the closed database {@code file} as a compressed image to {@code target}, replacing it. */
    public static void write(Path file, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (InputStream in = Files.newInputStream(file);
                OutputStream out = new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            in.transferTo(out);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }

    // on disk before the rename: otherwise a power cut could leave a renamed but empty file
    private static void writeDurably(InputStream in, Path copy) throws IOException {
        try (FileChannel channel = FileChannel.open(
                copy, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            in.transferTo(Channels.newOutputStream(channel));
            channel.force(true);
        }
    }
}
