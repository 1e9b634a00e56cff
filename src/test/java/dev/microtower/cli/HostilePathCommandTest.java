package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.testing.Forked;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a database path reaches the command line refuses a path H2 would read as settings. */
class HostilePathCommandTest {
    @TempDir
    Path dir;

    @Test
    void dbOptionCarryingInitIsRefusedAndRunsNoSql() throws Exception {
        CliRun run = CliRun.of("info", "--db", dir + "/x;INIT=CREATE TABLE IF NOT EXISTS PWNED(A INT)");

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("holds a ';'"), run.err());
        assertFalse(run.err().contains("INIT"), "the path is not echoed: " + run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertEquals(0, count(dir), "no file was created");
    }

    @Test
    void anEmptyDbOptionIsRefused() {
        CliRun run = CliRun.of("info", "--db", "");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no database path given"), run.err());
    }

    @Test
    void theEnvironmentVariableIsCheckedLikeTheOption() throws Exception {
        Forked.Result run = Forked.run(Map.of("MICROTOWER_DB", dir + "/x%3BMODE=MySQL"), "info");

        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("holds a ';'"), run.output());
        assertFalse(run.output().contains("MODE"), run.output());
        assertEquals(0, count(dir), "no file was created");
    }

    private static long count(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }
}
