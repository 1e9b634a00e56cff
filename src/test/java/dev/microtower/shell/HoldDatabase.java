package dev.microtower.shell;

import dev.microtower.store.Database;
import java.nio.file.Path;

/** Run in a second process by a test: holds a database open until its standard input closes. */
public final class HoldDatabase {
    private HoldDatabase() {}

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(Path.of(args[0]))) {
            System.out.println("holding " + db.file());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
