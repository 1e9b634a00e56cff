package dev.microtower.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.engine.RulesForecast;
import dev.microtower.allocation.store.RuleFiles;
import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.allocation.store.jooq.JooqRuleRepository;
import dev.microtower.core.ScenarioId;
import dev.microtower.heatmaps.store.OrderColumnsReader;
import dev.microtower.importexport.Exporter;
import dev.microtower.importexport.FeatureFiles;
import dev.microtower.importexport.Importer;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.orders.store.jooq.JooqOrderRepository;
import dev.microtower.planning.service.PlanningRulesForecast;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.rebalancing.service.RebalancingService;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.rebalancing.store.jooq.JooqPlanRepository;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.testing.Fixtures;
import dev.microtower.zones.store.ZoneFiles;
import dev.microtower.zones.store.ZoneRepository;
import dev.microtower.zones.store.jooq.JooqZoneRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenSessionTest {
    /** Each store port with the jOOQ implementation the session is expected to hold behind it. */
    private static final Map<Class<?>, Class<?>> PORTS = Map.of(
            NodeRepository.class, JooqNodeRepository.class,
            SkuRepository.class, JooqSkuRepository.class,
            StockRepository.class, JooqStockRepository.class,
            OrderRepository.class, JooqOrderRepository.class,
            ZoneRepository.class, JooqZoneRepository.class,
            RuleRepository.class, JooqRuleRepository.class,
            ScenarioRepository.class, JooqScenarioRepository.class,
            PlanRepository.class, JooqPlanRepository.class);

    /** Every service the session registers besides the stores. */
    private static final List<Class<?>> SERVICES = List.of(
            PlanningService.class,
            RebalancingService.class,
            OrderColumnsReader.class,
            PlanningRulesForecast.class,
            ScenarioService.class,
            Importer.class,
            Exporter.class,
            FeatureFiles.class);

    @TempDir
    Path dir;

    private OpenSession session;

    @BeforeEach
    void open() {
        session = OpenSession.open(dir.resolve("db"));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void everyStorePortIsFoundByItsInterfaceWithItsJooqImplementationBehindIt() {
        PORTS.forEach((port, implementation) -> {
            Object store = session.get(port);
            assertSame(implementation, store.getClass(), port.getSimpleName());
            assertSame(store, session.get(implementation), port.getSimpleName() + " by its implementation");
        });
    }

    @Test
    void theStoresFoundByTypeAreTheOnesTheServicesUse() {
        Stores stores = session.stores();
        assertSame(stores.nodes(), session.get(NodeRepository.class));
        assertSame(stores.skus(), session.get(SkuRepository.class));
        assertSame(stores.stock(), session.get(StockRepository.class));
        assertSame(stores.orders(), session.get(OrderRepository.class));
        assertSame(stores.zones(), session.get(ZoneRepository.class));
        assertSame(stores.rules(), session.get(RuleRepository.class));
        assertSame(stores.scenarios(), session.get(ScenarioRepository.class));
        assertSame(stores.plans(), session.get(PlanRepository.class));
        assertSame(session.planning(), session.get(PlanningService.class));
    }

    @Test
    void everyServiceIsFoundByItsClassAndByEachInterfaceItImplements() {
        for (Class<?> type : SERVICES) {
            Object service = session.get(type);
            for (Class<?> port : type.getInterfaces()) {
                assertSame(service, session.get(port), type.getSimpleName() + " as " + port.getSimpleName());
            }
        }
        assertTrue(session.get(RulesForecast.class) instanceof PlanningRulesForecast);
        assertSame(session.get(FeatureFiles.class), session.get(RuleFiles.class));
        assertSame(session.get(FeatureFiles.class), session.get(ZoneFiles.class));
    }

    @Test
    void aStoreFoundByItsPortWritesToTheSessionsDatabaseFile() {
        Fixtures.skus().forEach(session.get(SkuRepository.class)::save);
        session.get(NodeRepository.class).saveAll(ScenarioId.BASELINE, Fixtures.nodes());
        session.close();

        session = OpenSession.open(dir.resolve("db"));
        assertEquals(Fixtures.skus().size(), session.get(SkuRepository.class).count());
        assertEquals(Fixtures.nodes().size(), session.get(NodeRepository.class).count(ScenarioId.BASELINE));
    }

    @Test
    void aTypeTheSessionDoesNotOfferIsRefusedByName() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> session.get(Runnable.class));
        assertTrue(refused.getMessage().contains("Runnable"), refused.getMessage());
    }
}
