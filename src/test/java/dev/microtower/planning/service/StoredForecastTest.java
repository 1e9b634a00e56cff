package dev.microtower.planning.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.app.OpenSession;
import dev.microtower.app.ScenarioService;
import dev.microtower.app.Stores;
import dev.microtower.core.Cancellation;
import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.forecasting.domain.SeriesForecast;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.importexport.Importer;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import dev.microtower.planning.domain.DeferredOrders;
import dev.microtower.planning.engine.Planner;
import dev.microtower.planning.store.ForecastStore;
import dev.microtower.planning.store.jooq.JooqForecastStore;
import dev.microtower.rebalancing.engine.RebalancingEngine;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.zones.domain.DeliveryZone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecast kept in the database (ADR 0016), on a real H2 file holding the mini demo: a service
 * on a fresh session takes it instead of reading the history and forecasting, and gets exactly the
 * forecast and plan it would have computed; after every kind of write that feeds the forecast the
 * stored one is not used again. Each "not reused" test fails if its input were left out of the
 * fingerprint (or, for the orders, if the writer did not raise the history's revision).
 */
class StoredForecastTest {
    private static final ScenarioId BASELINE = ScenarioId.BASELINE;

    @TempDir
    Path dir;

    private OpenSession session;

    @BeforeEach
    void theMiniDemoWithItsForecastStored() {
        session = OpenSession.open(dir.resolve("db"));
        DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
        PlanningService first = service(true);
        first.forecast(BASELINE, Progress.NONE, Cancellation.none());
        assertEquals(1, first.forecastsStored(), "a computed forecast is kept");
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void theNextOpeningTakesTheStoredForecastAndPlansExactlyAsFromTheHistory() {
        PlanningService stored = service(true);
        Planner.Forecasted taken = stored.forecast(BASELINE, Progress.NONE, Cancellation.none());
        assertEquals(1, stored.storedForecastsUsed());
        assertEquals(0, stored.forecastsComputed());
        assertEquals(0, stored.historyReads(), "no order history read for the forecast");
        DeferredOrders orders =
                assertInstanceOf(DeferredOrders.class, taken.inputs().history());
        assertFalse(orders.isRead());

        PlanningService computing = service(false);
        Planner.Forecasted computed = computing.forecast(BASELINE, Progress.NONE, Cancellation.none());
        assertEquals(1, computing.forecastsComputed());

        assertSame(computed, taken);
        assertEquals(computed.describeInputs(), taken.describeInputs());
        assertEquals(computed.warnings(), taken.warnings());
        assertFalse(orders.isRead(), "the description and warnings need only the number of orders");
        // what a simulation or a risk scan reads: the same orders, read when asked for
        assertEquals(computed.inputs().history(), taken.inputs().history());
        assertTrue(orders.isRead());
    }

    @Test
    void takenAtOpenTheStoredForecastServesTheFirstPlanFromTheCache() {
        PlanningService opening = service(true);
        assertTrue(opening.takeStoredForecast(BASELINE, Cancellation.none()));
        assertEquals(1, opening.storedForecastsUsed());
        assertEquals(0, opening.historyReads());
        Planner.Forecasted taken = opening.forecast(BASELINE, Progress.NONE, Cancellation.none());
        assertEquals(1, opening.storedForecastsUsed(), "the Plan found it in the cache, not decoded again");
        assertEquals(0, opening.forecastsComputed());
        assertSame(service(false).forecast(BASELINE, Progress.NONE, Cancellation.none()), taken);
    }

    @Test
    void atOpenNothingIsForecastWithoutACurrentStoredForecast() {
        // the stored one goes stale with a demand change
        stores().scenarios()
                .addMultiplier(BASELINE, new DemandMultiplier(null, null, 1.5, null, null, "more", null, null, null));
        PlanningService opening = service(true);
        assertFalse(opening.takeStoredForecast(BASELINE, Cancellation.none()));
        assertEquals(0, opening.storedForecastsUsed());
        assertEquals(0, opening.forecastsComputed());
        assertEquals(0, opening.historyReads(), "no order history read at open");
    }

    @Test
    void aStoredForecastOfAnotherFormatIsNotTrusted() {
        assertTrue(StoredForecast.decode(new byte[] {1, 2, 3}).isEmpty());
    }

    @Test
    void notReusedAfterAnOrderImportThatAddsOrders() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("new-orders"));
        Files.writeString(
                folder.resolve("orders.csv"),
                "code,created_at,promised_by,channel,customer_lat,customer_lon,fulfilled_by\n"
                        + "O-STORED-1,2026-06-30T12:00:00Z,,web,37.77,-122.41,MFC-SF1\n");
        Files.writeString(folder.resolve("order-lines.csv"), "order,line_no,sku,quantity\nO-STORED-1,1,SKU-MILK,3\n");
        session.get(Importer.class).importPath(folder, BASELINE);
        assertNotReused(BASELINE);
    }

    @Test
    void notReusedAfterAnOrderImportThatChangesAnOrderInPlace() throws IOException {
        // the same orders, one customer moved: counts and ids stay, only the revision says it changed
        Path file = dir.resolve("orders.csv");
        Files.writeString(
                file,
                "code,created_at,promised_by,channel,customer_lat,customer_lon,fulfilled_by\n"
                        + "O-1,2026-06-30T10:00:00Z,2026-06-30T18:00:00Z,web,37.70,-122.41,MFC-SF1\n");
        session.get(Importer.class).importPath(file, BASELINE);
        assertNotReused(BASELINE);
    }

    @Test
    void notReusedAfterASiteEdit() {
        Node site = stores().nodes().find(BASELINE, new NodeCode("MFC-SF1")).orElseThrow();
        GeoPoint at = site.location();
        stores().nodes().update(BASELINE, site.withLocation(new GeoPoint(at.lat() + 0.01, at.lon())));
        assertNotReused(BASELINE);
    }

    @Test
    void notReusedAfterAZoneEdit() {
        DeliveryZone zone = stores().zones().findAll(BASELINE).get(0);
        stores().zones()
                .save(
                        BASELINE,
                        new DeliveryZone(
                                zone.code(),
                                zone.node(),
                                zone.slaTier(),
                                zone.area().buffer(0.01)));
        assertNotReused(BASELINE);
    }

    @Test
    void notReusedAfterADemandChange() {
        stores().scenarios()
                .addMultiplier(BASELINE, new DemandMultiplier(null, null, 1.5, null, null, "more", null, null, null));
        assertNotReused(BASELINE);
    }

    @Test
    void notReusedAfterASkuImport() throws IOException {
        Path file = dir.resolve("skus.csv");
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/demo-fixture/skus.csv"));
        Files.write(file, List.of(lines.get(0), lines.get(1).replace("grocery-chilled", "grocery-ambient")));
        session.get(Importer.class).importPath(file, BASELINE);
        Sku milk = stores().skus().findAll().stream()
                .filter(s -> s.code().value().equals("SKU-MILK"))
                .findFirst()
                .orElseThrow();
        assertEquals("grocery-ambient", milk.category(), "the import changed the SKU");
        assertNotReused(BASELINE);
    }

    @Test
    void notReusedAfterATimeZoneChange() {
        stores().scenarios().setTimeZone(BASELINE, ZoneId.of("Asia/Tokyo"));
        assertNotReused(BASELINE);
    }

    @Test
    void aCopyTakesItsParentsForecastUntilItsSitesDiffer() {
        ScenarioId copy =
                session.get(ScenarioService.class).copy(BASELINE, "copy").id();
        PlanningService stored = service(true);
        stored.forecast(copy, Progress.NONE, Cancellation.none());
        assertEquals(1, stored.storedForecastsUsed(), "a copy's inputs are its parent's");

        Node site = stores().nodes().find(copy, new NodeCode("MFC-SF1")).orElseThrow();
        stores().nodes().update(copy, site.withStorageCapacityUnits(12_345L));
        assertNotReused(copy);
    }

    @Test
    void afterPromotingAChangedCopyTheBaselineDoesNotTakeItsOldForecast() {
        ScenarioService scenarios = session.get(ScenarioService.class);
        ScenarioId copy = scenarios.copy(BASELINE, "moved").id();
        Node site = stores().nodes().find(copy, new NodeCode("MFC-SF1")).orElseThrow();
        stores().nodes()
                .update(
                        copy,
                        site.withLocation(new GeoPoint(
                                site.location().lat() + 0.02, site.location().lon())));
        scenarios.promote(copy, LocalDate.of(2026, 12, 3));
        assertNotReused(BASELINE);
    }

    @Test
    void deletingAScenarioDeletesItsStoredForecast() {
        ScenarioService scenarios = session.get(ScenarioService.class);
        ScenarioId copy = scenarios.copy(BASELINE, "gone").id();
        stores().scenarios().setTimeZone(copy, ZoneId.of("Europe/Berlin"));
        PlanningService computing = service(true);
        computing.forecast(copy, Progress.NONE, Cancellation.none());
        assertEquals(1, computing.forecastsStored());
        assertEquals(2, storedRows());
        scenarios.delete(copy);
        assertEquals(1, storedRows(), "the copy's forecast went with it");
    }

    @Test
    void aForecastMadeFromOrdersReadBeforeAnOrderWriteWasAnnouncedIsNotKept() throws IOException {
        ScenarioService scenarios = session.get(ScenarioService.class);
        ScenarioId berlin = scenarios.copy(BASELINE, "Berlin days").id();
        stores().scenarios().setTimeZone(berlin, ZoneId.of("Europe/Berlin"));
        // the same days (so the first read serves it), another fingerprint (a site's capacity)
        ScenarioId bigger = scenarios.copy(BASELINE, "Berlin days, bigger MFC").id();
        stores().scenarios().setTimeZone(bigger, ZoneId.of("Europe/Berlin"));
        Node site = stores().nodes().find(bigger, new NodeCode("MFC-SF1")).orElseThrow();
        stores().nodes().update(bigger, site.withStorageCapacityUnits(12_345L));
        // this service reads the history now and is never told of the import below, as the window's
        // service between an import's commit and its change reaching it
        PlanningService window = service(true);
        window.forecast(berlin, Progress.NONE, Cancellation.none());
        assertEquals(1, window.forecastsStored());

        Path file = dir.resolve("orders.csv");
        Files.writeString(
                file,
                "code,created_at,promised_by,channel,customer_lat,customer_lon,fulfilled_by\n"
                        + "O-1,2026-06-30T10:00:00Z,2026-06-30T18:00:00Z,web,37.70,-122.41,MFC-SF1\n");
        session.get(Importer.class).importPath(file, BASELINE);
        window.forecast(bigger, Progress.NONE, Cancellation.none());
        assertEquals(
                1,
                window.forecastsStored(),
                "a forecast of the orders before the import was kept as the new history's");

        assertNotReused(bigger);
    }

    @Test
    void theCustomerPointsComeFromTheFileUntilTheOrdersChange() throws IOException {
        PlanningService reading = service(true);
        List<double[]> read = customers(reading);
        assertEquals(1, reading.historyReads());
        assertFalse(read.isEmpty());

        PlanningService kept = service(true);
        List<double[]> taken = customers(kept);
        assertEquals(0, kept.historyReads(), "the coverage at open reads no orders");
        assertEquals(1, kept.storedCustomersUsed());
        assertEquals(read.size(), taken.size());
        for (int i = 0; i < read.size(); i++) {
            assertArrayEquals(read.get(i), taken.get(i));
        }

        Path file = dir.resolve("orders.csv");
        Files.writeString(
                file,
                "code,created_at,promised_by,channel,customer_lat,customer_lon,fulfilled_by\n"
                        + "O-1,2026-06-30T10:00:00Z,2026-06-30T18:00:00Z,web,37.70,-122.41,MFC-SF1\n");
        session.get(Importer.class).importPath(file, BASELINE);
        PlanningService after = service(true);
        List<double[]> changed = customers(after);
        assertEquals(0, after.storedCustomersUsed(), "stale customer points were used");
        assertEquals(1, after.historyReads());
        assertEquals(
                customers(service(false)).stream()
                        .map(java.util.Arrays::toString)
                        .toList(),
                changed.stream().map(java.util.Arrays::toString).toList());
    }

    private static List<double[]> customers(PlanningService planning) {
        List<double[]> points = new java.util.ArrayList<>();
        planning.forEachCustomer((lat, lon, units) -> points.add(new double[] {lat, lon, units}), Cancellation.none());
        return points;
    }

    @Test
    void aForecastTheFileWillNotTakeIsPlannedAnywayAndTheFailureIsTold() {
        JooqForecastStore file = new JooqForecastStore(session.database());
        ForecastStore refusing = new ForecastStore() {
            @Override
            public String historyStamp() {
                return file.historyStamp();
            }

            @Override
            public java.util.Optional<byte[]> find(String fingerprint) {
                return java.util.Optional.empty();
            }

            @Override
            public void save(ScenarioId scenario, String fingerprint, byte[] body) {
                throw new IllegalStateException("the file refuses the write");
            }

            @Override
            public java.util.Optional<byte[]> findCustomers(String historyStamp) {
                return java.util.Optional.empty();
            }

            @Override
            public void saveCustomers(String historyStamp, byte[] body) {}
        };
        Stores s = stores();
        PlanningService planning = new PlanningService(
                new PlanningService.Sources(
                        s.nodes(), s.skus(), s.stock(), s.orders(), s.zones(), s.rules(), s.scenarios(), refusing),
                Runnable::run);
        Planner.Forecasted got = planning.forecast(BASELINE, Progress.NONE, Cancellation.none());
        assertEquals(1, planning.forecastsComputed());
        assertEquals(0, planning.forecastsStored());
        assertEquals(1, planning.forecastsNotKept(), "the failed write is counted, not swallowed");
        assertSame(service(false).forecast(BASELINE, Progress.NONE, Cancellation.none()), got);
    }

    /** A fresh session's view: a new service, with or without the forecasts in the file. */
    private PlanningService service(boolean withStore) {
        Stores s = stores();
        ForecastStore forecasts = withStore ? new JooqForecastStore(session.database()) : ForecastStore.NONE;
        return new PlanningService(
                new PlanningService.Sources(
                        s.nodes(), s.skus(), s.stock(), s.orders(), s.zones(), s.rules(), s.scenarios(), forecasts),
                Runnable::run);
    }

    private Stores stores() {
        return session.stores();
    }

    private int storedRows() {
        return session.database().dsl().fetchCount(dev.microtower.store.jooq.Tables.STORED_FORECAST);
    }

    /** The stored forecast is not taken for {@code scenario}: it is computed, and equals a forecast made without a store. */
    private void assertNotReused(ScenarioId scenario) {
        PlanningService stored = service(true);
        Planner.Forecasted got = stored.forecast(scenario, Progress.NONE, Cancellation.none());
        assertEquals(0, stored.storedForecastsUsed(), "a stale stored forecast was used");
        assertEquals(1, stored.forecastsComputed());
        assertSame(service(false).forecast(scenario, Progress.NONE, Cancellation.none()), got);
    }

    private static void assertSame(Planner.Forecasted expected, Planner.Forecasted actual) {
        assertEquals(expected.inputs().firstDay(), actual.inputs().firstDay());
        assertEquals(expected.inputs().lastDay(), actual.inputs().lastDay());
        assertEquals(
                expected.inputs().history().size(), actual.inputs().history().size());
        assertEquals(
                expected.demand().series().keySet(), actual.demand().series().keySet());
        expected.demand()
                .series()
                .forEach((k, v) -> assertArrayEquals(v, actual.demand().series().get(k), k.toString()));
        assertEquals(expected.classes(), actual.classes());
        Map<?, SeriesForecast> want = expected.forecast().series();
        assertEquals(want.keySet(), actual.forecast().series().keySet());
        want.forEach((k, f) -> {
            SeriesForecast g = actual.forecast().series().get(k);
            assertEquals(f.method(), g.method(), k.toString());
            assertArrayEquals(f.daily(), g.daily(), k.toString());
            assertEquals(f.sigmaDaily(), g.sigmaDaily(), k.toString());
        });
        assertEquals(expected.forecast().networkMase(), actual.forecast().networkMase());
        assertEquals(
                expected.allocate(AllocationSettings.DEFAULT).targets(),
                actual.allocate(AllocationSettings.DEFAULT).targets());
        var a = expected.inputs();
        var b = actual.inputs();
        assertEquals(
                new RebalancingEngine(RebalancingSettings.DEFAULT)
                        .plan(a.nodes(), a.skus(), a.stock(), expected.allocate(AllocationSettings.DEFAULT))
                        .suggestions(),
                new RebalancingEngine(RebalancingSettings.DEFAULT)
                        .plan(b.nodes(), b.skus(), b.stock(), actual.allocate(AllocationSettings.DEFAULT))
                        .suggestions());
    }
}
