package dev.microtower.planning.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.app.OpenSession;
import dev.microtower.core.Cancellation;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.forecasting.domain.NetworkForecast;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Demand changes as the planning chain reads them, on a real H2 file holding the mini demo
 * network: each in its own copy of the baseline, compared with the baseline's forecast. A change
 * for a delivery zone or a drawn area raises the forecast of the sites whose customers are inside,
 * by their share of customers there; a change for one SKU touches that SKU only.
 */
class DemandChangesPlanningTest {
    @TempDir
    static Path dir;

    private static OpenSession session;
    private static Map<NodeCode, Double> baseline;
    private static NetworkForecast baselineForecast;

    @BeforeAll
    static void openTheMiniDemo() {
        session = OpenSession.open(dir.resolve("db"));
        DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
        baselineForecast = forecast(ScenarioId.BASELINE);
        baseline = bySite(baselineForecast);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Test
    void aDoublingInADeliveryZoneRaisesItsSitesForecastByTheirShareOfCustomersThere() {
        ScenarioRepository scenarios = session.get(ScenarioRepository.class);
        ScenarioId copy = scenarios.copy(ScenarioId.BASELINE, "Zone heat wave").id();
        DeliveryZone zone = session.get(ZoneRepository.class).findAll(copy).get(0);
        scenarios.addMultiplier(
                copy, new DemandMultiplier(null, null, 2.0, null, null, "heat", null, zone.code(), null));

        Map<NodeCode, Double> changed = bySite(forecast(copy));

        double owner = changed.get(zone.node()) / baseline.get(zone.node());
        assertTrue(owner > 1.05 && owner <= 2.0 + 1e-9, "the zone's own site: ×" + owner);
        double total =
                changed.values().stream().mapToDouble(Double::doubleValue).sum();
        double before =
                baseline.values().stream().mapToDouble(Double::doubleValue).sum();
        assertTrue(total > before && total < 2 * before, total + " against " + before);
    }

    @Test
    void aChangeInADrawnAreaWithNoCustomersChangesNothing() {
        ScenarioRepository scenarios = session.get(ScenarioRepository.class);
        ScenarioId copy = scenarios.copy(ScenarioId.BASELINE, "Empty ocean").id();
        // far out in the Pacific: no customer lives there
        List<GeoPoint> ocean = List.of(new GeoPoint(30, -140), new GeoPoint(30, -139), new GeoPoint(31, -139));
        scenarios.addMultiplier(copy, new DemandMultiplier(null, null, 3.0, null, null, null, null, null, ocean));

        assertEquals(baseline, bySite(forecast(copy)));
    }

    @Test
    void aChangeInADrawnAreaAroundAZoneActsLikeTheZone() {
        ScenarioRepository scenarios = session.get(ScenarioRepository.class);
        ScenarioId byZone = scenarios.copy(ScenarioId.BASELINE, "By zone").id();
        ScenarioId byArea = scenarios.copy(ScenarioId.BASELINE, "By area").id();
        DeliveryZone zone = session.get(ZoneRepository.class).findAll(byZone).get(0);
        Envelope box = zone.area().getEnvelopeInternal();
        // the zone's own corners, drawn by hand
        List<GeoPoint> corners = Arrays.stream(zone.area().getCoordinates())
                .limit(zone.area().getCoordinates().length - 1L)
                .map((Coordinate c) -> new GeoPoint(c.y, c.x))
                .toList();
        assertTrue(box.getArea() > 0);
        scenarios.addMultiplier(
                byZone, new DemandMultiplier(null, null, 1.5, null, null, null, null, zone.code(), null));
        scenarios.addMultiplier(byArea, new DemandMultiplier(null, null, 1.5, null, null, null, null, null, corners));

        Map<NodeCode, Double> zoneResult = bySite(forecast(byZone));
        Map<NodeCode, Double> areaResult = bySite(forecast(byArea));
        zoneResult.forEach((site, units) -> assertEquals(units, areaResult.get(site), 1e-6, site.value()));
    }

    @Test
    void aChangeForOneSkuRaisesThatSkuOnly() {
        ScenarioRepository scenarios = session.get(ScenarioRepository.class);
        ScenarioId copy = scenarios.copy(ScenarioId.BASELINE, "One SKU").id();
        SeriesForecast some = baselineForecast.series().values().stream()
                .filter(f -> f.unitsOver(f.horizonDays()) > 0)
                .findFirst()
                .orElseThrow();
        scenarios.addMultiplier(
                copy,
                new DemandMultiplier(
                        null, null, 2.0, null, null, null, some.key().sku(), null, null));

        NetworkForecast changed = forecast(copy);
        changed.series().forEach((key, f) -> {
            double was = baselineForecast.get(key).unitsOver(f.horizonDays());
            double now = f.unitsOver(f.horizonDays());
            assertEquals(key.sku().equals(some.key().sku()) ? 2 * was : was, now, 1e-6, key.toString());
        });
    }

    private static NetworkForecast forecast(ScenarioId scenario) {
        return session.get(PlanningService.class)
                .forecast(scenario, Progress.NONE, Cancellation.none())
                .forecast();
    }

    private static Map<NodeCode, Double> bySite(NetworkForecast forecast) {
        Map<NodeCode, Double> units = new TreeMap<>();
        forecast.series().forEach((key, f) -> units.merge(key.node(), f.unitsOver(f.horizonDays()), Double::sum));
        return units;
    }
}
