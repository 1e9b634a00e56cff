package dev.microtower.forecasting.domain;

import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.XyzClass;
import java.util.Map;

/**
 * ABC (share of units) and XYZ (coefficient of variation of daily demand) classes per SKU over
 * the whole network, and per node × SKU. A SKU with no demand is C and Z.
 */
public record DemandClasses(
        Map<SkuCode, AbcClass> abc,
        Map<SkuCode, XyzClass> xyz,
        Map<SeriesKey, AbcClass> nodeAbc,
        Map<SeriesKey, XyzClass> nodeXyz) {

    public DemandClasses {
        abc = FrozenMaps.copyOf(abc);
        xyz = FrozenMaps.copyOf(xyz);
        nodeAbc = FrozenMaps.copyOf(nodeAbc);
        nodeXyz = FrozenMaps.copyOf(nodeXyz);
    }

    public AbcClass abc(SkuCode sku) {
        return abc.getOrDefault(sku, AbcClass.C);
    }

    public XyzClass xyz(SkuCode sku) {
        return xyz.getOrDefault(sku, XyzClass.Z);
    }

    public AbcClass abcAt(SeriesKey key) {
        return nodeAbc.getOrDefault(key, AbcClass.C);
    }

    public XyzClass xyzAt(SeriesKey key) {
        return nodeXyz.getOrDefault(key, XyzClass.Z);
    }
}
