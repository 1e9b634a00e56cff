package dev.microtower.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.app.ScenarioService;
import dev.microtower.compare.service.NetworkKpiSource;
import dev.microtower.core.Cancellation;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.kpi.KpiValue;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    private static final NodeCode MFC = NodeCode.of("MFC-SF1");

    @TempDir
    Path dir;

    String db;
    double coverageBefore;

    /** The demo fixture, and a copy of it in which the one MFC (the one same-day zone) is closed. */
    @BeforeEach
    void demoWithAClosedMfc() {
        db = dir.resolve("db").toString();
        CliRun demo = CliRun.of("demo", "--db", db, "--resources", "demo-fixture/");
        assertEquals(0, demo.exit(), demo.err());
        try (OpenSession session = OpenSession.open(Path.of(db))) {
            ScenarioId copy = session.get(ScenarioService.class)
                    .copy(ScenarioId.BASELINE, "MFC closed")
                    .id();
            NodeRepository nodes = session.get(NodeRepository.class);
            nodes.save(copy, nodes.find(copy, MFC).orElseThrow().withStatus(NodeStatus.CLOSED));
            coverageBefore =
                    session
                            .get(NetworkKpiSource.class)
                            .compute(ScenarioId.BASELINE, Progress.NONE, Cancellation.none())
                            .stream()
                            .filter(v -> v.id().equals("same-day-coverage-orders"))
                            .mapToDouble(KpiValue::value)
                            .findFirst()
                            .orElseThrow();
        }
        assertTrue(coverageBefore > 0, "the fixture's MFC covers some orders: " + coverageBefore);
    }

    @Test
    void compareShowsTheCoverageLostInTheCopyWithTheMfcClosedAndWritesTheCsv() throws Exception {
        Path csv = dir.resolve("out/compare.csv");
        CliRun run = CliRun.of("compare", "--db", db, "Baseline", "MFC closed", "--out", csv.toString());
        assertEquals(0, run.exit(), run.err());

        String coverage = run.out()
                .lines()
                .filter(l -> l.contains("Same-day coverage (orders)"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(run.out()));
        String before = String.format(java.util.Locale.ROOT, "%.1f%%", coverageBefore);
        assertTrue(coverage.contains(before), coverage);
        assertTrue(coverage.contains("0.0%"), "no same-day zone is left open: " + coverage);
        assertTrue(coverage.contains("worse"), coverage);
        assertTrue(coverage.contains("-100.0%"), coverage);
        assertTrue(run.out().contains("Δ MFC closed"), run.out());

        List<String> lines = Files.readAllLines(csv);
        assertEquals(
                "group,kpi_id,kpi,unit,Baseline,MFC closed,delta MFC closed,delta_percent MFC closed,verdict MFC"
                        + " closed",
                lines.get(0));
        String row = lines.stream()
                .filter(l -> l.contains(",same-day-coverage-orders,"))
                .findFirst()
                .orElseThrow();
        String[] cells = row.split(",");
        assertEquals(coverageBefore, Double.parseDouble(cells[4]), 1e-3);
        assertEquals(0, Double.parseDouble(cells[5]), 1e-9);
        assertEquals(-coverageBefore, Double.parseDouble(cells[6]), 1e-3);
        assertEquals("worse", cells[8]);
        String mfcs = lines.stream()
                .filter(l -> l.contains(",open-sites-micro-fulfillment-center,"))
                .findFirst()
                .orElseThrow();
        assertTrue(mfcs.endsWith(",1,0,-1,-100,"), mfcs);
    }

    @Test
    void theReferenceCanBeAnyComparedScenario() {
        CliRun run = CliRun.of("compare", "--db", db, "Baseline", "MFC closed", "--reference", "MFC closed");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("reference: MFC closed"), run.out());
        assertTrue(run.out().contains("Δ Baseline"), run.out());
    }

    @Test
    void anUnknownScenarioIsNamedAndExitsNonZero() {
        Path csv = dir.resolve("compare.csv");
        CliRun run = CliRun.of("compare", "--db", db, "Baseline", "Nope", "--out", csv.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("there is no scenario named 'Nope'"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(csv));
    }

    @Test
    void fewerThanTwoScenariosIsRefused() {
        CliRun run = CliRun.of("compare", "--db", db, "Baseline");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("at least two scenario names"), run.err());
    }

    @Test
    void aReferenceThatIsNotComparedIsRefused() {
        CliRun run = CliRun.of("compare", "--db", db, "Baseline", "MFC closed", "--reference", "Other");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("must be one of the compared scenarios"), run.err());
    }

    @Test
    void riskScanRanksTheOnlySameDaySiteFirstAndWritesTheCsv() throws Exception {
        Path csv = dir.resolve("risk.csv");
        CliRun run = CliRun.of("risk-scan", "--db", db, "--out", csv.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("closed in turn, worst first"), run.out());
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("rank,site,name,type,orders_losing_same_day"), lines.get(0));
        assertTrue(lines.get(1).startsWith("1,MFC-SF1,SoMa MFC,"), lines.get(1));
        assertEquals(3, lines.size(), "the DC and the MFC are the open stocking sites: " + lines);
        assertTrue(lines.get(0).contains(",stockouts_after_plan,stockouts_after_plan_every_site_open,"), lines.get(0));
        assertTrue(run.out().contains("the plan with every site open leaves"), run.out());
        assertTrue(run.out().contains("units short after plan"), run.out());
        assertTrue(run.out().matches("(?s).*units short \\(\\d[\\d,]* products short at a site\\).*"), run.out());
    }

    @Test
    void riskScanOfAnUnknownScenarioExitsNonZero() {
        CliRun run = CliRun.of("risk-scan", "--db", db, "--scenario", "Nope");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("there is no scenario named 'Nope'"), run.err());
    }
}
