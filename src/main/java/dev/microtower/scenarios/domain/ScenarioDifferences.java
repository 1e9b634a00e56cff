package dev.microtower.scenarios.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import java.util.Comparator;
import java.util.Objects;

/**
 * What a planner changed in one scenario compared with another, by code: sites, stock (a SKU at a
 * site), delivery zones and allocation rules (by name) that were added, removed or changed.
 */
public record ScenarioDifferences(
        ScenarioId from,
        ScenarioId to,
        Changes<NodeCode> sites,
        Changes<StockKey> stock,
        Changes<ZoneCode> zones,
        Changes<String> rules) {
    public ScenarioDifferences {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sites, "sites");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(zones, "zones");
        Objects.requireNonNull(rules, "rules");
    }

    /** True when the two scenarios hold the same sites, stock, zones and rules. */
    public boolean isEmpty() {
        return sites.isEmpty() && stock.isEmpty() && zones.isEmpty() && rules.isEmpty();
    }

    /** A stock row's name within a scenario: a SKU at a site. */
    public record StockKey(NodeCode node, SkuCode sku) implements Comparable<StockKey> {
        private static final Comparator<StockKey> ORDER =
                Comparator.comparing(StockKey::node).thenComparing(StockKey::sku);

        public StockKey {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(sku, "sku");
        }

        @Override
        public int compareTo(StockKey other) {
            return ORDER.compare(this, other);
        }

        @Override
        public String toString() {
            return sku.value() + " at " + node.value();
        }
    }
}
