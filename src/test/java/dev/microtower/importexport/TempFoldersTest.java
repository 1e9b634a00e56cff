package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFoldersTest {
    @TempDir
    Path root;

    @Test
    void aFolderLeftByAKilledProcessIsDeletedAndALiveOnesIsKept() throws Exception {
        Path stale = Files.createDirectories(root.resolve("microtower-demo-999999999-123/inside"));
        Files.writeString(stale.resolve("nodes.csv"), "code\n");
        Path live = Files.createDirectories(
                root.resolve("microtower-demo-" + ProcessHandle.current().pid() + "-456"));
        Path foreign = Files.createDirectories(root.resolve("microtower-demo-notes"));

        TempFolders.deleteStale(root, "microtower-demo");

        assertFalse(Files.exists(root.resolve("microtower-demo-999999999-123")));
        assertTrue(Files.exists(live));
        assertTrue(Files.exists(foreign), "a folder not named by a process id is not ours");
    }
}
