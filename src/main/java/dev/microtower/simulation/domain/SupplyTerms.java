package dev.microtower.simulation.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * The vendor terms a regional DC restocks one SKU with, and where each came from: the lead time
 * and the review period, each set for the SKU's category at that DC, set for the DC as a whole, or
 * the documented default. The category's setting beats the DC's, which beats the default.
 */
public record SupplyTerms(double leadTimeDays, Source leadTimeFrom, int reviewDays, Source reviewFrom) {
    /** Where a value came from. */
    public enum Source {
        CATEGORY("set for the category at this DC"),
        SITE("the DC's setting"),
        DEFAULT("the default");

        private final String words;

        Source(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public SupplyTerms {
        Objects.requireNonNull(leadTimeFrom, "lead time from");
        Objects.requireNonNull(reviewFrom, "review from");
    }

    /** The terms of a SKU of {@code category} at the DC {@code site}; {@code override} may be null. */
    public static SupplyTerms of(SiteOperations site, CategorySupply override) {
        double lead;
        Source leadFrom;
        if (override != null && override.supplyLeadTimeDays() != null) {
            lead = override.supplyLeadTimeDays();
            leadFrom = Source.CATEGORY;
        } else {
            lead = site.effectiveSupplyLeadTimeDays();
            leadFrom = site.supplyLeadTimeDays() == null ? Source.DEFAULT : Source.SITE;
        }
        int review;
        Source reviewFrom;
        if (override != null && override.supplyReviewDays() != null) {
            review = override.supplyReviewDays();
            reviewFrom = Source.CATEGORY;
        } else {
            review = site.effectiveSupplyReviewDays();
            reviewFrom = site.supplyReviewDays() == null ? Source.DEFAULT : Source.SITE;
        }
        return new SupplyTerms(lead, leadFrom, review, reviewFrom);
    }

    /** E.g. "vendor lead time 10 days (set for the category at this DC), ordered every 7 days (the default)". */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "vendor lead time %s (%s), ordered every %s (%s)",
                days(leadTimeDays),
                leadTimeFrom.words(),
                days(reviewDays),
                reviewFrom.words());
    }

    private static String days(double days) {
        String n = days == Math.rint(days) ? Long.toString((long) days) : String.format(Locale.ROOT, "%.1f", days);
        return n + (days == 1 ? " day" : " days");
    }
}
