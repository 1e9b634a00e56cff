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
 * The selling price is optional: without one, {@link #price()} is the cost times {@link
 * #DEFAULT_PRICE_FACTOR}, so lost sales can be priced for a catalogue that lists costs only.
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
        SortedSet<String> tags,
        BigDecimal unitPrice) {

    public static final Range UNIT_VOLUME_L = Range.atLeast(0);
    public static final Range UNIT_WEIGHT_KG = Range.atLeast(0);
    public static final Range UNIT_COST = Range.atLeast(0);
    public static final Range SHELF_LIFE_DAYS = Range.above(0);
    public static final Range UNIT_PRICE = Range.atLeast(0);

    /** Price = cost × 1.5 when a SKU has no price: a 33 % gross margin, typical of grocery e-commerce. */
    public static final BigDecimal DEFAULT_PRICE_FACTOR = new BigDecimal("1.5");

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
        if (unitPrice != null && !UNIT_PRICE.contains(unitPrice)) {
            throw new IllegalArgumentException("unit price must not be negative");
        }
        tags = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(tags == null ? new TreeSet<>() : tags));
    }

    /** A SKU without a selling price of its own. */
    public Sku(
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
        this(
                code,
                name,
                category,
                temperatureClass,
                unitVolumeL,
                unitWeightKg,
                unitCost,
                shelfLifeDays,
                bulky,
                tags,
                null);
    }

    /** The selling price: the SKU's own, else its cost times {@link #DEFAULT_PRICE_FACTOR}. */
    public double price() {
        return unitPrice != null
                ? unitPrice.doubleValue()
                : unitCost.multiply(DEFAULT_PRICE_FACTOR).doubleValue();
    }

    /** What a sale earns above cost: price − cost, never negative. */
    public double margin() {
        return Math.max(0, price() - unitCost.doubleValue());
    }
}
