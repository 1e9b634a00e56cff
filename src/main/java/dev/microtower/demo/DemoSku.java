package dev.microtower.demo;

import dev.microtower.inventory.domain.TemperatureClass;
import java.util.SortedSet;

/**
 * A generated SKU with what the generator needs beyond the catalogue columns: its popularity rank
 * (0 = the fastest mover) and its share of demand.
 */
record DemoSku(
        int index,
        String code,
        String name,
        String category,
        TemperatureClass temperatureClass,
        double unitVolumeL,
        double unitWeightKg,
        double unitCost,
        Integer shelfLifeDays,
        boolean bulky,
        SortedSet<String> tags,
        int rank,
        double popularity) {

    /**
     * The selling price: cost plus a markup of 35 to 65 % that varies with the SKU's place in the
     * catalogue (no random draw, so adding the price left every other generated number as it was).
     */
    double unitPrice() {
        return Fixed.round(unitCost * (1.35 + 0.05 * (index % 7)), 2);
    }

    boolean prescription() {
        return tags.contains(SkuCatalogue.TAG_RX);
    }

    /** Units per case, which is how small sites get replenished and so their least stock. */
    int casePack() {
        if (bulky || unitVolumeL > 8) {
            return 2;
        }
        if (unitVolumeL > 2) {
            return 6;
        }
        return unitVolumeL > 0.5 ? 12 : 24;
    }
}
