package dev.microtower.network.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void savedNodesComeBackWithEveryFieldAndTheirReferencesAsCodes() {
        try (Database db = Database.open(dir.resolve("db"))) {
            NodeRepository nodes = new JooqNodeRepository(db);
            // the locker comes first although its server is saved after it
            nodes.saveAll(ScenarioId.BASELINE, List.of(Fixtures.locker(), Fixtures.mfc(), Fixtures.dc()));
            assertEquals(Fixtures.nodes(), nodes.findAll(ScenarioId.BASELINE));
            assertEquals(
                    Fixtures.mfc(),
                    nodes.find(ScenarioId.BASELINE, NodeCode.of("MFC-SF1")).orElseThrow());
        }
    }

    @Test
    void savingAnExistingCodeUpdatesTheNodeInPlace() {
        try (Database db = Database.open(dir.resolve("db"))) {
            NodeRepository nodes = new JooqNodeRepository(db);
            nodes.saveAll(ScenarioId.BASELINE, Fixtures.nodes());
            nodes.save(ScenarioId.BASELINE, Fixtures.mfc().withStatus(NodeStatus.DISRUPTED));
            assertEquals(3, nodes.count(ScenarioId.BASELINE));
            assertEquals(
                    NodeStatus.DISRUPTED,
                    nodes.find(ScenarioId.BASELINE, NodeCode.of("MFC-SF1"))
                            .orElseThrow()
                            .status());
        }
    }

    @Test
    void aNodeReferringToAMissingNodeIsRejectedAndNothingIsWritten() {
        try (Database db = Database.open(dir.resolve("db"))) {
            NodeRepository nodes = new JooqNodeRepository(db);
            var e = assertThrows(
                    IllegalArgumentException.class,
                    () -> nodes.saveAll(ScenarioId.BASELINE, List.of(Fixtures.dc(), Fixtures.locker())));
            assertTrue(e.getMessage().contains("MFC-SF1"), e.getMessage());
            assertEquals(0, nodes.count(ScenarioId.BASELINE));
        }
    }

    @Test
    void nodesOfOneScenarioAreInvisibleInAnother() {
        try (Database db = Database.open(dir.resolve("db"))) {
            NodeRepository nodes = new JooqNodeRepository(db);
            nodes.saveAll(ScenarioId.BASELINE, Fixtures.nodes());
            var other = new JooqScenarioRepository(db).create("empty", null);
            assertTrue(nodes.findAll(other.id()).isEmpty());
            assertTrue(nodes.delete(ScenarioId.BASELINE, NodeCode.of("PUP-SF1")));
            assertEquals(2, nodes.findAll(ScenarioId.BASELINE).size());
        }
    }
}
