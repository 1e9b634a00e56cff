package dev.microtower.demo;

import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.domain.NodeType;
import java.util.BitSet;
import java.util.List;

/**
 * Which SKUs each stocked site carries, roughly as the starting allocation rules say, with the
 * over-distribution real networks have: MFCs carry some slow movers the rules would centralise,
 * dark stores a few lines beyond the fast movers.
 */
final class Assortments {
    private Assortments() {}

    /** The fast movers a dark store or an express basket draws from. */
    static int expressCut(int skuCount) {
        return (int) Math.min(300, Math.max(20, skuCount * 0.15));
    }

    static boolean express(DemoSku sku, int expressCut) {
        return sku.rank() < expressCut
                && !sku.bulky()
                && sku.temperatureClass() != TemperatureClass.FROZEN
                && !sku.category().equals(SkuCatalogue.PHARMACY);
    }

    /** One bit set per node (empty for nodes that hold no stock), indexed by SKU index. */
    static BitSet[] build(List<DemoNode> nodes, List<DemoSku> skus, Rng rng) {
        int n = skus.size();
        int expressCut = expressCut(n);
        int mfcCore = (int) Math.min(3000, Math.round(n * 0.65));
        int hubCore = (int) Math.min(1500, Math.round(n * 0.4));
        // a few hundred strays per site, not thousands, when the catalogue is huge
        double mfcStray = Math.min(0.08, 400.0 / n);
        double hubStray = Math.min(0.05, 250.0 / n);
        BitSet[] carried = new BitSet[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            DemoNode node = nodes.get(i);
            BitSet set = new BitSet(n);
            carried[i] = set;
            if (!node.stocked()) {
                continue;
            }
            for (DemoSku sku : skus) {
                boolean pharmacy = sku.category().equals(SkuCatalogue.PHARMACY);
                boolean frozen = sku.temperatureClass() == TemperatureClass.FROZEN;
                boolean carries =
                        switch (node.type()) {
                            case REGIONAL_DC -> true;
                            case MICRO_FULFILLMENT_CENTER ->
                                !sku.bulky()
                                        && (!pharmacy || node.pharmacyLicensed())
                                        && (sku.rank() < mfcCore || rng.chance(mfcStray));
                            case DARK_STORE ->
                                express(sku, expressCut)
                                        ? !rng.chance(0.05)
                                        : !sku.bulky()
                                                && !frozen
                                                && !pharmacy
                                                && sku.rank() < 2 * expressCut
                                                && rng.chance(0.07);
                            case MICRO_HUB ->
                                sku.bulky() || (!frozen && !pharmacy && (sku.rank() < hubCore || rng.chance(hubStray)));
                            default -> node.type() == NodeType.STORE && sku.rank() < mfcCore;
                        };
                if (carries) {
                    set.set(sku.index());
                }
            }
        }
        return carried;
    }
}
