package dev.microtower.heatmaps.domain;

import dev.microtower.inventory.domain.Sku;
import java.util.Objects;

/**
 * Which part of the assortment a heatmap shows: everything, one category, or one SKU.
 *
 * @param value the category name or the SKU code; empty for {@link Kind#ALL}
 * @param label what the selector shows, e.g. "SKU-0001 Milk 1 l"
 */
public record AssortmentFilter(Kind kind, String value, String label) {
    public enum Kind {
        ALL,
        CATEGORY,
        SKU
    }

    public static final AssortmentFilter ALL = new AssortmentFilter(Kind.ALL, "", "Whole assortment");

    public AssortmentFilter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }

    public static AssortmentFilter category(String category) {
        return new AssortmentFilter(Kind.CATEGORY, category, "Category: " + category);
    }

    public static AssortmentFilter sku(Sku sku) {
        return new AssortmentFilter(Kind.SKU, sku.code().value(), sku.code().value() + " " + sku.name());
    }

    /** What a selector offers for {@code catalogue}: everything, then each category, then each SKU, sorted. */
    public static java.util.List<AssortmentFilter> choices(java.util.Collection<Sku> catalogue) {
        java.util.List<AssortmentFilter> choices = new java.util.ArrayList<>();
        choices.add(ALL);
        catalogue.stream()
                .map(Sku::category)
                .distinct()
                .sorted()
                .map(AssortmentFilter::category)
                .forEach(choices::add);
        catalogue.stream()
                .sorted(java.util.Comparator.comparing(s -> s.code().value()))
                .map(AssortmentFilter::sku)
                .forEach(choices::add);
        return choices;
    }

    public boolean matches(Sku sku) {
        return switch (kind) {
            case ALL -> true;
            case CATEGORY -> sku.category().equals(value);
            case SKU -> sku.code().value().equals(value);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
