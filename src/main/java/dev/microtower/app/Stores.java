package dev.microtower.app;

import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.allocation.store.jooq.JooqRuleRepository;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.orders.store.jooq.JooqOrderRepository;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.rebalancing.store.jooq.JooqPlanRepository;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.simulation.store.CategorySupplyRepository;
import dev.microtower.simulation.store.jooq.JooqCategorySupplyRepository;
import dev.microtower.store.Database;
import dev.microtower.zones.store.ZoneRepository;
import dev.microtower.zones.store.jooq.JooqZoneRepository;

/**
 * Every store of one open database, in one place: the application services, the command line and
 * the window reach the data through these and never build a store themselves. Each store is a
 * port (an interface in its feature's {@code store} package) that returns domain records and runs
 * each of its writes in one transaction; {@link #of} puts the jOOQ implementations behind them.
 */
public interface Stores {
    NodeRepository nodes();

    SkuRepository skus();

    StockRepository stock();

    OrderRepository orders();

    ZoneRepository zones();

    RuleRepository rules();

    ScenarioRepository scenarios();

    PlanRepository plans();

    /** The regional DCs' vendor supply per SKU category. */
    CategorySupplyRepository categorySupply();

    /** The jOOQ implementations of the store ports, on {@code database}. */
    static Stores of(Database database) {
        NodeRepository nodes = new JooqNodeRepository(database);
        SkuRepository skus = new JooqSkuRepository(database);
        StockRepository stock = new JooqStockRepository(database);
        OrderRepository orders = new JooqOrderRepository(database);
        ZoneRepository zones = new JooqZoneRepository(database);
        RuleRepository rules = new JooqRuleRepository(database);
        ScenarioRepository scenarios = new JooqScenarioRepository(database);
        PlanRepository plans = new JooqPlanRepository(database);
        CategorySupplyRepository categorySupply = new JooqCategorySupplyRepository(database);
        return new Stores() {
            @Override
            public NodeRepository nodes() {
                return nodes;
            }

            @Override
            public SkuRepository skus() {
                return skus;
            }

            @Override
            public StockRepository stock() {
                return stock;
            }

            @Override
            public OrderRepository orders() {
                return orders;
            }

            @Override
            public ZoneRepository zones() {
                return zones;
            }

            @Override
            public RuleRepository rules() {
                return rules;
            }

            @Override
            public ScenarioRepository scenarios() {
                return scenarios;
            }

            @Override
            public PlanRepository plans() {
                return plans;
            }

            @Override
            public CategorySupplyRepository categorySupply() {
                return categorySupply;
            }
        };
    }
}
