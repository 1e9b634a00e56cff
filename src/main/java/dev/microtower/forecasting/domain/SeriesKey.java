package dev.microtower.forecasting.domain;

import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import java.util.Comparator;
import java.util.Objects;

/** Identifies one demand series: one SKU at one node. */
public record SeriesKey(NodeCode node, SkuCode sku) implements Comparable<SeriesKey> {
    private static final Comparator<SeriesKey> ORDER =
            Comparator.comparing(SeriesKey::node).thenComparing(SeriesKey::sku);

    public SeriesKey {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(sku, "sku");
    }

    public static SeriesKey of(NodeCode node, SkuCode sku) {
        return new SeriesKey(node, sku);
    }

    @Override
    public int compareTo(SeriesKey other) {
        return ORDER.compare(this, other);
    }
}
