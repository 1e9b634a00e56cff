package dev.microtower.design.domain;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Optional limits on a design: at most {@code maxNewSites} sites open that do not exist yet, and
 * open sites whose fixed costs add up to at most {@code budget} (every open site counts, new or
 * kept, since keeping a site costs its fixed cost over the horizon as opening one does).
 */
public record DesignLimits(OptionalInt maxNewSites, OptionalDouble budget) {
    public static final DesignLimits NONE = new DesignLimits(OptionalInt.empty(), OptionalDouble.empty());

    public DesignLimits {
        if (maxNewSites.isPresent() && maxNewSites.getAsInt() < 0) {
            throw new IllegalArgumentException("the most new sites must be at least 0: " + maxNewSites.getAsInt());
        }
        if (budget.isPresent() && !(budget.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("the budget must be at least 0: " + budget.getAsDouble());
        }
    }

    public DesignLimits withMaxNewSites(int most) {
        return new DesignLimits(OptionalInt.of(most), budget);
    }

    public DesignLimits withBudget(double amount) {
        return new DesignLimits(maxNewSites, OptionalDouble.of(amount));
    }
}
