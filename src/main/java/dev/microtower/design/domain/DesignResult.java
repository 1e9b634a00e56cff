package dev.microtower.design.domain;

import java.util.List;
import java.util.Optional;

/**
 * What a design search found: its status, the cost of the best design (fixed costs plus serving
 * costs; {@code NaN} when there is none), the proven lower bound on any design's cost, the open
 * sites (0-based), each customer's shares, the branch-and-bound nodes explored and the seconds
 * taken. An infeasible search carries the reason.
 */
public record DesignResult(
        DesignStatus status,
        double cost,
        double bound,
        List<Integer> openSites,
        List<Share> shares,
        long nodes,
        double seconds,
        Optional<Infeasibility> infeasibility) {
    /** Customer {@code customer} gets {@code fraction} of its demand from {@code site}. */
    public record Share(int site, int customer, double fraction) {}

    public DesignResult {
        openSites = List.copyOf(openSites);
        shares = List.copyOf(shares);
    }

    /** Proven relative gap between the design's cost and the bound, 0 when optimal; NaN without a design. */
    public double gap() {
        if (Double.isNaN(cost)) {
            return Double.NaN;
        }
        if (status == DesignStatus.OPTIMAL) {
            return 0;
        }
        return Math.max(0, cost - bound) / Math.max(1e-12, Math.abs(cost));
    }
}
