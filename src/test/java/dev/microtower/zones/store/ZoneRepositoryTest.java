package dev.microtower.zones.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZoneRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void aZoneComesBackWithItsExactPolygonAndCanBeReplaced() {
        try (Database db = Database.open(dir.resolve("db"))) {
            new JooqNodeRepository(db).saveAll(ScenarioId.BASELINE, Fixtures.nodes());
            ZoneRepository zones = new JooqZoneRepository(db);
            DeliveryZone zone = Fixtures.zone();
            zones.save(ScenarioId.BASELINE, zone);
            DeliveryZone read = zones.findAll(ScenarioId.BASELINE).get(0);
            assertEquals(zone.code(), read.code());
            assertEquals(zone.node(), read.node());
            assertEquals(zone.slaTier(), read.slaTier());
            assertEquals(zone.area().toText(), read.area().toText());
            assertEquals(List.of(read), zones.findOfNode(ScenarioId.BASELINE, NodeCode.of("MFC-SF1")));

            zones.save(
                    ScenarioId.BASELINE,
                    new DeliveryZone(zone.code(), NodeCode.of("DC-OAK"), SlaTier.NEXT_DAY, zone.area()));
            assertEquals(
                    NodeCode.of("DC-OAK"),
                    zones.find(ScenarioId.BASELINE, zone.code()).orElseThrow().node());
            assertEquals(1, zones.findAll(ScenarioId.BASELINE).size());
        }
    }

    @Test
    void aZoneOfAnUnknownNodeIsRejected() {
        try (Database db = Database.open(dir.resolve("db"))) {
            assertThrows(IllegalArgumentException.class, () -> new JooqZoneRepository(db)
                    .save(ScenarioId.BASELINE, Fixtures.zone()));
        }
    }
}
