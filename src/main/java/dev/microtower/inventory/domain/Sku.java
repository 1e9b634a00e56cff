package dev.microtower.inventory.domain;

import static dev.microtower.core.Requirements.requireText;

import dev.microtower.core.Range;
import dev.microtower.core.SkuCode;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A stock-keeping unit of the catalogue, shared by all scenarios. Volume is in litres per unit,
 * weight in kilograms per unit, cost in the network's currency per unit; shelf life is {@code
 * null} for goods that do not expire. Tags are free labels ("promo", "organic") rules can select.
 */
public record Sku(
        SkuCode code,
        String name,
        String category,
        TemperatureClass temperatureClass,
        double unitVolumeL,
        double unitWeightKg,
        BigDecimal unitCost,
        Integer shelfLifeDays,
        boolean bulky,
        SortedSet<String> tags) {

    public static final Range UNIT_VOLUME_L = Range.atLeast(0);
    public static final Range UNIT_WEIGHT_KG = Range.atLeast(0);
    public static final Range UNIT_COST = Range.atLeast(0);
    public static final Range SHELF_LIFE_DAYS = Range.above(0);

    public Sku {
        Objects.requireNonNull(code, "code");
        requireText(name, "name");
        requireText(category, "category");
        Objects.requireNonNull(temperatureClass, "temperature class");
        UNIT_VOLUME_L.require(unitVolumeL, "unit volume");
        UNIT_WEIGHT_KG.require(unitWeightKg, "unit weight");
        Objects.requireNonNull(unitCost, "unit cost");
        if (!UNIT_COST.contains(unitCost)) {
            throw new IllegalArgumentException("unit cost must not be negative");
        }
        if (shelfLifeDays != null && !SHELF_LIFE_DAYS.contains(shelfLifeDays)) {
            throw new IllegalArgumentException("shelf life must be positive: " + shelfLifeDays);
        }
        tags = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(tags == null ? new TreeSet<>() : tags));
    }
}
