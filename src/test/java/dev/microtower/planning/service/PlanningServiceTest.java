package dev.microtower.planning.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microtower.app.OpenSession;
import dev.microtower.app.Stores;
import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.importexport.DemoLoader;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.planning.engine.Planner;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared forecast on a real H2 file holding the mini demo network: computed once per scenario,
 * kept across changes it does not depend on, dropped on those it does, and never kept when
 * cancelled.
 */
class PlanningServiceTest {
    private static final ScenarioId BASELINE = ScenarioId.BASELINE;

    @TempDir
    static Path dir;

    private static OpenSession session;
    private PlanningService planning;

    @BeforeAll
    static void openTheMiniDemo() {
        session = OpenSession.open(dir.resolve("db"));
        DemoLoader.load(session.database(), "demo-fixture/", Progress.NONE, Cancellation.none());
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @BeforeEach
    void aFreshService() {
        planning = session.get(PlanningService.class);
        planning.clear();
    }

    @Test
    void aSecondRequestForTheSameScenarioComputesNoNewForecast() {
        int before = made();
        Planner.Forecasted first = forecast();
        Planner.Forecasted second = forecast();
        assertEquals(before + 1, made());
        assertSame(first, second);
    }

    @Test
    void aStockChangeReadsStockAgainButKeepsTheForecast() {
        Planner.Forecasted first = forecast();
        StockLevel level = first.inputs().stock().get(0);
        StockRepository stock = session.get(StockRepository.class);
        StockLevel more = new StockLevel(
                level.node(), level.sku(), level.onHand() + 7, level.reserved(), level.inTransit(), level.asOf());
        stock.save(BASELINE, more);
        try {
            int before = made();
            planning.changed(new DataChange(BASELINE, Set.of(DataKind.STOCK), 1));
            Planner.Forecasted second = forecast();

            assertEquals(before, made(), "no new forecast for a change of stock");
            assertSame(first.forecast(), second.forecast());
            assertEquals(
                    level.onHand() + 7,
                    second.inputs().stock().stream()
                            .filter(s ->
                                    s.node().equals(level.node()) && s.sku().equals(level.sku()))
                            .findFirst()
                            .orElseThrow()
                            .onHand(),
                    "the stock is read again");
        } finally {
            stock.save(BASELINE, level);
        }
    }

    @Test
    void anOrdersChangeForecastsAgain() {
        Planner.Forecasted first = forecast();
        int before = made();
        planning.changed(new DataChange(BASELINE, Set.of(DataKind.ORDERS), 1));
        Planner.Forecasted second = forecast();
        assertEquals(before + 1, made());
        assertNotSame(first.forecast(), second.forecast());
    }

    @Test
    void aCancelBetweenReadingAndForecastingStoresNothingAndThrows() {
        int before = made();
        Cancellation cancellation = Cancellation.none();
        // cancelled while the inputs are read: the check before the forecast stops it
        Progress cancelWhileReading = (done, total, message) -> {
            if (message != null && message.startsWith("Reading")) {
                cancellation.cancel();
            }
        };
        assertThrows(CancelledException.class, () -> planning.forecast(BASELINE, cancelWhileReading, cancellation));
        assertEquals(before, made(), "no forecast was computed");

        forecast();
        assertEquals(before + 1, made(), "nothing was kept: the next request forecasts");
    }

    /**
     * A stock write announced while a forecast of a scenario not yet cached reads its inputs (after
     * the stock read, before the entry is kept): the next request must read the stock again. Before
     * the per-scenario change counts, {@code changed} found no entry to mark and the entry kept the
     * stock as it was before the write.
     */
    @Test
    void aStockChangeAnnouncedWhileTheFirstForecastReadsIsNotLost() {
        AtomicReference<Runnable> afterStockRead = new AtomicReference<>();
        PlanningService racing = serviceWhoseStockReadRuns(afterStockRead);
        StockRepository stock = session.get(StockRepository.class);
        StockLevel level = stock.findAll(BASELINE).get(0);
        StockLevel more = new StockLevel(
                level.node(), level.sku(), level.onHand() + 11, level.reserved(), level.inTransit(), level.asOf());
        afterStockRead.set(() -> {
            stock.save(BASELINE, more);
            racing.changed(new DataChange(BASELINE, Set.of(DataKind.STOCK), 1));
        });
        try {
            Planner.Forecasted first = racing.forecast(BASELINE, Progress.NONE, Cancellation.none());
            assertEquals(level.onHand(), onHandOf(first, level), "the first forecast read the stock before the write");
            Planner.Forecasted second = racing.forecast(BASELINE, Progress.NONE, Cancellation.none());
            assertEquals(level.onHand() + 11, onHandOf(second, level), "the stock is read again after the change");
            assertSame(first.forecast(), second.forecast(), "a change of stock keeps the forecast");
        } finally {
            stock.save(BASELINE, level);
        }
    }

    /** As above for a change of what the forecast is made of (here a zone edit): it is not kept. */
    @Test
    void aZoneChangeAnnouncedWhileTheFirstForecastReadsDropsIt() {
        AtomicReference<Runnable> afterStockRead = new AtomicReference<>();
        PlanningService racing = serviceWhoseStockReadRuns(afterStockRead);
        afterStockRead.set(() -> racing.changed(new DataChange(BASELINE, Set.of(DataKind.ZONES), 1)));
        Planner.Forecasted first = racing.forecast(BASELINE, Progress.NONE, Cancellation.none());
        int made = racing.forecastsComputed() + racing.storedForecastsUsed();
        Planner.Forecasted second = racing.forecast(BASELINE, Progress.NONE, Cancellation.none());
        assertEquals(made + 1, racing.forecastsComputed() + racing.storedForecastsUsed(), "forecast again");
        assertNotSame(first, second);
    }

    /**
     * A service on the session's stores whose stock reads run, once each time it is set, what
     * {@code afterStockRead} holds right after the real read returns: another thread's write and its
     * announcement landing at that moment.
     */
    private static PlanningService serviceWhoseStockReadRuns(AtomicReference<Runnable> afterStockRead) {
        Stores stores = session.stores();
        StockRepository real = stores.stock();
        StockRepository stock = (StockRepository) Proxy.newProxyInstance(
                StockRepository.class.getClassLoader(), new Class<?>[] {StockRepository.class}, (proxy, m, args) -> {
                    Object result;
                    try {
                        result = m.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    Runnable hook = m.getName().equals("findAll") ? afterStockRead.getAndSet(null) : null;
                    if (hook != null) {
                        hook.run();
                    }
                    return result;
                });
        return new PlanningService(
                new PlanningService.Sources(
                        stores.nodes(),
                        stores.skus(),
                        stock,
                        stores.orders(),
                        stores.zones(),
                        stores.rules(),
                        stores.scenarios()),
                Runnable::run);
    }

    private static long onHandOf(Planner.Forecasted forecasted, StockLevel level) {
        return forecasted.inputs().stock().stream()
                .filter(s -> s.node().equals(level.node()) && s.sku().equals(level.sku()))
                .findFirst()
                .orElseThrow()
                .onHand();
    }

    /**
     * Forecasts the service made anew rather than took from its cache: computed, or taken from the
     * file (ADR 0016: the session's service keeps what it computes in the database, and an earlier
     * test of this class may have stored the one this test's request finds there).
     */
    private int made() {
        return planning.forecastsComputed() + planning.storedForecastsUsed();
    }

    private Planner.Forecasted forecast() {
        return planning.forecast(BASELINE, Progress.NONE, Cancellation.none());
    }
}
