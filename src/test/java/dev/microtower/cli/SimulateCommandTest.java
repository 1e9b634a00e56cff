package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.ScenarioId;
import dev.microtower.demo.DemoNetworkGenerator;
import dev.microtower.demo.DemoOptions;
import dev.microtower.importexport.Importer;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    @TempDir
    Path dir;

    String db;

    /** A small generated Bay Area network: 200 SKUs, 28 days of 250 orders, imported into a real H2 file. */
    @BeforeEach
    void smallNetwork() throws Exception {
        Path files = dir.resolve("files");
        DemoNetworkGenerator.generate(new DemoOptions(11, DemoOptions.bayAreaNodes(), 200, 28, 250), files);
        db = dir.resolve("db").toString();
        try (Database database = Database.open(Path.of(db))) {
            new Importer(database).importPath(files, ScenarioId.BASELINE);
        }
    }

    @Test
    void simulatePrintsTheNetworkKpisTheBoundAndTheShareCapturedAndWritesBothFiles() throws Exception {
        Path kpis = dir.resolve("out/kpis.csv");
        Path decisions = dir.resolve("out/decisions.csv");
        CliRun run = CliRun.of(
                "simulate",
                "--db",
                db,
                "--policy",
                "lowest-cost",
                "--out",
                kpis.toString(),
                "--log",
                decisions.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("policy: Lowest cost to serve"), run.out());
        assertTrue(run.out().contains("Fill rate (orders)"), run.out());
        assertTrue(run.out().contains("On time"), run.out());
        assertTrue(run.out().contains("clairvoyant bound"), run.out());
        assertTrue(run.out().contains("share of the possible saving captured"), run.out());

        List<String> rows = Files.readAllLines(kpis);
        assertEquals("site,kpi,title,value,unit", rows.get(0));
        int sites;
        try (Database database = Database.open(Path.of(db))) {
            sites = new JooqNodeRepository(database).count(ScenarioId.BASELINE);
        }
        long kpiCount = rows.stream().filter(r -> r.startsWith("(network),")).count();
        assertTrue(kpiCount >= 15, "every KPI for the network: " + kpiCount);
        assertEquals((sites + 1) * kpiCount, rows.size() - 1, "one row per site (and the network) and KPI");
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("(network),fill-rate-lines,")));

        List<String> log = Files.readAllLines(decisions);
        assertEquals(
                "order,promised,site,tier,distance_km,passed,fences,score,shipped,restocked_from_vendors", log.get(0));
        assertTrue(log.size() > 1000, run.out());
        assertTrue(log.stream().anyMatch(r -> r.contains("Site open: passed (open)")), log.get(1));
        assertTrue(log.stream().anyMatch(r -> r.contains(" units,")), "some candidate shipped");
        assertTrue(
                log.stream().anyMatch(r -> r.contains("vendor lead time 3 days (the default), ordered every 7 days")),
                "a line's DC restocks on the default vendor terms");
        assertTrue(log.stream().anyMatch(r -> r.contains("Stock: failed (has none of the")), "a stock fence failed");
    }

    @Test
    void simulateOverTheForecastHorizonAppliesTheScenariosDemandChanges() throws Exception {
        try (Database database = Database.open(Path.of(db))) {
            JooqScenarioRepository scenarios = new JooqScenarioRepository(database);
            var busy = scenarios.copy(ScenarioId.BASELINE, "Busy");
            scenarios.addMultiplier(busy.id(), new DemandMultiplier(null, null, 2.0, null, null, "twice the demand"));
        }
        CliRun plain = CliRun.of("simulate", "--db", db, "--forecast");
        assertEquals(0, plain.exit(), plain.err());
        assertTrue(plain.out().contains("forecast demand"), plain.out());
        CliRun doubled = CliRun.of("simulate", "--db", db, "--forecast", "--scenario", "Busy");
        assertEquals(0, doubled.exit(), doubled.err());
        double before = orders(plain.out());
        double after = orders(doubled.out());
        assertTrue(before > 100, "the forecast horizon has orders: " + before);
        assertEquals(2 * before, after, 0.02 * before, "twice the demand, about twice the orders");

        CliRun both = CliRun.of("simulate", "--db", db, "--forecast", "--from", "2026-09-01");
        assertEquals(1, both.exit());
        assertTrue(
                both.err().contains("--forecast replays the forecast horizon: leave out --from and --to"), both.err());
    }

    /** The orders replayed, from the first line: "… (28 days, 7000 orders), policy: …". */
    private static double orders(String out) {
        Matcher m = Pattern.compile("days, (\\d+) orders\\)").matcher(out);
        assertTrue(m.find(), out);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void badArgumentsAreReportedInWordsWithANonZeroExitAndNoFile() {
        Path kpis = dir.resolve("kpis.csv");
        String[][] bad = {
            {"--policy", "fastest"},
            {"--from", "2026-13-01"},
            {"--from", "2026-09-10", "--to", "2026-09-01"},
            {"--weights", "1,2"},
            {"--weights", "1,x,0,0"},
            {"--weights", "1,-1,0,0"},
            {"--unfilled", "maybe"},
            {"--scenario", "Nope"}
        };
        String[] expected = {
            "--policy must be nearest, fewest-splits or lowest-cost, not 'fastest'",
            "--from must be a date like 2026-09-01, not '2026-13-01'",
            "--to (2026-09-01) is before --from (2026-09-10)",
            "--weights needs four numbers",
            "--weights: 'x' is not a number",
            "--weights must be zero or more, not -1",
            "--unfilled must be lost or backordered, not 'maybe'",
            "there is no scenario named 'Nope'"
        };
        for (int i = 0; i < bad.length; i++) {
            String[] args = new String[bad[i].length + 5];
            args[0] = "simulate";
            args[1] = "--db";
            args[2] = db;
            args[3] = "--out";
            args[4] = kpis.toString();
            System.arraycopy(bad[i], 0, args, 5, bad[i].length);
            CliRun run = CliRun.of(args);
            assertEquals(1, run.exit(), String.join(" ", bad[i]));
            assertTrue(run.err().contains(expected[i]), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            assertFalse(Files.exists(kpis));
        }
    }
}
