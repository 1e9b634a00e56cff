package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.microtower.testing.Forked;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands close the database without leaving a stack trace in H2's {@code NAME.trace.db} beside
 * it: a planner who finds that file should find nothing in it to worry about. The commands run as
 * a user runs them, each in its own JVM (the test JVM runs with assertions on, under which H2's own
 * internal checks write notes of their own when a file is compacted on close).
 */
class TraceFileTest {
    @TempDir
    Path dir;

    @Test
    void demoInfoScenarioListAndExportLeaveNoStackTraceBesideTheDatabase() throws Exception {
        String db = dir.resolve("db").toString();
        run("demo", "--db", db, "--resources", "demo-fixture/");
        run("info", "--db", db);
        run("scenario", "list", "--db", db);
        run("export", dir.resolve("out").toString(), "--db", db);

        Path trace = dir.resolve("db.trace.db");
        String text = Files.exists(trace) ? Files.readString(trace) : "";
        assertFalse(text.contains("\tat "), "the trace file holds a stack trace:\n" + text);
        assertFalse(text.contains("Exception"), "the trace file holds an exception:\n" + text);
    }

    private static void run(String... args) throws Exception {
        Forked.Result result = Forked.run(Map.of(), args);
        assertEquals(0, result.exit(), String.join(" ", args) + ":\n" + result.output());
    }
}
