package dev.microtower.zones.engine;

import static dev.microtower.testing.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.GeoPoint;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.zones.domain.DeliveryZone;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class ZoneGeneratorTest {
    private static final GeometryFactory F = new GeometryFactory();
    // 1 km north is 1/110.574 degrees of latitude
    private static final double KM_LAT = 1 / 110.574;

    private static final Node A =
            site("DS-A", NodeType.DARK_STORE, SlaTier.SAME_DAY, NodeStatus.ACTIVE, 37.70, -122.40);
    private static final Node B =
            site("DS-B", NodeType.DARK_STORE, SlaTier.SAME_DAY, NodeStatus.ACTIVE, 37.70 + 4 * KM_LAT, -122.40);
    private static final Node FAR =
            site("MFC-F", NodeType.MICRO_FULFILLMENT_CENTER, SlaTier.SAME_DAY, NodeStatus.DISRUPTED, 37.30, -121.90);
    private static final Node CLOSED =
            site("DS-C", NodeType.DARK_STORE, SlaTier.SAME_DAY, NodeStatus.CLOSED, 37.70 + 2 * KM_LAT, -122.40);
    private static final Node HUB =
            site("MH-N", NodeType.MICRO_HUB, SlaTier.NEXT_DAY, NodeStatus.ACTIVE, 37.70 + KM_LAT, -122.40);
    private static final Node LOCKER =
            site("PP-1", NodeType.PICKUP_POINT, SlaTier.SAME_DAY, NodeStatus.ACTIVE, 37.71, -122.41);

    private static final ZoneGenerator.Settings SAME_DAY =
            new ZoneGenerator.Settings(EnumSet.of(SlaTier.SAME_DAY), 24, Map.of(SlaTier.SAME_DAY, 0.25)); // 6 km

    @Test
    void neighboursSplitTheGapAtTheMiddleAndReachNoFurtherThanSpeedTimesDriveTime() {
        List<DeliveryZone> zones = ZoneGenerator.generate(List.of(A, B, FAR), SAME_DAY);
        DeliveryZone a = zone(zones, "Z-DS-A-SD"), b = zone(zones, "Z-DS-B-SD");

        assertTrue(a.area().intersection(b.area()).getArea() < 1e-12, "cells of one tier do not overlap");
        assertTrue(covers(a, 37.70 + 1.9 * KM_LAT, -122.40), "1.9 km towards B is still A's");
        assertTrue(covers(b, 37.70 + 2.1 * KM_LAT, -122.40), "2.1 km towards B is B's");
        assertTrue(covers(a, 37.70 - 5.9 * KM_LAT, -122.40), "5.9 km away from B is inside the 6 km circle");
        assertFalse(covers(a, 37.70 - 6.1 * KM_LAT, -122.40), "6.1 km away is beyond the circle");
        double kmPerDegreeLon = 111.320 * Math.cos(Math.toRadians(37.70));
        assertTrue(covers(a, 37.70, -122.40 + 5.9 / kmPerDegreeLon), "the circle is round on the ground: east");
        assertFalse(covers(a, 37.70, -122.40 + 6.1 / kmPerDegreeLon));
    }

    @Test
    void aSiteAloneGetsItsWholeCircle() {
        DeliveryZone far = zone(ZoneGenerator.generate(List.of(A, B, FAR), SAME_DAY), "Z-MFC-F-SD");
        double area = LocalProjection.areaKm2(far.area());
        assertEquals(Math.PI * 36, area, Math.PI * 36 * 0.01);
        assertEquals(far.node(), FAR.code());
    }

    @Test
    void onlyStockedSitesOfTheTierGetAZoneOfThatTier() {
        List<DeliveryZone> zones =
                ZoneGenerator.generate(List.of(A, B, CLOSED, HUB, LOCKER), ZoneGenerator.Settings.defaults());
        assertEquals(
                List.of("Z-DS-A-SD", "Z-DS-B-SD", "Z-MH-N-ND"),
                zones.stream().map(z -> z.code().value()).toList());
        assertEquals(SlaTier.NEXT_DAY, zone(zones, "Z-MH-N-ND").slaTier());
        // the closed site between A and B takes no area from them
        assertTrue(covers(zone(zones, "Z-DS-A-SD"), 37.70 + 1.9 * KM_LAT, -122.40));
    }

    @Test
    void zonesAreValidPolygonsForTheWholeDemoLikeSpread() {
        java.util.Random random = new java.util.Random(3);
        List<Node> sites = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sites.add(site(
                    "S" + i,
                    NodeType.DARK_STORE,
                    i % 2 == 0 ? SlaTier.SAME_DAY : SlaTier.NEXT_DAY,
                    NodeStatus.ACTIVE,
                    37.3 + random.nextDouble(),
                    -122.5 + random.nextDouble()));
        }
        GeoPoint twin = sites.get(0).location();
        sites.add(site("S-TWIN", NodeType.DARK_STORE, SlaTier.SAME_DAY, NodeStatus.ACTIVE, twin.lat(), twin.lon()));
        List<DeliveryZone> zones = ZoneGenerator.generate(sites, ZoneGenerator.Settings.defaults());
        assertEquals(61, zones.size(), "sites at the same spot each get a zone");
        for (DeliveryZone z : zones) {
            assertEquals(null, ZoneTopology.problemWith(z.area()), z.code().value());
        }
    }

    @Test
    void theMethodIsDescribedWithItsRadii() {
        assertEquals(
                "Voronoi cell among sites of the same tier, clipped to same day 6.0 km (0.25 h at 24 km/h)",
                SAME_DAY.describe());
    }

    private static boolean covers(DeliveryZone zone, double lat, double lon) {
        return zone.area().covers(F.createPoint(new Coordinate(lon, lat)));
    }

    private static DeliveryZone zone(List<DeliveryZone> zones, String code) {
        return zones.stream()
                .filter(z -> z.code().value().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no zone " + code + " in " + zones));
    }
}
