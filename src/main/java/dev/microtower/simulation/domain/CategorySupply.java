package dev.microtower.simulation.domain;

import dev.microtower.core.NodeCode;
import java.util.Objects;

/**
 * How a regional DC buys one SKU category from its vendors when that differs from the rest of its
 * assortment: the vendors' lead time and the days between two vendor orders for that category. A
 * field left {@code null} keeps the DC's own value ({@link SiteOperations}); at least one is given,
 * else the row would say nothing. The ranges are the DC's.
 */
public record CategorySupply(NodeCode node, String category, Double supplyLeadTimeDays, Integer supplyReviewDays) {
    public CategorySupply {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(category, "category");
        if (category.isBlank()) {
            throw new IllegalArgumentException("the category is blank");
        }
        if (supplyLeadTimeDays == null && supplyReviewDays == null) {
            throw new IllegalArgumentException("give a supply lead time or supply review days, or both");
        }
        SiteOperations.SUPPLY_LEAD_TIME_DAYS.requireOrNull(supplyLeadTimeDays, "supply lead time");
        if (supplyReviewDays != null) {
            SiteOperations.SUPPLY_REVIEW_DAYS.require(supplyReviewDays, "supply review days");
        }
    }
}
