package dev.microtower.network.ui;

import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Finds sites and SKUs by code or name as the user types; exact codes rank first. */
final class SearchIndex {
    enum Kind {
        SITE,
        SKU
    }

    /** One suggestion: a site or a SKU. */
    record Hit(Kind kind, String code, String name, String detail) {
        @Override
        public String toString() {
            return code + " — " + name + " (" + detail + ")";
        }
    }

    private record Entry(Hit hit, String code, String name) {}

    private final List<Entry> entries;

    SearchIndex(List<Node> nodes, List<Sku> skus) {
        List<Entry> all = new ArrayList<>(nodes.size() + skus.size());
        for (Node node : nodes) {
            all.add(entry(new Hit(
                    Kind.SITE, node.code().value(), node.name(), node.type().label())));
        }
        for (Sku sku : skus) {
            all.add(entry(new Hit(Kind.SKU, sku.code().value(), sku.name(), "SKU · " + sku.category())));
        }
        entries = List.copyOf(all);
    }

    private static Entry entry(Hit hit) {
        return new Entry(hit, hit.code().toLowerCase(Locale.ROOT), hit.name().toLowerCase(Locale.ROOT));
    }

    List<Hit> find(String query, int limit) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        record Ranked(Hit hit, int rank) {}
        List<Ranked> ranked = new ArrayList<>();
        for (Entry e : entries) {
            int rank = e.code.equals(needle)
                    ? 0
                    : e.code.startsWith(needle)
                            ? 1
                            : e.name.startsWith(needle)
                                    ? 2
                                    : e.name.contains(needle) || e.code.contains(needle) ? 3 : -1;
            if (rank >= 0) {
                ranked.add(new Ranked(e.hit, rank));
            }
        }
        return ranked.stream()
                .sorted(Comparator.comparingInt(Ranked::rank)
                        .thenComparing(r -> r.hit().kind())
                        .thenComparing(r -> r.hit().code()))
                .limit(limit)
                .map(Ranked::hit)
                .toList();
    }
}
