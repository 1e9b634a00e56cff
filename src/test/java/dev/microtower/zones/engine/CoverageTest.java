package dev.microtower.zones.engine;

import static dev.microtower.testing.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.GeoPoint;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.network.domain.SlaTier;
import dev.microtower.zones.domain.DeliveryZone;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

class CoverageTest {
    private static final GeometryFactory F = new GeometryFactory();

    private final List<Node> sites = List.of(
            site("DS-1", NodeType.DARK_STORE, SlaTier.SAME_DAY, NodeStatus.ACTIVE, 37.77, -122.42),
            site("DS-2", NodeType.DARK_STORE, SlaTier.SAME_DAY, NodeStatus.DISRUPTED, 37.80, -122.27),
            site("DS-3", NodeType.DARK_STORE, SlaTier.SAME_DAY, NodeStatus.CLOSED, 37.55, -122.30),
            site("MH-1", NodeType.MICRO_HUB, SlaTier.NEXT_DAY, NodeStatus.ACTIVE, 37.60, -122.10));

    @Test
    void coveredDemandAndHotSpotsMatchADirectCount() {
        // circles of 15 km overlap between DS-1 and DS-2 (13 km apart)
        List<DeliveryZone> zones = ZoneGenerator.generate(
                sites,
                new ZoneGenerator.Settings(
                        EnumSet.of(SlaTier.SAME_DAY, SlaTier.NEXT_DAY),
                        30,
                        Map.of(SlaTier.SAME_DAY, 0.5, SlaTier.NEXT_DAY, 0.5)));
        // Voronoi cells do not overlap: add a hand-drawn same-day zone over both to make an overlap
        DeliveryZone wide = new DeliveryZone(
                dev.microtower.core.ZoneCode.of("Z-WIDE"),
                sites.get(0).code(),
                SlaTier.SAME_DAY,
                F.createPolygon(new Coordinate[] {
                    new Coordinate(-122.40, 37.70),
                    new Coordinate(-122.25, 37.70),
                    new Coordinate(-122.25, 37.85),
                    new Coordinate(-122.40, 37.85),
                    new Coordinate(-122.40, 37.70)
                }));
        List<DeliveryZone> all = new ArrayList<>(zones);
        all.add(wide);
        Coverage coverage = new Coverage(all, sites, 2.0, 5);
        Random random = new Random(11);
        long orders = 0, units = 0, covered = 0, coveredUnits = 0, inTwo = 0;
        List<GeoPoint> uncovered = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            GeoPoint customer = new GeoPoint(37.45 + 0.5 * random.nextDouble(), -122.60 + 0.6 * random.nextDouble());
            int u = 1 + random.nextInt(5);
            coverage.add(customer, u);
            // the direct count: every counted zone, no index
            int inside = 0;
            for (DeliveryZone z : all) {
                boolean counted =
                        z.slaTier() == SlaTier.SAME_DAY && !z.node().value().equals("DS-3");
                if (counted && z.area().covers(F.createPoint(new Coordinate(customer.lon(), customer.lat())))) {
                    inside++;
                }
            }
            orders++;
            units += u;
            if (inside > 0) {
                covered++;
                coveredUnits += u;
            } else {
                uncovered.add(customer);
            }
            if (inside > 1) {
                inTwo++;
            }
        }
        CoverageReport report = coverage.report();
        assertEquals(3, report.sameDayZones(), "DS-1, DS-2 and the wide zone; not the closed DS-3");
        assertEquals(orders, report.orders());
        assertEquals(units, report.units());
        assertEquals(covered, report.ordersCovered());
        assertEquals(coveredUnits, report.unitsCovered());
        assertEquals(inTwo, report.ordersInOverlap());
        assertTrue(inTwo > 0 && covered > 0 && covered < orders);

        assertEquals(2, report.overlaps().size(), "the wide zone overlaps both circles");
        double direct = LocalProjection.areaKm2(
                wide.area().intersection(all.get(0).area().union(all.get(1).area())));
        assertEquals(direct, report.overlapAreaKm2(), direct * 1e-6);

        // the busiest hot spot holds as many uncovered orders as a direct count of its cell finds
        CoverageReport.HotSpot top = report.hotSpots().get(0);
        long inCell = uncovered.stream()
                .filter(p -> top.cell().covers(F.createPoint(new Coordinate(p.lon(), p.lat()))))
                .count();
        assertEquals(inCell, top.orders());
        assertEquals(5, report.hotSpots().size());
        for (int i = 1; i < report.hotSpots().size(); i++) {
            assertTrue(report.hotSpots().get(i - 1).orders()
                    >= report.hotSpots().get(i).orders());
        }
    }

    @Test
    void withoutOrdersTheSharesAreZero() {
        CoverageReport report = new Coverage(List.of(), sites, 1, 3).report();
        assertEquals(0, report.orderShare());
        assertEquals(0, report.sameDayAreaKm2());
        assertTrue(report.hotSpots().isEmpty());
    }
}
