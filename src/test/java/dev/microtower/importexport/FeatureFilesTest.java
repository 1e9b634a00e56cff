package dev.microtower.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.store.RuleFiles;
import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.app.OpenSession;
import dev.microtower.app.ScenarioService;
import dev.microtower.core.FileProblemsException;
import dev.microtower.core.ScenarioId;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.testing.Fixtures;
import dev.microtower.zones.store.ZoneFiles;
import dev.microtower.zones.store.ZoneRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file ports the features below the import package use, as the session offers them. */
class FeatureFilesTest {
    private static final ScenarioId BASE = ScenarioId.BASELINE;

    @TempDir
    Path dir;

    @Test
    void rulesWrittenThroughThePortReadBackAsTheSameRulesWithoutWriting() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            fill(session);
            RuleFiles files = session.get(RuleFiles.class);
            List<AllocationRule> rules = List.of(Fixtures.freshRule(), Fixtures.bulkyRule());
            Path file = dir.resolve("allocation-rules.csv");
            files.write(file, rules);
            assertEquals(rules, files.read(file, BASE));
            assertTrue(session.get(RuleRepository.class).findAll(BASE).isEmpty(), "reading writes nothing");
        }
    }

    @Test
    void aBrokenRulesFileIsRefusedWithEveryProblemAsALine() throws IOException {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            fill(session);
            Path file = dir.resolve("allocation-rules.csv");
            Files.writeString(
                    file, "position,enabled,name,policy,max_capacity_share\n0,true,Too much,CENTRALISE,1.5\n");
            FileProblemsException refused = assertThrows(FileProblemsException.class, () -> session.get(RuleFiles.class)
                    .read(file, BASE));
            assertEquals(
                    List.of("allocation-rules.csv line 2, column max_capacity_share: 1.5 is not above 0 and at most 1"),
                    refused.problems());
        }
    }

    @Test
    void zonesExportedThroughThePortImportIntoACopy() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            fill(session);
            session.get(ZoneRepository.class).save(BASE, Fixtures.zone());
            ScenarioId copy =
                    session.get(ScenarioService.class).copy(BASE, "Zones again").id();
            session.get(ZoneRepository.class).delete(copy, Fixtures.zone().code());
            Path file = dir.resolve("delivery-zones.geojson");
            ZoneFiles files = session.get(ZoneFiles.class);
            files.exportGeoJson(file, BASE);
            files.importGeoJson(file, copy);
            assertEquals(
                    session.get(ZoneRepository.class).findAll(BASE),
                    session.get(ZoneRepository.class).findAll(copy));
        }
    }

    private static void fill(OpenSession session) {
        Fixtures.skus().forEach(session.get(SkuRepository.class)::save);
        session.get(NodeRepository.class).saveAll(BASE, Fixtures.nodes());
    }
}
