package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.design.DesignInstances;
import dev.microtower.design.io.OrLibraryFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignCommandTest {
    @TempDir
    Path dir;

    /** The hand-worked instance of DesignSolverTest in the OR-Library format: the optimum is 130 (sites 1 and 3). */
    static final String BY_HAND =
            """
             3 4
             10 30
             10 40
             12 60
             6
             6 30 18
             6
             30 6
             18
             6 12 12
             12
             4 20 20 4
            """;

    @Test
    void designPrintsStatusCostAndTimeOnTheirOwnLines() throws Exception {
        Path file = dir.resolve("hand.txt");
        Files.writeString(file, BY_HAND);
        CliRun run = CliRun.of("design", "--instance", file.toString());
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\\R");
        assertEquals("status OPTIMAL", lines[0]);
        assertEquals("cost 130.000", lines[1]);
        assertTrue(lines[2].matches("time \\d+\\.\\d{3}"), lines[2]);
        assertTrue(run.out().contains("open sites 1 3"), run.out());
    }

    @Test
    void aTimeLimitBelowWhatTheProofNeedsGivesTheProvenGap() throws Exception {
        Path file = dir.resolve("large.txt");
        OrLibraryFormat.write(DesignInstances.large(100, 1_000, 3.0, 77), file);
        CliRun run = CliRun.of("design", "--instance", file.toString(), "--time-limit", "1");
        assertEquals(0, run.exit(), run.err());
        Matcher status = Pattern.compile("^status FEASIBLE gap (\\d+\\.\\d+)%$", Pattern.MULTILINE)
                .matcher(run.out());
        assertTrue(status.find(), run.out());
        double gap = Double.parseDouble(status.group(1));
        assertTrue(gap > 0 && gap < 50, run.out());
        Matcher time =
                Pattern.compile("^time (\\d+\\.\\d+)$", Pattern.MULTILINE).matcher(run.out());
        assertTrue(time.find(), run.out());
        assertTrue(Double.parseDouble(time.group(1)) < 5, run.out());
    }

    @Test
    void aMalformedFileIsRefusedWithLineAndFieldAndNoTrace() throws Exception {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, BY_HAND.replace("30 6\n", "30 six\n"));
        CliRun run = CliRun.of("design", "--instance", file.toString());
        assertEquals(1, run.exit());
        assertEquals(
                "error: bad.txt line 8, field 2: cost of serving customer 2 from site 2: 'six' is not a number",
                run.err().strip());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anInfeasibleInstanceSaysWhatBinds() throws Exception {
        Path file = dir.resolve("short.txt");
        // the last customer wants 15 instead of 4: 33 in all, one more than the three sites hold
        Files.writeString(file, BY_HAND.replace(" 4 20 20 4\n", " 15 20 20 4\n"));
        CliRun run = CliRun.of("design", "--instance", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("status INFEASIBLE\n"), run.out());
        assertTrue(
                run.out()
                        .contains(
                                "why capacity binds: the sites allowed to open hold 32 between them, the demand is 33,"
                                        + " so 1 of demand cannot be served even with every site open."),
                run.out());
    }

    @Test
    void aFileThatLeavesTheCapacityOpenTakesItFromTheCommandLine() throws Exception {
        Path file = dir.resolve("capx.txt");
        // every site "capacity", given as 12: now sites 1 and 2 hold 24 of the 22 wanted, and serve at
        // 6 + 6 + 12 + 20 = 44 for fixed costs of 70, so 114 beats {1,3} at 90 + 40 (see DesignSolverTest.byHand)
        Files.writeString(
                file,
                BY_HAND.replace(" 10 30\n", " capacity 30\n")
                        .replace(" 10 40\n", " capacity 40\n")
                        .replace(" 12 60\n", " capacity 60\n"));
        CliRun without = CliRun.of("design", "--instance", file.toString());
        assertEquals(1, without.exit());
        assertTrue(
                without.err().contains("capx.txt line 2, field 1: capacity of site 1 is written as the word"),
                without.err());
        CliRun run = CliRun.of("design", "--instance", file.toString(), "--capacity", "12");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("status OPTIMAL\ncost 114.000\n"), run.out());
        assertTrue(run.out().contains("open sites 1 2"), run.out());
    }

    @Test
    void withoutAnInstanceItSaysWhatToGive() {
        CliRun run = CliRun.of("design");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("give the instance to solve with --instance FILE"), run.err());
    }
}
