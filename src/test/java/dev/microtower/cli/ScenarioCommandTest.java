package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioCommandTest {
    @TempDir
    Path dir;

    @Test
    void createDiffCompareRenameAndDeleteRoundTripOnARealDatabase() throws Exception {
        String db = demo();
        CliRun create = CliRun.of(
                "scenario",
                "create",
                "--from",
                "Baseline",
                "--name",
                "MFC moves",
                "--notes",
                "try Dogpatch",
                "--db",
                db);
        assertEquals(0, create.exit(), create.err());
        assertTrue(create.out().contains("created 'MFC moves' as a copy of 'Baseline'"), create.out());

        CliRun same = CliRun.of("scenario", "diff", "Baseline", "MFC moves", "--db", db);
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().contains("'MFC moves' holds the same as 'Baseline'"), same.out());

        Path moved = dir.resolve("nodes.csv");
        Files.writeString(
                moved,
                "code,name,type,lat,lon,town,sla_tier,storage_capacity_units,replenishment_source,lead_time_days,served_by\n"
                        + "MFC-SF1,SoMa MFC,MICRO_FULFILLMENT_CENTER,37.7600,-122.3900,San Francisco,SAME_DAY,25000,DC-OAK,1,\n");
        CliRun imported = CliRun.of("import", moved.toString(), "--scenario", "MFC moves", "--db", db);
        assertEquals(0, imported.exit(), imported.err());

        CliRun diff = CliRun.of("scenario", "diff", "Baseline", "MFC moves", "--db", db);
        assertEquals(0, diff.exit(), diff.err());
        assertEquals(
                "site MFC-SF1 moved: location 37.77860, -122.40560 → 37.76000, -122.39000;"
                        + " storage capacity units 20000 → 25000",
                diff.out().strip());

        Path table = dir.resolve("compare.csv");
        CliRun compare = CliRun.of("compare", "Baseline", "MFC moves", "--out", table.toString(), "--db", db);
        assertEquals(0, compare.exit(), compare.err());
        String capacity = Files.readAllLines(table).stream()
                .filter(l -> l.contains(",open-storage-capacity,"))
                .findFirst()
                .orElseThrow();
        assertTrue(capacity.contains(",5000,"), "the copy's MFC holds 5,000 units more: " + capacity);

        CliRun list = CliRun.of("scenario", "list", "--db", db);
        assertEquals(0, list.exit(), list.err());
        assertTrue(
                list.out()
                        .matches("(?s).*MFC moves\\s+Baseline\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\s+try Dogpatch.*"),
                list.out());

        CliRun rename = CliRun.of("scenario", "rename", "MFC moves", "--to", "Dogpatch MFC", "--db", db);
        assertEquals(0, rename.exit(), rename.err());

        CliRun delete = CliRun.of("scenario", "delete", "Dogpatch MFC", "--db", db);
        assertEquals(0, delete.exit(), delete.err());
        CliRun after = CliRun.of("scenario", "list", "--db", db);
        assertFalse(after.out().contains("Dogpatch"), after.out());
        assertFalse(after.out().contains("MFC moves"), after.out());
    }

    @Test
    void diffNamesADifferentNetworkTimeZone() {
        String db = demo();
        assertEquals(
                0,
                CliRun.of("scenario", "create", "--name", "Tokyo days", "--db", db)
                        .exit());
        CliRun set = CliRun.of("scenario", "time-zone", "Asia/Tokyo", "--scenario", "Tokyo days", "--db", db);
        assertEquals(0, set.exit(), set.err());
        CliRun diff = CliRun.of("scenario", "diff", "Baseline", "Tokyo days", "--db", db);
        assertEquals(0, diff.exit(), diff.err());
        assertEquals(
                "network time zone changed: days counted in UTC-08:00 (guessed) → Asia/Tokyo",
                diff.out().strip());
    }

    @Test
    void promoteMakesTheScenarioTheBaselineAndKeepsTheOldOne() {
        String db = demo();
        assertEquals(
                0,
                CliRun.of("scenario", "create", "--name", "Next year", "--db", db)
                        .exit());
        CliRun promote = CliRun.of("scenario", "promote", "Next year", "--db", db);
        assertEquals(0, promote.exit(), promote.err());
        String kept = "Baseline until " + LocalDate.now();
        assertTrue(promote.out().contains("the old baseline is kept as '" + kept + "'"), promote.out());
        CliRun diff = CliRun.of("scenario", "diff", kept, "Baseline", "--db", db);
        assertTrue(diff.out().contains("holds the same"), diff.out());
        CliRun list = CliRun.of("scenario", "list", "--db", db);
        assertFalse(list.out().contains("Next year"), list.out());
    }

    @Test
    void badNamesAndTheBaselineAreRefusedWithAMessageAndANonZeroExit() {
        String db = demo();
        assertEquals(
                0, CliRun.of("scenario", "create", "--name", "Copy", "--db", db).exit());
        assertRefused("there is no scenario named 'Nope'", "scenario", "diff", "Baseline", "Nope", "--db", db);
        assertRefused(
                "there is no scenario named 'Nope'", "scenario", "create", "--from", "Nope", "--name", "X", "--db", db);
        assertRefused("there is already a scenario named 'Copy'", "scenario", "create", "--name", "Copy", "--db", db);
        assertRefused(
                "there is already a scenario named 'Baseline'",
                "scenario",
                "rename",
                "Copy",
                "--to",
                "Baseline",
                "--db",
                db);
        assertRefused("the baseline cannot be deleted", "scenario", "delete", "Baseline", "--db", db);
        assertRefused("'Baseline' is already the baseline", "scenario", "promote", "Baseline", "--db", db);
        assertRefused("there is no scenario named 'Nope'", "scenario", "delete", "Nope", "--db", db);
        CliRun list = CliRun.of("scenario", "list", "--db", db);
        assertEquals(3, list.out().strip().lines().count(), list.out()); // heading, Baseline, Copy
    }

    private void assertRefused(String message, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("error: " + message), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    private String demo() {
        String db = dir.resolve("db").toString();
        CliRun demo = CliRun.of("demo", "--db", db, "--resources", "demo-fixture/");
        assertEquals(0, demo.exit(), demo.err());
        return db;
    }
}
