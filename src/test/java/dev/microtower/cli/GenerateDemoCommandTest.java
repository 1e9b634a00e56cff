package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.demo.DemoNetworkGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateDemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryFileAndSaysWhatItWrote() {
        Path target = dir.resolve("new folder");
        CliRun run = CliRun.of("generate-demo", "--out", target.toString(), "--days", "2", "--seed", "5");
        assertEquals(0, run.exit(), run.err());
        for (String file : DemoNetworkGenerator.FILES) {
            assertTrue(Files.isRegularFile(target.resolve(file)), file);
        }
        assertTrue(run.out().contains("PICKUP_POINT 40"), run.out());
        assertTrue(run.out().contains("seed 5"), run.out());
    }

    @Test
    void rejectsANetworkSmallerThanTheBayAreaWithAPlainMessage() {
        CliRun run = CliRun.of("generate-demo", "--out", dir.toString(), "--nodes", "10");
        assertEquals(FriendlyErrors.FAILED, run.exit());
        assertTrue(run.err().contains("nodes must be between 69"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        assertFalse(Files.exists(dir.resolve(DemoNetworkGenerator.NODES)));
    }

    @Test
    void refusesToWriteIntoAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        CliRun run = CliRun.of("generate-demo", "--out", file.toString(), "--days", "1");
        assertEquals(FriendlyErrors.FAILED, run.exit());
        assertTrue(run.err().contains("is a file, not a folder"), run.err());
    }

    @Test
    void writesASparseNetworkWithALongTailAndRefusesAShareOutOfRange() {
        Path target = dir.resolve("tail");
        CliRun run = CliRun.of(
                "generate-demo",
                "--out",
                target.toString(),
                "--days",
                "14",
                "--orders-per-day",
                "40",
                "--popularity-exponent",
                "0.8",
                "--new-sku-share",
                "0.1");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(target.resolve(DemoNetworkGenerator.ORDER_LINES)));

        CliRun refused = CliRun.of("generate-demo", "--out", dir.resolve("no").toString(), "--new-sku-share", "0.7");
        assertEquals(FriendlyErrors.FAILED, refused.exit());
        assertTrue(refused.err().contains("the share of new SKUs must be between 0 and 0.5: 0.7"), refused.err());
        assertFalse(refused.err().contains("Exception"), "no stack trace: " + refused.err());
    }
}
