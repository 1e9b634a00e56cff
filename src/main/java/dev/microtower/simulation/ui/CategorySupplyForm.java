package dev.microtower.simulation.ui;

import dev.microtower.core.NodeCode;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.domain.SiteOperations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the inspector's "vendor supply by category" form: a category, a lead time and the days
 * between two orders, each value optional but not both. A bad value gives a message that names
 * the field as the form labels it; nothing is saved then. Toolkit-free, so it is tested without a
 * window.
 */
final class CategorySupplyForm {
    static final String CATEGORY = "Category";
    static final String LEAD_TIME = "Vendor lead time (days)";
    static final String REVIEW = "Order every (days)";

    /** The form's row, or the problem with it. */
    record Parsed(CategorySupply row, String problem) {}

    private CategorySupplyForm() {}

    static Parsed parse(NodeCode site, String category, String leadTime, String review) {
        if (category == null || category.isBlank()) {
            return problem(CATEGORY + ": choose a category");
        }
        Double lead = null;
        String leadText = leadTime == null ? "" : leadTime.trim();
        if (!leadText.isEmpty()) {
            try {
                lead = Double.parseDouble(leadText.replace(',', '.'));
            } catch (NumberFormatException e) {
                return problem(LEAD_TIME + ": '" + leadText + "' is not a number");
            }
            if (!Double.isFinite(lead) || !SiteOperations.SUPPLY_LEAD_TIME_DAYS.contains(lead)) {
                return problem(LEAD_TIME + ": must be 0 or more");
            }
        }
        Integer every = null;
        String reviewText = review == null ? "" : review.trim();
        if (!reviewText.isEmpty()) {
            try {
                every = Integer.parseInt(reviewText);
            } catch (NumberFormatException e) {
                return problem(REVIEW + ": '" + reviewText + "' is not a whole number of days");
            }
            if (!SiteOperations.SUPPLY_REVIEW_DAYS.contains(every)) {
                return problem(REVIEW + ": must be 1 or more");
            }
        }
        if (lead == null && every == null) {
            return problem(LEAD_TIME + ": give a lead time or how often to order, or both");
        }
        return new Parsed(new CategorySupply(site, category.trim(), lead, every), null);
    }

    /** {@code rows} with {@code row} set (added, or in place of the row of its category), by category. */
    static List<CategorySupply> with(List<CategorySupply> rows, CategorySupply row) {
        List<CategorySupply> next = new ArrayList<>(without(rows, row.category()));
        next.add(row);
        next.sort(Comparator.comparing(CategorySupply::category));
        return next;
    }

    /** {@code rows} without the row of {@code category}. */
    static List<CategorySupply> without(List<CategorySupply> rows, String category) {
        return rows.stream().filter(r -> !r.category().equals(category)).toList();
    }

    private static Parsed problem(String message) {
        return new Parsed(null, message);
    }
}
