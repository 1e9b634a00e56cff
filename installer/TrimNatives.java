import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar without the native libraries of other platforms: every entry under {@code prefix}
 * is dropped unless it lies under {@code prefix + keep}. sqlite-jdbc carries its library for
 * two dozen OS and CPU pairs in one jar (12 MB); the installer for one platform needs one (1 MB).
 * A single-file program run by the JDK's {@code java}, so the installer build needs no zip tool.
 *
 * <p>Usage: {@code java TrimNatives.java IN.jar OUT.jar org/sqlite/native/ Linux/x86_64/}
 */
public final class TrimNatives {
    private TrimNatives() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: TrimNatives IN.jar OUT.jar PREFIX KEEP");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String prefix = args[2];
        String keep = prefix + args[3];
        int kept = 0;
        int dropped = 0;
        try (ZipFile zip = new ZipFile(in.toFile());
                ZipOutputStream copy = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                boolean otherPlatform = name.startsWith(prefix) && !name.startsWith(keep) && !keep.startsWith(name);
                if (otherPlatform) {
                    dropped++;
                    continue;
                }
                ZipEntry written = new ZipEntry(name);
                written.setTime(entry.getTime());
                copy.putNextEntry(written);
                try (InputStream body = zip.getInputStream(entry)) {
                    body.transferTo(copy);
                }
                copy.closeEntry();
                if (name.startsWith(keep) && !entry.isDirectory()) {
                    kept++;
                }
            }
        }
        if (kept == 0) {
            // the library moved inside the jar: an installer without it would fail only at run time
            Files.deleteIfExists(out);
            System.err.println("TrimNatives: no file under " + keep + " in " + in);
            System.exit(1);
        }
        System.out.println("TrimNatives: " + in.getFileName() + ": kept " + kept + " native file(s) under " + keep
                + ", dropped " + dropped + " entries of other platforms");
    }
}
