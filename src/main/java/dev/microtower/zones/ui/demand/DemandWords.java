package dev.microtower.zones.ui.demand;

import dev.microtower.scenarios.domain.DemandMultiplier;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A demand change in a manager's words: "×1.3 for Dairy in zone SJ-SAMEDAY, 1–31 Dec 2026". */
final class DemandWords {
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private DemandWords() {}

    static String describe(DemandMultiplier m) {
        String what = m.sku() != null
                ? " for SKU " + m.sku()
                : m.category() != null ? " for " + m.category() : " for all products";
        String where = m.node() != null
                ? " at site " + m.node()
                : m.zone() != null
                        ? " in zone " + m.zone()
                        : m.area() != null ? " in a drawn area of " + m.area().size() + " corners" : " everywhere";
        return factor(m.factor()) + what + where + ", " + window(m.validFrom(), m.validTo());
    }

    static String factor(double factor) {
        String text = String.format(Locale.ROOT, "%.2f", factor);
        return "×" + text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    static String window(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "all dates";
        }
        if (from == null) {
            return "until " + to.format(DAY_MONTH_YEAR);
        }
        if (to == null) {
            return "from " + from.format(DAY_MONTH_YEAR);
        }
        if (from.equals(to)) {
            return from.format(DAY_MONTH_YEAR);
        }
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + to.format(DAY_MONTH_YEAR);
        }
        if (from.getYear() == to.getYear()) {
            return from.format(DAY_MONTH) + " – " + to.format(DAY_MONTH_YEAR);
        }
        return from.format(DAY_MONTH_YEAR) + " – " + to.format(DAY_MONTH_YEAR);
    }
}
