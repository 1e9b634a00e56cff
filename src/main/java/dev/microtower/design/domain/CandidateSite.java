package dev.microtower.design.domain;

/**
 * One place a design may open (or keep): how much demand it can serve per period, what having it
 * open costs over the horizon, whether it exists already (so it does not count as a new site) and
 * how the planner locked it.
 */
public record CandidateSite(String name, double capacity, double fixedCost, boolean existing, SiteLock lock) {
    public CandidateSite {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a site needs a name");
        }
        if (!(capacity >= 0) || Double.isInfinite(capacity)) {
            throw new IllegalArgumentException("capacity of " + name + " must be a number of at least 0: " + capacity);
        }
        if (!(fixedCost >= 0) || Double.isInfinite(fixedCost)) {
            throw new IllegalArgumentException(
                    "fixed cost of " + name + " must be a number of at least 0: " + fixedCost);
        }
        if (lock == null) {
            throw new IllegalArgumentException("lock of " + name + " is missing");
        }
    }

    /** A new candidate site, free to open or not. */
    public static CandidateSite candidate(String name, double capacity, double fixedCost) {
        return new CandidateSite(name, capacity, fixedCost, false, SiteLock.FREE);
    }

    public CandidateSite withLock(SiteLock newLock) {
        return new CandidateSite(name, capacity, fixedCost, existing, newLock);
    }
}
