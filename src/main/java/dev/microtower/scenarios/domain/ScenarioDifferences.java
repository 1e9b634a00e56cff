package dev.microtower.scenarios.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What a planner changed in one scenario compared with another, by code: sites, stock (a SKU at a
 * site), delivery zones, allocation rules (by name) and demand changes (by site, category and
 * window) and the regional DCs' vendor supply per category (by site and category) that were
 * added, removed or changed; the network time zone the days are counted in ({@code timeZone}, its
 * two values as words, null when both count in the same); and the same as a list of {@link
 * Difference}s with each changed field's old and new value, sites first, in the order the lists
 * above are sorted, the time zone last.
 */
public record ScenarioDifferences(
        ScenarioId from,
        ScenarioId to,
        Changes<NodeCode> sites,
        Changes<StockKey> stock,
        Changes<ZoneCode> zones,
        Changes<String> rules,
        Changes<MultiplierKey> multipliers,
        Changes<SupplyKey> vendorSupply,
        Difference.FieldChange timeZone,
        List<Difference> items) {
    public ScenarioDifferences {
        Objects.requireNonNull(vendorSupply, "vendor supply");
        Objects.requireNonNull(multipliers, "multipliers");
        items = List.copyOf(items);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sites, "sites");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(zones, "zones");
        Objects.requireNonNull(rules, "rules");
    }

    /**
     * True when the two scenarios hold the same sites, stock, zones, rules, demand changes and vendor
     * supply, and count their days in the same time zone.
     */
    public boolean isEmpty() {
        return timeZone == null
                && sites.isEmpty()
                && stock.isEmpty()
                && zones.isEmpty()
                && rules.isEmpty()
                && multipliers.isEmpty()
                && vendorSupply.isEmpty();
    }

    /**
     * A demand change's name within a scenario: its site ({@code null}: every site), category
     * ({@code null}: every category) and window (either end may be open). Demand changes have no
     * code, so two scenarios' are matched by these.
     */
    public record MultiplierKey(NodeCode node, String category, LocalDate from, LocalDate to)
            implements Comparable<MultiplierKey> {
        private static final Comparator<MultiplierKey> ORDER = Comparator.comparing(
                        MultiplierKey::node, Comparator.nullsFirst(Comparator.<NodeCode>naturalOrder()))
                .thenComparing(MultiplierKey::category, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparing(MultiplierKey::from, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(MultiplierKey::to, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));

        public static MultiplierKey of(DemandMultiplier multiplier) {
            return new MultiplierKey(
                    multiplier.node(), multiplier.category(), multiplier.validFrom(), multiplier.validTo());
        }

        @Override
        public int compareTo(MultiplierKey other) {
            return ORDER.compare(this, other);
        }

        /** E.g. "every category at MFC-3, 2026-12-01 to 2026-12-31". */
        @Override
        public String toString() {
            String what = category == null ? "every category" : category;
            String where = node == null ? "at every site" : "at " + node.value();
            String when = from == null && to == null
                    ? "always"
                    : (from == null ? "until " + to : to == null ? "from " + from : from + " to " + to);
            return what + " " + where + ", " + when;
        }
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

    /** A regional DC's vendor supply of one SKU category, named within a scenario by site and category. */
    public record SupplyKey(NodeCode node, String category) implements Comparable<SupplyKey> {
        private static final Comparator<SupplyKey> ORDER =
                Comparator.comparing(SupplyKey::node).thenComparing(SupplyKey::category);

        public SupplyKey {
            Objects.requireNonNull(node, "node");
            Objects.requireNonNull(category, "category");
        }

        @Override
        public int compareTo(SupplyKey other) {
            return ORDER.compare(this, other);
        }

        /** E.g. "frozen at DC-NORTH". */
        @Override
        public String toString() {
            return category + " at " + node.value();
        }
    }
}
