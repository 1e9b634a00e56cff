package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network time zone from the command line: shown, set, refused when it names no zone, cleared. */
class TimeZoneCommandTest {
    @TempDir
    Path dir;

    @Test
    void aTimeZoneIsShownSetRefusedAndClearedOnARealDatabase() throws Exception {
        String db = dir.resolve("db").toString();
        CliRun demo = CliRun.of("demo", "--db", db, "--resources", "demo-fixture/");
        assertEquals(0, demo.exit(), demo.err());

        CliRun shown = CliRun.of("scenario", "time-zone", "--db", db);
        assertEquals(0, shown.exit(), shown.err());
        assertEquals(
                "network time zone of 'Baseline': UTC-08:00 (not set: guessed from the sites' mean longitude)",
                shown.out().strip());

        CliRun set = CliRun.of("scenario", "time-zone", "America/Los_Angeles", "--db", db);
        assertEquals(0, set.exit(), set.err());
        assertTrue(set.out().contains("network time zone of 'Baseline': America/Los_Angeles (stored)"), set.out());

        CliRun bad = CliRun.of("scenario", "time-zone", "Mars/Olympus", "--db", db);
        assertNotEquals(0, bad.exit());
        assertTrue(
                bad.err().contains("ZONE: 'Mars/Olympus' is not a time zone: give a region such as Europe/Paris"),
                bad.err());
        assertFalse(bad.err().contains("Exception"), bad.err());
        CliRun unchanged = CliRun.of("scenario", "time-zone", "--db", db);
        assertTrue(unchanged.out().contains("America/Los_Angeles (stored)"), "nothing written: " + unchanged.out());

        Path out = dir.resolve("backtest.csv");
        CliRun badFlag =
                CliRun.of("forecast", "--backtest", "--time-zone", "UTC+99", "--out", out.toString(), "--db", db);
        assertNotEquals(0, badFlag.exit());
        assertTrue(badFlag.err().contains("--time-zone: 'UTC+99' is not a time zone"), badFlag.err());
        assertFalse(Files.exists(out), "nothing computed, nothing written");

        CliRun flag = CliRun.of("forecast", "--backtest", "--time-zone", "-03:00", "--out", out.toString(), "--db", db);
        assertEquals(0, flag.exit(), flag.err());
        assertTrue(flag.out().contains("network time zone of 'Baseline' set to UTC-03:00 (stored"), flag.out());
        assertTrue(CliRun.of("scenario", "time-zone", "--db", db).out().contains("UTC-03:00 (stored)"));

        CliRun cleared = CliRun.of("scenario", "time-zone", "--clear", "--db", db);
        assertEquals(0, cleared.exit(), cleared.err());
        assertTrue(cleared.out().contains("UTC-08:00 (not set: guessed"), cleared.out());
    }
}
