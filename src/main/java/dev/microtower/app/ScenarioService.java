package dev.microtower.app;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.ZoneCode;
import dev.microtower.forecasting.engine.NetworkTimeZone;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.scenarios.domain.Changes;
import dev.microtower.scenarios.domain.Difference;
import dev.microtower.scenarios.domain.Difference.FieldChange;
import dev.microtower.scenarios.domain.FieldChanges;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.domain.ScenarioDifferences;
import dev.microtower.scenarios.domain.ScenarioDifferences.MultiplierKey;
import dev.microtower.scenarios.domain.ScenarioDifferences.StockKey;
import dev.microtower.scenarios.domain.ScenarioDifferences.SupplyKey;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.simulation.store.CategorySupplyRepository;
import dev.microtower.zones.domain.DeliveryZone;
import dev.microtower.zones.store.ZoneRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scenarios as the command line and the window handle them: list, copy, rename, annotate, delete,
 * promote to baseline, and compare two scenarios by code. It lives in {@code app} because a
 * comparison reads sites, stock, zones, rules and vendor supply, which belong to features above {@code
 * scenarios}. Toolkit-free; every call blocks, so the window runs it on its IO lane.
 */
public final class ScenarioService {
    private final ScenarioRepository scenarios;
    private final NodeRepository nodes;
    private final StockRepository stock;
    private final ZoneRepository zones;
    private final RuleRepository rules;
    private final CategorySupplyRepository vendorSupply;

    public ScenarioService(Stores stores) {
        this.scenarios = Objects.requireNonNull(stores.scenarios());
        this.nodes = stores.nodes();
        this.stock = stores.stock();
        this.zones = stores.zones();
        this.rules = stores.rules();
        this.vendorSupply = stores.categorySupply();
    }

    /** Every scenario, the baseline first, then in creation order. */
    public List<Scenario> list() {
        return scenarios.findAll();
    }

    public Optional<Scenario> find(ScenarioId id) {
        return scenarios.find(id);
    }

    public Optional<Scenario> findByName(String name) {
        return scenarios.findByName(name);
    }

    /** A new scenario holding a copy of everything {@code parent} holds, in one transaction. */
    public Scenario copy(ScenarioId parent, String name) {
        return scenarios.copy(parent, name);
    }

    /** A copy of {@code parent} named {@code name} with {@code notes} (may be blank). */
    public Scenario copy(ScenarioId parent, String name, String notes) {
        Scenario copy = scenarios.copy(parent, name);
        return notes == null || notes.isBlank() ? copy : scenarios.setNotes(copy.id(), notes);
    }

    public Scenario rename(ScenarioId id, String name) {
        return scenarios.rename(id, name);
    }

    public Scenario setNotes(ScenarioId id, String notes) {
        return scenarios.setNotes(id, notes);
    }

    /** Removes a scenario with all its rows; the baseline cannot be removed. */
    public boolean delete(ScenarioId id) {
        return scenarios.delete(id);
    }

    /**
     * Makes {@code promoted}'s content the baseline (see {@link ScenarioRepository#promote}); the
     * old baseline is kept as a scenario named "Baseline until" {@code today}.
     *
     * @return the scenario that keeps the old baseline
     */
    public Scenario promote(ScenarioId promoted, LocalDate today) {
        String name = "Baseline until " + today;
        for (int n = 2; scenarios.findByName(name).isPresent(); n++) {
            name = "Baseline until " + today + " (" + n + ")";
        }
        return scenarios.promote(promoted, name);
    }

