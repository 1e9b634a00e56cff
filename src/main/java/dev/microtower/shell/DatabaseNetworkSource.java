package dev.microtower.shell;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.inventory.store.jooq.JooqStockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.store.Database;
import java.util.List;

/** Reads the network of one scenario through the repositories. */
public final class DatabaseNetworkSource implements NetworkSource {
    private final ScenarioId scenario;
    private final NodeRepository nodes;
    private final SkuRepository skus;
    private final StockRepository stock;

    public DatabaseNetworkSource(Database database, ScenarioId scenario) {
        this.scenario = scenario;
        this.nodes = new JooqNodeRepository(database);
        this.skus = new JooqSkuRepository(database);
        this.stock = new JooqStockRepository(database);
    }

    @Override
    public List<Node> nodes() {
        return nodes.findAll(scenario);
    }

    @Override
    public List<Sku> skus() {
        return skus.findAll();
    }

    @Override
    public List<StockLevel> stockAt(NodeCode node) {
        return stock.findAtNode(scenario, node);
    }

    @Override
    public List<StockLevel> stockOf(SkuCode sku) {
        return stock.findOfSku(scenario, sku);
    }

    boolean isEmpty() {
        return nodes.count(scenario) == 0;
    }
}
