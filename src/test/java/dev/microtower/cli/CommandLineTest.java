package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;

    @Test
    void demoPlacesTheReadyMadeDemoWhereNoDatabaseExistsInsteadOfImporting() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                getClass().getClassLoader().getResource(dev.microtower.demo.DemoDatabase.RESOURCE) != null,
                "this build carries no ready-made demo (-Ddemo-database.skip=true)");
        String db = dir.resolve("ready").toString();
        CliRun demo = CliRun.of("demo", "--db", db);
        assertEquals(0, demo.exit(), demo.err());
        assertTrue(demo.out().contains("placed the ready-made demo network into"), demo.out());
        assertTrue(demo.out().contains("69 sites, 2,000 SKUs, 181,659 orders"), demo.out());

        CliRun again = CliRun.of("demo", "--db", db);
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("is not empty"), again.err());
    }

    @Test
    void demoLoadsAnEmptyDatabaseThenExportAndImportRoundTripAndInfoCounts() throws Exception {
        String db = dir.resolve("db").toString();
        CliRun demo = CliRun.of("demo", "--db", db, "--resources", "demo-fixture/");
        assertEquals(0, demo.exit(), demo.err());
        assertTrue(demo.out().contains("nodes"), demo.out());

        CliRun again = CliRun.of("demo", "--db", db, "--resources", "demo-fixture/");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("is not empty"), again.err());

        CliRun export = CliRun.of("export", dir.resolve("out").toString(), "--db", db);
        assertEquals(0, export.exit(), export.err());
        assertTrue(Files.exists(dir.resolve("out/stock.csv")));
        CliRun xlsx = CliRun.of("export", dir.resolve("out").toString(), "--xlsx", "--db", db);
        assertEquals(0, xlsx.exit(), xlsx.err());

        String fresh = dir.resolve("fresh").toString();
        CliRun imported = CliRun.of("import", dir.resolve("out/microtower.xlsx").toString(), "--db", fresh);
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().matches("(?s).*stock\\s+3 added.*"), imported.out());

        CliRun info = CliRun.of("info", "--db", fresh);
        assertEquals(0, info.exit(), info.err());
        assertTrue(info.out().matches("(?s).*nodes\\s+3.*"), info.out());
    }

    @Test
    void badInputPrintsEveryProblemWithoutAStackTraceAndExitsNonZero() throws Exception {
        Path file = dir.resolve("nodes.csv");
        Files.writeString(file, "code,name,type,lat,lon\nN1,North,DARK_STORE,123.4,-122\nN2,South,SHOP,37,-122\n");
        CliRun result =
                CliRun.of("import", file.toString(), "--db", dir.resolve("db").toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("nodes.csv line 2, column lat: 123.4 is not a latitude"), result.err());
        assertTrue(result.err().contains("nodes.csv line 3, column type: 'SHOP' is not one of"), result.err());
        assertFalse(result.err().contains("\tat "), result.err());
    }

    @Test
    void importIntoAnUnknownScenarioIsRefused() throws Exception {
        CliRun result = CliRun.of(
                "import",
                dir.toString(),
                "--scenario",
                "Nope",
                "--db",
                dir.resolve("db").toString());
        assertEquals(1, result.exit());
        assertTrue(result.err().contains("no scenario named 'Nope'"), result.err());
    }
}
