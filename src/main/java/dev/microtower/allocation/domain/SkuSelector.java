package dev.microtower.allocation.domain;

import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.inventory.domain.XyzClass;
import java.util.Collections;
import java.util.Set;

/**
 * Which SKUs a rule applies to. Every non-empty criterion must match; an empty criterion matches
 * everything, so {@link #ANY} selects the whole catalogue. ABC/XYZ classes are computed from
 * demand, so matching them needs the SKU's classes.
 */
public record SkuSelector(
        Set<String> categories,
        Set<TemperatureClass> temperatureClasses,
        Set<AbcClass> abcClasses,
        Set<XyzClass> xyzClasses,
        Set<String> tags,
        Set<SkuCode> skus) {

    public static final SkuSelector ANY = new SkuSelector(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public SkuSelector {
        categories = Set.copyOf(categories);
        temperatureClasses = Set.copyOf(temperatureClasses);
        abcClasses = Set.copyOf(abcClasses);
        xyzClasses = Set.copyOf(xyzClasses);
        tags = Set.copyOf(tags);
        skus = Set.copyOf(skus);
    }

    public boolean matches(Sku sku, AbcClass abc, XyzClass xyz) {
        return (categories.isEmpty() || categories.contains(sku.category()))
                && (temperatureClasses.isEmpty() || temperatureClasses.contains(sku.temperatureClass()))
                && (abcClasses.isEmpty() || abcClasses.contains(abc))
                && (xyzClasses.isEmpty() || xyzClasses.contains(xyz))
                && (tags.isEmpty() || !Collections.disjoint(tags, sku.tags()))
                && (skus.isEmpty() || skus.contains(sku.code()));
    }

    public boolean isAny() {
        return equals(ANY);
    }
}
