package dev.microtower.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.app.OpenSession;
import dev.microtower.app.ScenarioService;
import dev.microtower.core.ScenarioId;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.domain.ScenarioDifferences;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.zones.store.ZoneRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies the demo network into a new scenario, closes one site in it, and times {@link
 * ScenarioService#differences} from the baseline against its reference: reading the same rows of
 * both scenarios without comparing them, so the figure shows what the comparison adds to the
 * reads. Works on a copy of the demo database; load the demo first:
 * {@code java -jar target/microtower.jar demo --db /tmp/speed/db}, then
 * {@code flock /tmp/maven.lock ./mvnw -q -B -ntp -o -Pbench test -Dtest=ScenarioDifferencesBench
 * -Dmicrotower.bench.db=/tmp/speed/db}.
 */
@Tag("bench")
class ScenarioDifferencesBench {
    @TempDir
    Path dir;

    @Test
    void differencesOfTheDemoCostLittleMoreThanReadingBothScenarios() throws Exception {
        Path demo = Path.of(System.getProperty("microtower.bench.db", "/tmp/speed/db"));
        assumeTrue(Files.exists(Path.of(demo + ".mv.db")), "no demo database at " + demo);
        Files.copy(Path.of(demo + ".mv.db"), dir.resolve("db.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            ScenarioService scenarios = session.get(ScenarioService.class);
            NodeRepository nodes = session.get(NodeRepository.class);
            ScenarioId base = ScenarioId.BASELINE;
            for (int round = 1; round <= 3; round++) {
                long t0 = System.nanoTime();
                Scenario copy = scenarios.copy(base, "Bench " + round);
                long t1 = System.nanoTime();
                var site = nodes.findAll(copy.id()).get(0);
                nodes.save(copy.id(), site.withStatus(NodeStatus.CLOSED));
                long t2 = System.nanoTime();
                int rows = readBoth(session, base, copy.id());
                long t3 = System.nanoTime();
                ScenarioDifferences differences = scenarios.differences(base, copy.id());
                long t4 = System.nanoTime();
                assertEquals(1, differences.items().size(), differences.items().toString());
                System.out.printf(
                        "round %d: copy of the demo %,d ms; reading both scenarios (%,d rows) %,d ms;"
                                + " differences %,d ms (%.2fx the reads)%n",
                        round,
                        (t1 - t0) / 1_000_000,
                        rows,
                        (t3 - t2) / 1_000_000,
                        (t4 - t3) / 1_000_000,
                        (double) (t4 - t3) / (t3 - t2));
                scenarios.delete(copy.id());
            }
        }
    }

    private static int readBoth(OpenSession session, ScenarioId a, ScenarioId b) {
        int rows = 0;
        for (ScenarioId s : new ScenarioId[] {a, b}) {
            rows += session.get(NodeRepository.class).findAll(s).size();
            rows += session.get(StockRepository.class).findAll(s).size();
            rows += session.get(ZoneRepository.class).findAll(s).size();
            rows += session.get(RuleRepository.class).findAll(s).size();
            rows += session.get(ScenarioRepository.class).findMultipliers(s).size();
        }
        return rows;
    }
}
