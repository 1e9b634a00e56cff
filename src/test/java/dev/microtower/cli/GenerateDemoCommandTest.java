package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.demo.DemoNetworkGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateDemoCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = new CommandLine(new MicrotowerCommand());
        commandLine.setExecutionExceptionHandler(new FriendlyErrors());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void writesEveryFileAndSaysWhatItWrote() {
        Path target = dir.resolve("new folder");
        assertEquals(0, run("generate-demo", "--out", target.toString(), "--days", "2", "--seed", "5"));
        for (String file : DemoNetworkGenerator.FILES) {
            assertTrue(Files.isRegularFile(target.resolve(file)), file);
        }
        assertTrue(out.toString().contains("PICKUP_POINT 40"), out.toString());
        assertTrue(out.toString().contains("seed 5"), out.toString());
    }

    @Test
    void rejectsANetworkSmallerThanTheBayAreaWithAPlainMessage() {
        assertEquals(FriendlyErrors.FAILED, run("generate-demo", "--out", dir.toString(), "--nodes", "10"));
        assertTrue(err.toString().contains("nodes must be between 69"), err.toString());
        assertFalse(err.toString().contains("Exception"), "no stack trace: " + err);
        assertFalse(Files.exists(dir.resolve(DemoNetworkGenerator.NODES)));
    }

    @Test
    void refusesToWriteIntoAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertEquals(FriendlyErrors.FAILED, run("generate-demo", "--out", file.toString(), "--days", "1"));
        assertTrue(err.toString().contains("is a file, not a folder"), err.toString());
    }
}
