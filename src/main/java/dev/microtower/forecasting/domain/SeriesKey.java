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

    /**
     * As a record's own, written out: the generated one runs through method handles, which a JVM
     * that has not compiled them yet runs slowly, and the forecast kept in the file puts some
     * 150,000 keys into maps while the window opens. The same hash as the generated one (31 times
     * the node's plus the SKU's), so maps keep their order.
     */
    @Override
    public int hashCode() {
        return 31 * node.hashCode() + sku.hashCode();
    }

    /** As a record's own, written out (see {@link #hashCode()}); the codec shares one key object per key. */
    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof SeriesKey k && node.equals(k.node) && sku.equals(k.sku));
    }

    @Override
    public int compareTo(SeriesKey other) {
        return ORDER.compare(this, other);
    }
}
