package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.ScenarioId;
import dev.microtower.rebalancing.store.jooq.JooqPlanRepository;
import dev.microtower.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
    @TempDir
    Path dir;

    @Test
    void planForecastsProposesTransfersWritesTheCsvAndStoresTheRun() throws Exception {
        String db = CliRun.importedGeneratedNetwork(dir);

        Path csv = dir.resolve("out/transfers.csv");
        CliRun plan = CliRun.of("plan", "--db", db, "--out", csv.toString());
        assertEquals(0, plan.exit(), plan.err());
        assertTrue(plan.out().contains("suggestions"), plan.out());
        assertTrue(plan.out().contains("avoided"), plan.out());
        // the accuracy printed is the out-of-sample backtest, not the score that chose the methods
        assertTrue(plan.out().contains("backtest (out of sample)"), plan.out());
        assertFalse(plan.out().contains("network MASE"), plan.out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("from,to,sku,kind,quantity,distance_km,cost,reason", lines.get(0));
        int suggestions = Integer.parseInt(plan.out().replaceAll("(?s).*plan run \\d+: (\\d+) suggestions.*", "$1"));
        assertEquals(suggestions, lines.size() - 1);
        try (Database database = Database.open(Path.of(db))) {
            var runs = new JooqPlanRepository(database).runs(ScenarioId.BASELINE);
            assertEquals(1, runs.size());
            assertEquals(suggestions, runs.get(0).summary().suggestions());
            assertEquals(
                    suggestions,
                    new JooqPlanRepository(database)
                            .suggestions(runs.get(0).id())
                            .size());
        }
    }

    @Test
    void aPlanFromTheForecastKeptInTheFileEqualsOneFromTheHistory() throws Exception {
        String db = dir.resolve("db").toString();
        assertEquals(
                0, CliRun.of("demo", "--db", db, "--resources", "demo-fixture/").exit());
        // the first plan forecasts from the order history and keeps the forecast (ADR 0016)
        Path computed = dir.resolve("computed.csv");
        CliRun first = CliRun.of("plan", "--db", db, "--out", computed.toString());
        assertEquals(0, first.exit(), first.err());
        try (Database database = Database.open(Path.of(db))) {
            assertEquals(1, database.dsl().fetchCount(dev.microtower.store.jooq.Tables.STORED_FORECAST));
        }
        Path stored = dir.resolve("stored.csv");
        CliRun second = CliRun.of("plan", "--db", db, "--out", stored.toString());
        assertEquals(0, second.exit(), second.err());
        assertEquals(Files.readAllLines(computed), Files.readAllLines(stored));
        assertEquals(figures(first.out()), figures(second.out()));
        // and the user is told where each plan's forecast came from
        assertTrue(first.out().contains("made from the order history, kept in the file"), first.out());
        assertTrue(second.out().contains("taken from the file"), second.out());
    }

    /** The printed plan without its run number, timings and the file it wrote. */
    private static String figures(String out) {
        return out.replaceAll("(?m)^wrote .*$", "wrote")
                .replaceAll("(?m)^(forecast: [^;]*);.*$", "$1")
                .replaceAll("plan run \\d+", "plan run N")
                .replaceAll("\\d+(\\.\\d+)? s\\b", "T s");
    }

    @Test
    void anUnknownScenarioIsReportedInWordsAndNoFileIsWritten() {
        String db = dir.resolve("db").toString();
        assertEquals(
                0, CliRun.of("demo", "--db", db, "--resources", "demo-fixture/").exit());
        Path csv = dir.resolve("transfers.csv");
        CliRun plan = CliRun.of("plan", "--db", db, "--scenario", "Nope", "--out", csv.toString());
        assertEquals(1, plan.exit());
        assertTrue(plan.err().contains("there is no scenario named 'Nope'"), plan.err());
        assertFalse(plan.err().contains("Exception"), plan.err());
        assertFalse(Files.exists(csv));
    }
}
