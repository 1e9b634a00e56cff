package dev.microtower.network.domain;

import dev.microtower.core.NodeCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What hangs on one site of a scenario, read before it is deleted so the user is told what goes
 * with it: its stock rows (and units on hand), its delivery zones and demand changes (the schema
 * deletes these with the site, as it does the regional DC's vendor supply by category), the pickup points it serves (these block the deletion: a pickup
 * point must always have a serving site) and the sites it replenishes (their replenishment source
 * is cleared).
 */
public record NodeDependents(
        NodeCode node,
        int stockRows,
        long unitsOnHand,
        int zones,
        int demandChanges,
        int categorySupply,
        List<NodeCode> pickupPointsServed,
        List<NodeCode> sitesReplenished) {
    public NodeDependents {
        Objects.requireNonNull(node, "node");
        pickupPointsServed = List.copyOf(pickupPointsServed);
        sitesReplenished = List.copyOf(sitesReplenished);
    }

    /** Whether the site may be deleted now: no pickup point would be left without a serving site. */
    public boolean deletable() {
        return pickupPointsServed.isEmpty();
    }

    /**
     * What deleting the site does, in a planner's words: "Deletes 120 stock rows (3,400 units on
     * hand) and 2 delivery zones. 1 site loses its replenishment source (DS-1)."
     */
    public String describe() {
        List<String> goes = new ArrayList<>();
        goes.add(count(stockRows, "stock row")
                + (unitsOnHand > 0 ? String.format(" (%,d units on hand)", unitsOnHand) : ""));
        goes.add(count(zones, "delivery zone"));
        if (demandChanges > 0) {
            goes.add(count(demandChanges, "demand change"));
        }
        if (categorySupply > 0) {
            goes.add(count(categorySupply, "vendor supply row") + " by category");
        }
        StringBuilder text = new StringBuilder("Deletes ").append(node).append(" with ");
        text.append(join(goes)).append('.');
        if (!sitesReplenished.isEmpty()) {
            text.append(' ')
                    .append(count(sitesReplenished.size(), "site"))
                    .append(sitesReplenished.size() == 1 ? " loses" : " lose")
                    .append(" its replenishment source (")
                    .append(codes(sitesReplenished))
                    .append(").");
        }
        if (!pickupPointsServed.isEmpty()) {
            text.append(' ')
                    .append(count(pickupPointsServed.size(), "pickup point"))
                    .append(pickupPointsServed.size() == 1 ? " would" : " would")
                    .append(" lose its serving site (")
                    .append(codes(pickupPointsServed))
                    .append("): choose another serving site for ")
                    .append(pickupPointsServed.size() == 1 ? "it" : "them")
                    .append(" first.");
        }
        return text.toString();
    }

    private static String count(long n, String what) {
        return String.format("%,d %s%s", n, what, n == 1 ? "" : "s");
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String codes(List<NodeCode> codes) {
        List<String> shown = codes.stream().limit(5).map(NodeCode::value).toList();
        return String.join(", ", shown) + (codes.size() > 5 ? " and " + (codes.size() - 5) + " more" : "");
    }
}
