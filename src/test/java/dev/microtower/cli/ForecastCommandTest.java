package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForecastCommandTest {
    @TempDir
    Path dir;

    @Test
    void backtestWritesOneRowPerLevelAndSeriesWithTheDocumentedColumns() throws Exception {
        String db = CliRun.importedGeneratedNetwork(dir);

        Path csv = dir.resolve("backtest.csv");
        CliRun run = CliRun.of(
                "forecast", "--backtest", "--db", db, "--origins", "2", "--horizon", "14", "--out", csv.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("backtest (out of sample): 2 origins"), run.out());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("level,series,mase,naive_mase,wape,naive_wape,bias,"), lines.get(0));
        Set<String> levels = lines.stream().skip(1).map(l -> l.split(",")[0]).collect(Collectors.toSet());
        assertEquals(Set.of("network", "node", "sku", "category", "node_sku"), levels);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("network,")).count(), "one network row");
    }

    @Test
    void outOfRangeOptionsAndAMissingModeAreRefusedInWords() {
        String db = dir.resolve("db").toString();
        Path csv = dir.resolve("backtest.csv");
        CliRun origins = CliRun.of("forecast", "--backtest", "--db", db, "--origins", "0", "--out", csv.toString());
        assertEquals(1, origins.exit());
        assertTrue(origins.err().contains("--origins must be a whole number from 1 to 12, not 0"), origins.err());
        CliRun horizon = CliRun.of("forecast", "--backtest", "--db", db, "--horizon", "400", "--out", csv.toString());
        assertEquals(1, horizon.exit());
        assertTrue(horizon.err().contains("--horizon must be"), horizon.err());
        CliRun mode = CliRun.of("forecast", "--db", db, "--out", csv.toString());
        assertEquals(1, mode.exit());
        assertTrue(mode.err().contains("forecast needs --backtest"), mode.err());
        assertFalse(mode.err().contains("Exception"), mode.err());
        assertFalse(Files.exists(csv));
    }
}
