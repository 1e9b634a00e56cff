package dev.microtower.testing;

import dev.microtower.core.ScenarioId;
import dev.microtower.demo.DemoNetworkGenerator;
import dev.microtower.demo.DemoOptions;
import dev.microtower.importexport.Importer;
import dev.microtower.store.Database;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;

/**
 * What the damaged-file tests start from: a small network in a compact database file, and damage
 * that opening the file does not see.
 */
public final class DamagedFiles {
    private DamagedFiles() {}

    /**
     * The generated Bay Area network (200 SKUs, 28 days of 250 orders) imported into {@code
     * dir/name}, compacted when closed: the file is then nearly all live pages, so damage anywhere
     * in it hits data.
     */
    public static Path compactNetwork(Path dir, String name) throws IOException {
        Path files = dir.resolve("files-of-" + name);
        DemoNetworkGenerator.generate(new DemoOptions(11, DemoOptions.bayAreaNodes(), 200, 28, 250), files);
        Path file = dir.resolve(name);
        try (Database db = Database.open(file)) {
            new Importer(db).importPath(files, ScenarioId.BASELINE);
            db.compactWhenClosing();
        }
        return file;
    }

    /**
     * Inverts 1 KiB at every tenth of the file's length from 20 % to 70 %: past the pages opening
     * reads, and without changing the file's size.
     */
    public static void damage(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long length = f.length();
            for (int tenth = 2; tenth <= 7; tenth++) {
                long at = length * tenth / 10;
                byte[] block = new byte[1024];
                f.seek(at);
                f.readFully(block);
                for (int i = 0; i < block.length; i++) {
                    block[i] ^= 0x5A;
                }
                f.seek(at);
                f.write(block);
            }
        }
    }
}
