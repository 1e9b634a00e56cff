package dev.microtower.zones.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.ZoneCode;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zone change as a command, on a real database file and without a toolkit. */
class ZoneEditTest {
    @TempDir
    Path dir;

    @Test
    void revertPutsBackTheZonesBeforeAndApplyTheZonesAfterLeavingOthersAlone() throws Exception {
        try (Database db = Database.open(dir.resolve("db"))) {
            new JooqNodeRepository(db).saveAll(ScenarioId.BASELINE, Fixtures.nodes());
            ZoneRepository zones = new JooqZoneRepository(db);
            DeliveryZone kept = Fixtures.zone();
            DeliveryZone removed = new DeliveryZone(ZoneCode.of("Z-GONE"), kept.node(), kept.slaTier(), kept.area());
            zones.save(ScenarioId.BASELINE, kept);
            zones.save(ScenarioId.BASELINE, removed);
            DeliveryZone added = new DeliveryZone(
                    ZoneCode.of("Z-NEW"),
                    kept.node(),
                    kept.slaTier(),
                    kept.area().buffer(0.001));
            ZoneEdit edit = new ZoneEdit(ScenarioId.BASELINE, zones, "swap a zone", List.of(removed), List.of(added));

            edit.apply();
            assertEquals(Set.of("Z-NEW", kept.code().value()), codes(zones));
            edit.revert();
            assertEquals(Set.of("Z-GONE", kept.code().value()), codes(zones));
            assertEquals(
                    removed.area().toText(),
                    zones.find(ScenarioId.BASELINE, removed.code())
                            .orElseThrow()
                            .area()
                            .toText());
            assertEquals(Set.of(DataKind.ZONES), edit.touches());
        }
    }

    private static Set<String> codes(ZoneRepository zones) {
        return Set.copyOf(zones.findAll(ScenarioId.BASELINE).stream()
                .map(z -> z.code().value())
                .toList());
    }
}
