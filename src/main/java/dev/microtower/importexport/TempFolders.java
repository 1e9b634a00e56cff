package dev.microtower.importexport;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Temporary folders named after the process that made them ({@code PREFIX-PID-random}), so the
 * folders a killed process left behind (a demo load stopped with {@code kill -9} leaves 6 MB each
 * time) are recognised and deleted the next time one is made, while a running process's folder is
 * left alone.
 */
public final class TempFolders {
    private TempFolders() {}

    /** A new empty folder in the system's temporary folder, after deleting stale ones with this prefix. */
    public static Path create(String prefix) throws IOException {
        Path root = Path.of(System.getProperty("java.io.tmpdir"));
        deleteStale(root, prefix);
        return Files.createTempDirectory(
                root, prefix + "-" + ProcessHandle.current().pid() + "-");
    }

    /** Deletes {@code prefix-PID-*} folders in {@code root} whose process is gone. */
    static void deleteStale(Path root, String prefix) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, prefix + "-*")) {
            for (Path folder : folders) {
                String rest = folder.getFileName().toString().substring(prefix.length() + 1);
                int dash = rest.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue; // not one of ours
                }
                if (Files.isDirectory(folder) && ProcessHandle.of(pid).isEmpty()) {
                    delete(folder);
                }
            }
        } catch (IOException ignored) {
            // a stale folder left behind is harmless; it is tried again next time
        }
    }

    /** Deletes a folder and everything in it, quietly: a leftover is tried again later. */
    public static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // tried again by the next create
        }
    }
}
