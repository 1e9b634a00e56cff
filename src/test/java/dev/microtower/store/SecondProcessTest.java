package dev.microtower.store;

import static dev.microtower.store.jooq.Tables.SCENARIO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real second JVM, running the real command line, against a database this JVM holds open. */
class SecondProcessTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProcessIsToldTheDatabaseIsOpenElsewhereAndLeavesTheFileIntact() throws Exception {
        Path dbPath = dir.resolve("shared");
        try (Database first = Database.open(dbPath)) {
            first.dsl()
                    .insertInto(SCENARIO, SCENARIO.NAME)
                    .values("Held by the first window")
                    .execute();

            Result second = runCli("info", "--db", dbPath.toString());

            assertEquals(1, second.exitCode, second.output);
            assertTrue(
                    second.output.contains("this database is open in another Microtower window: "
                            + dbPath.toAbsolutePath() + ".mv.db"),
                    second.output);
            assertFalse(second.output.contains("\tat "), "no stack trace: " + second.output);
        }
        try (Database again = Database.open(dbPath)) {
            assertEquals(2, again.dsl().fetchCount(SCENARIO), "the first process's data survived");
        }
        Result afterwards = runCli("info", "--db", dbPath.toString());
        assertEquals(0, afterwards.exitCode, afterwards.output);
    }

    private record Result(int exitCode, String output) {}

    private static Result runCli(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(
                List.of(java, "-cp", System.getProperty("java.class.path"), "dev.microtower.Launcher"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the second process finished");
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