    /** What {@code to} holds differently from {@code from}: added, removed and changed, by code. */
    public ScenarioDifferences differences(ScenarioId from, ScenarioId to) {
        List<Difference> items = new ArrayList<>();
        Changes<NodeCode> sites =
                compare(nodes.findAll(from), nodes.findAll(to), Node::code, "site", code -> code, items);
        // a copy that still shares its parent's stock rows (ADR 0017) holds the parent's stock: no
        // need to read both scenarios' rows (27,000 on the demo) to find no difference
        boolean sameRows = scenarios.stockOwner(from).equals(scenarios.stockOwner(to));
        Changes<StockKey> stocks = compare(
                sameRows ? List.of() : stock.findAll(from),
                sameRows ? List.of() : stock.findAll(to),
                ScenarioService::key,
                "stock",
                StockKey::node,
                items);
        Changes<ZoneCode> zoneChanges =
                compare(zones.findAll(from), zones.findAll(to), DeliveryZone::code, "zone", null, items);
        Changes<String> ruleChanges =
                compare(rules.findAll(from), rules.findAll(to), AllocationRule::name, "rule", null, items);
        Changes<MultiplierKey> multipliers = compare(
                scenarios.findMultipliers(from),
                scenarios.findMultipliers(to),
                MultiplierKey::of,
                "demand change",
                MultiplierKey::node,
                items);
        Changes<SupplyKey> supply = compare(
                vendorSupply.findAll(from),
                vendorSupply.findAll(to),
                c -> new SupplyKey(c.node(), c.category()),
                "vendor supply",
                SupplyKey::node,
                items);
        FieldChange zone = timeZoneChange(from, to);
        if (zone != null) {
            items.add(new Difference("network", "time zone", "changed", List.of(zone), null));
        }
        return new ScenarioDifferences(
                from, to, sites, stocks, zoneChanges, ruleChanges, multipliers, supply, zone, items);
    }

    /**
     * The two scenarios' network time zones as words when they differ, else null: the stored
     * setting, or the guess from the sites marked "(guessed)" when none is stored.
     */
    private FieldChange timeZoneChange(ScenarioId from, ScenarioId to) {
        String before = timeZoneWords(from);
        String after = timeZoneWords(to);
        return before.equals(after) ? null : new FieldChange("days counted in", before, after);
    }

    private String timeZoneWords(ScenarioId scenario) {
        return scenarios
                .findTimeZone(scenario)
                .map(NetworkTimeZone::describe)
                .orElseGet(
                        () -> NetworkTimeZone.describe(NetworkTimeZone.guess(nodes.findAll(scenario))) + " (guessed)");
    }

    /**
     * Compares one kind of row and adds a {@link Difference} per row to {@code items}; {@code site}
     * finds the site a row belongs to (null: none).
     */
    private static <K extends Comparable<? super K>, V extends Record> Changes<K> compare(
            Collection<V> before,
            Collection<V> after,
            Function<V, K> key,
            String entity,
            Function<K, NodeCode> site,
            List<Difference> items) {
        Changes<K> changes = Changes.between(before, after, key);
        Map<K, V> old = byKey(before, key);
        Map<K, V> now = byKey(after, key);
        for (K added : changes.added()) {
            items.add(
                    new Difference(entity, added.toString(), "added", List.of(), siteOf(site, added, now.get(added))));
        }
        for (K removed : changes.removed()) {
            items.add(new Difference(
                    entity, removed.toString(), "removed", List.of(), siteOf(site, removed, old.get(removed))));
        }
        for (K changed : changes.changed()) {
            V was = old.get(changed);
            V is = now.get(changed);
            List<FieldChange> fields = readable(FieldChanges.between(was, is));
            items.add(new Difference(
                    entity, changed.toString(), verb(was, is, fields), fields, siteOf(site, changed, is)));
        }
        return changes;
    }

    private static <K, V> NodeCode siteOf(Function<K, NodeCode> site, K key, V row) {
        if (row instanceof DeliveryZone zone) {
            return zone.node();
        }
        return site == null ? null : site.apply(key);
    }

    /** A zone's outline is too long to print: say that it was redrawn. */
    private static List<FieldChange> readable(List<FieldChange> fields) {
        return fields.stream()
                .map(f -> f.field().equals("area") ? new FieldChange("area", "old outline", "redrawn") : f)
                .toList();
    }

    private static String verb(Record was, Record is, List<FieldChange> fields) {
        if (was instanceof Node old && is instanceof Node now) {
            if (now.status() == NodeStatus.CLOSED && old.status() != NodeStatus.CLOSED) {
                return "closed";
            }
            if (FieldChanges.changed(fields, "location")) {
                return "moved";
            }
        }
        return "changed";
    }

    private static <K extends Comparable<? super K>, V> Map<K, V> byKey(Collection<V> rows, Function<V, K> key) {
        Map<K, V> map = new TreeMap<>();
        for (V row : rows) {
            map.put(key.apply(row), row);
        }
        return map;
    }

    private static StockKey key(StockLevel level) {
        return new StockKey(level.node(), level.sku());
    }
}
