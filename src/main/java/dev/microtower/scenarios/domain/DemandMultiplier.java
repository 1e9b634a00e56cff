package dev.microtower.scenarios.domain;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.Range;
import dev.microtower.core.SkuCode;
import dev.microtower.core.ZoneCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A what-if on demand in a scenario (a "demand change"): multiply demand by a factor between two
 * dates (either may be open), for one SKU ({@code sku}), one SKU category ({@code category}) or
 * everything (both {@code null}), in one district or everywhere. The district is at most one of:
 * a site's own demand ({@code node}), the customers inside a delivery zone of the scenario ({@code
 * zone}) or inside a drawn polygon ({@code area}, its corners in order, not closed). The planning
 * chain turns a zone or polygon into factors per site, weighted by the share of each site's
 * demand whose customers are inside, so only {@link #appliesTo} a site's demand directly when it
 * names a site or no district.
 */
public record DemandMultiplier(
        NodeCode node,
        String category,
        double factor,
        LocalDate validFrom,
        LocalDate validTo,
        String note,
        SkuCode sku,
        ZoneCode zone,
        List<GeoPoint> area) {
    public static final Range FACTOR = Range.atLeast(0);

    public DemandMultiplier {
        FACTOR.require(factor, "demand factor");
        if (validFrom != null && validTo != null && validFrom.isAfter(validTo)) {
            throw new IllegalArgumentException("demand multiplier window ends before it starts");
        }
        area = area == null ? null : List.copyOf(area);
        if (area != null && area.size() < 3) {
            throw new IllegalArgumentException("a drawn district needs at least 3 corners");
        }
        int districts = (node == null ? 0 : 1) + (zone == null ? 0 : 1) + (area == null ? 0 : 1);
        if (districts > 1) {
            throw new IllegalArgumentException("a demand change is for one district: a site, a zone or a drawn area");
        }
    }

    /** A change of one site's demand (or everywhere, {@code node == null}) for a category or everything. */
    public DemandMultiplier(
            NodeCode node, String category, double factor, LocalDate validFrom, LocalDate validTo, String note) {
        this(node, category, factor, validFrom, validTo, note, null, null, null);
    }

    /** Whether the change covers a district of customers (a zone or a drawn area) rather than sites. */
    public boolean byDistrict() {
        return zone != null || area != null;
    }

    /** The same change for one site's demand, with {@code newFactor}: a district resolved to a site. */
    public DemandMultiplier forSite(NodeCode site, double newFactor) {
        return new DemandMultiplier(site, category, newFactor, validFrom, validTo, note, sku, null, null);
    }

    /** Whether the change covers demand of this SKU and category (its district aside). */
    public boolean covers(SkuCode someSku, String someCategory) {
        return (sku == null || sku.equals(someSku)) && (category == null || category.equals(someCategory));
    }

    /** Whether the change covers this day. */
    public boolean covers(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * Whether the change multiplies the demand of {@code someNode} for this SKU and category on
     * {@code day}; a change by district never does until it is resolved to sites ({@link #forSite}).
     */
    public boolean appliesTo(NodeCode someNode, SkuCode someSku, String someCategory, LocalDate day) {
        return !byDistrict() && (node == null || node.equals(someNode)) && covers(someSku, someCategory) && covers(day);
    }

    /** As {@link #appliesTo(NodeCode, SkuCode, String, LocalDate)} for a caller that knows no SKU. */
    public boolean appliesTo(NodeCode someNode, String someCategory, LocalDate day) {
        return sku == null && appliesTo(someNode, null, someCategory, day);
    }

    /** "×1.3 in Z-OAK-1", "×0.8 for SKU-1 at DS-SF", for the map and the panel. */
    public String label() {
        String what = sku != null ? " for " + sku : category != null ? " for " + category : "";
        String where = node != null
                ? " at " + node
                : zone != null ? " in " + zone : area != null ? " in the drawn area" : " everywhere";
        return String.format(Locale.ROOT, "×%s%s%s", trim(factor), what, where);
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
