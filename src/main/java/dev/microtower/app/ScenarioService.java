package dev.microtower.app;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.core.ScenarioId;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.scenarios.domain.Changes;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.domain.ScenarioDifferences;
import dev.microtower.scenarios.domain.ScenarioDifferences.StockKey;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Scenarios as the command line and the window handle them: list, copy, delete, and compare two
 * scenarios by code. It lives in {@code app} because a comparison reads sites, stock, zones and
 * rules, which belong to features above {@code scenarios}. Toolkit-free; every call blocks, so
 * the window runs it on its IO lane.
 */
public final class ScenarioService {
    private final ScenarioRepository scenarios;
    private final NodeRepository nodes;
    private final StockRepository stock;
    private final ZoneRepository zones;
    private final RuleRepository rules;

    public ScenarioService(Stores stores) {
        this.scenarios = Objects.requireNonNull(stores.scenarios());
        this.nodes = stores.nodes();
        this.stock = stores.stock();
        this.zones = stores.zones();
        this.rules = stores.rules();
    }

    /** Every scenario, the baseline first, then in creation order. */
    public List<Scenario> list() {
        return scenarios.findAll();
    }

    public Optional<Scenario> find(ScenarioId id) {
        return scenarios.find(id);
    }

    /** A new scenario holding a copy of everything {@code parent} holds, in one transaction. */
    public Scenario copy(ScenarioId parent, String name) {
        return scenarios.copy(parent, name);
    }

    /** Removes a scenario with all its rows; the baseline cannot be removed. */
    public boolean delete(ScenarioId id) {
        return scenarios.delete(id);
    }

    /** What {@code to} holds differently from {@code from}: added, removed and changed, by code. */
    public ScenarioDifferences differences(ScenarioId from, ScenarioId to) {
        return new ScenarioDifferences(
                from,
                to,
                Changes.between(nodes.findAll(from), nodes.findAll(to), Node::code),
                Changes.between(stock.findAll(from), stock.findAll(to), ScenarioService::key),
                Changes.between(zones.findAll(from), zones.findAll(to), DeliveryZone::code),
                Changes.between(rules.findAll(from), rules.findAll(to), AllocationRule::name));
    }

    private static StockKey key(StockLevel level) {
        return new StockKey(level.node(), level.sku());
    }
}
