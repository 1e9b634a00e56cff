package dev.microtower.simulation.domain;

/**
 * The clairvoyant lower bound on a period's fulfilment cost (handling, last mile and lost-unit
 * penalties): what a planner who knew every order in advance could at best have paid with the
 * stock the sites had. {@code unitsShort} are the units even that plan cannot deliver.
 */
public record Bound(double cost, long unitsShort, long unitsWanted, int skus) {
    /**
     * Share of the possible saving a policy captured: (reference − policy) / (reference − bound),
     * where the reference is the naive nearest-site policy. NaN when there is no gap to capture.
     */
    public double shareCaptured(double referenceCost, double policyCost) {
        double gap = referenceCost - cost;
        if (!(gap > 1e-9)) {
            return Double.NaN;
        }
        return (referenceCost - policyCost) / gap;
    }
}
