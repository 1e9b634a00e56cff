package dev.microtower.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ZoneCode;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** The grid index against the naive scan of every zone: the same sites with the same tiers, edges included. */
class SiteIndexTest {
    @Test
    void theGridFindsTheSameZonesAsTestingEveryZoneOfEverySite() {
        SplittableRandom rnd = new SplittableRandom(5);
        List<DeliveryZone> zones = new ArrayList<>();
        Map<NodeCode, Integer> sites = new HashMap<>();
        int n = 300;
        for (int i = 0; i < n; i++) {
            NodeCode code = NodeCode.of("S" + i);
            sites.put(code, i);
            double lat = 37 + rnd.nextDouble();
            double lon = -122 + rnd.nextDouble();
            // squares (tested as their box) of very different sizes, and triangles (tested as polygons)
            double r = rnd.nextInt(10) == 0 ? 0.5 : 0.01 + rnd.nextDouble() * 0.05;
            zones.add(zone("Z" + i + "a", code, SlaTier.SAME_DAY, new Coordinate[] {
                new Coordinate(lon - r, lat - r),
                new Coordinate(lon + r, lat - r),
                new Coordinate(lon + r, lat + r),
                new Coordinate(lon - r, lat + r),
                new Coordinate(lon - r, lat - r)
            }));
            zones.add(zone("Z" + i + "b", code, SlaTier.NEXT_DAY, new Coordinate[] {
                new Coordinate(lon - 2 * r, lat - r),
                new Coordinate(lon + 2 * r, lat - r),
                new Coordinate(lon, lat + 2 * r),
                new Coordinate(lon - 2 * r, lat - r)
            }));
        }
        SiteIndex grid = SiteIndex.indexed(zones, sites, n);
        SiteIndex scan = SiteIndex.scanning(zones, sites, n);
        int found = 0;
        for (int p = 0; p < 20_000; p++) {
            double lat = 36.8 + rnd.nextDouble() * 1.4;
            double lon = -122.2 + rnd.nextDouble() * 1.4;
            if (p % 10 == 0) {
                // exactly on a square's edge: contains() leaves the edge out in both
                var box = zones.get(2 * rnd.nextInt(n)).area().getEnvelopeInternal();
                lat = box.getMinY();
                lon = (box.getMinX() + box.getMaxX()) / 2;
            }
            grid.lookup(lat, lon);
            scan.lookup(lat, lon);
            assertEquals(scan.count(), grid.count(), "sites at " + lat + ", " + lon);
            for (int i = 0; i < grid.count(); i++) {
                assertEquals(scan.site(i), grid.site(i));
                assertEquals(scan.tiers(i), grid.tiers(i));
            }
            found += grid.count();
        }
        assertTrue(found > 10_000, "most points lie in some zone: " + found);
    }

    private static DeliveryZone zone(String code, NodeCode node, SlaTier tier, Coordinate[] ring) {
        return new DeliveryZone(ZoneCode.of(code), node, tier, ZoneRepository.GEOMETRY.createPolygon(ring));
    }
}
