package dev.microtower.design.engine;

import dev.microtower.design.domain.BindingConstraint;
import dev.microtower.design.domain.CandidateSite;
import dev.microtower.design.domain.DesignProblem;
import dev.microtower.design.domain.Infeasibility;
import dev.microtower.design.domain.SiteLock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides before the search whether any design can serve all the demand, and if none can, which
 * constraint binds and how much demand is left unserved: the capacity of the sites allowed to
 * open, the reach of customers that only full or closed sites may serve, locks that break a limit
 * on their own, and the most capacity that the most new sites and the budget allow (an exact
 * 0-1 knapsack over the free sites). With split sourcing these are all there is: a set of sites
 * that holds the demand, may be opened and reaches every customer serves it.
 */
final class Feasibility {
    private static final long KNAPSACK_NODES = 2_000_000L;

    private Feasibility() {}

    static Optional<Infeasibility> check(DesignProblem p, OpenSetTransport transport) {
        int m = p.siteCount();
        double demand = p.totalDemand();
        double eps = 1e-9 * Math.max(1, demand);
        List<CandidateSite> sites = p.sites();
        boolean[] allowed = new boolean[m];
        double allowedCapacity = 0;
        double closedCapacity = 0;
        int closedCount = 0;
        for (int i = 0; i < m; i++) {
            allowed[i] = sites.get(i).lock() != SiteLock.CLOSED;
            if (allowed[i]) {
                allowedCapacity += sites.get(i).capacity();
            } else {
                closedCapacity += sites.get(i).capacity();
                closedCount++;
            }
        }
        OpenSetTransport.Evaluation all = transport.evaluate(allowed);
        if (allowedCapacity < demand - eps) {
            String locked = closedCount == 0
                    ? ""
                    : String.format(
                            Locale.ROOT,
                            " (%d site%s locked closed would add %s)",
                            closedCount,
                            closedCount == 1 ? "" : "s",
                            amount(closedCapacity));
            return Optional.of(new Infeasibility(
                    BindingConstraint.CAPACITY,
                    demand - allowedCapacity,
                    all.customersShort(),
                    String.format(
                            Locale.ROOT,
                            "capacity binds: the sites allowed to open hold %s between them, the demand is %s, so %s"
                                    + " of demand cannot be served even with every site open%s.",
                            amount(allowedCapacity),
                            amount(demand),
                            amount(demand - allowedCapacity),
                            locked)));
        }
        if (!all.feasible()) {
            return Optional.of(new Infeasibility(
                    BindingConstraint.REACH,
                    all.shortage(),
                    all.customersShort(),
                    String.format(
                            Locale.ROOT,
                            "reach binds: even with every allowed site open, %s of demand cannot be served: %s"
                                    + " can be served only by sites that are closed or full.",
                            amount(all.shortage()),
                            customers(all.customersShort()))));
        }
        int lockedNew = 0;
        double lockedFixed = 0;
        for (CandidateSite s : sites) {
            if (s.lock() == SiteLock.OPEN) {
                lockedNew += s.existing() ? 0 : 1;
                lockedFixed += s.fixedCost();
            }
        }
        var limits = p.limits();
        if (limits.maxNewSites().isPresent() && lockedNew > limits.maxNewSites().getAsInt()) {
            int most = limits.maxNewSites().getAsInt();
            return Optional.of(new Infeasibility(
                    BindingConstraint.MAX_NEW_SITES,
                    0,
                    List.of(),
                    String.format(
                            Locale.ROOT,
                            "the most new sites binds: %d new sites are locked open, but at most %d may open;"
                                    + " unlock %d of them or allow more new sites.",
                            lockedNew,
                            most,
                            lockedNew - most)));
        }
        if (limits.budget().isPresent() && lockedFixed > limits.budget().getAsDouble() * (1 + 1e-12)) {
            return Optional.of(new Infeasibility(
                    BindingConstraint.BUDGET,
                    0,
                    List.of(),
                    String.format(
                            Locale.ROOT,
                            "the budget binds: the sites locked open cost %s, over the budget of %s.",
                            amount(lockedFixed),
                            amount(limits.budget().getAsDouble()))));
        }
        if (limits.maxNewSites().isEmpty() && limits.budget().isEmpty()) {
            return Optional.empty();
        }
        int mostNew = limits.maxNewSites().orElse(Integer.MAX_VALUE);
        double budget = limits.budget().orElse(Double.POSITIVE_INFINITY);
        boolean[] both = mostCapacity(sites, mostNew, budget);
        if (both == null || capacity(sites, both) >= demand - eps) {
            return Optional.empty(); // the knapsack ran too long to say; the search decides
        }
        double reach = capacity(sites, both);
        BindingConstraint binding;
        String words;
        boolean[] byCount = mostCapacity(sites, mostNew, Double.POSITIVE_INFINITY);
        boolean[] byBudget = mostCapacity(sites, Integer.MAX_VALUE, budget);
        if (limits.maxNewSites().isPresent() && byCount != null && capacity(sites, byCount) < demand - eps) {
            binding = BindingConstraint.MAX_NEW_SITES;
            words = String.format(
                    Locale.ROOT,
                    "the most new sites binds: with at most %d new site%s the sites hold at most %s",
                    mostNew,
                    mostNew == 1 ? "" : "s",
                    amount(capacity(sites, byCount)));
            reach = capacity(sites, byCount);
        } else if (limits.budget().isPresent() && byBudget != null && capacity(sites, byBudget) < demand - eps) {
            binding = BindingConstraint.BUDGET;
            words = String.format(
                    Locale.ROOT,
                    "the budget binds: the sites a budget of %s pays for hold at most %s",
                    amount(budget),
                    amount(capacity(sites, byBudget)));
            reach = capacity(sites, byBudget);
            both = byBudget;
        } else {
            binding = BindingConstraint.MAX_NEW_SITES_AND_BUDGET;
            words = String.format(
                    Locale.ROOT,
                    "the most new sites and the budget bind together: at most %d new sites within a budget of %s"
                            + " hold at most %s",
                    mostNew,
                    amount(budget),
                    amount(reach));
        }
        OpenSetTransport.Evaluation best =
                transport.evaluate(binding == BindingConstraint.MAX_NEW_SITES ? byCount : both);
        return Optional.of(new Infeasibility(
                binding,
                demand - reach,
                best.customersShort(),
                String.format(
                        Locale.ROOT,
                        "%s, the demand is %s, so %s of demand cannot be served.",
                        words,
                        amount(demand),
                        amount(demand - reach))));
    }

    private static double capacity(List<CandidateSite> sites, boolean[] open) {
        double c = 0;
        for (int i = 0; i < open.length; i++) {
            if (open[i]) {
                c += sites.get(i).capacity();
            }
        }
        return c;
    }

    /**
     * The open sites holding the most capacity with at most {@code mostNew} new ones and fixed costs
     * within {@code budget}, the locked-open sites included; null if the search ran too long.
     */
    static boolean[] mostCapacity(List<CandidateSite> sites, int mostNew, double budget) {
        int m = sites.size();
        boolean[] open = new boolean[m];
        int newLeft = mostNew;
        double money = budget;
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            CandidateSite s = sites.get(i);
            if (s.lock() == SiteLock.OPEN) {
                open[i] = true;
                newLeft -= s.existing() ? 0 : 1;
                money -= s.fixedCost();
            } else if (s.lock() == SiteLock.FREE && s.capacity() > 0) {
                free.add(i);
            }
        }
        // capacity per unit of money first: the order that makes the fractional bound tight
        free.sort((a, b) -> Double.compare(
                sites.get(b).capacity() / Math.max(sites.get(b).fixedCost(), 1e-300),
                sites.get(a).capacity() / Math.max(sites.get(a).fixedCost(), 1e-300)));
        int k = free.size();
        double[] cap = new double[k];
        double[] price = new double[k];
        boolean[] isNew = new boolean[k];
        for (int t = 0; t < k; t++) {
            CandidateSite s = sites.get(free.get(t));
            cap[t] = s.capacity();
            price[t] = s.fixedCost();
            isNew[t] = !s.existing();
        }
        Knapsack search = new Knapsack(cap, price, isNew);
        search.dfs(0, 0, money, newLeft, new boolean[k]);
        if (search.nodes > KNAPSACK_NODES) {
            return null;
        }
        for (int t = 0; t < k; t++) {
            open[free.get(t)] = search.best[t];
        }
        return open;
    }

    /** Most capacity within money and a count of new sites, depth first with a fractional bound. */
    private static final class Knapsack {
        final double[] cap;
        final double[] price;
        final boolean[] isNew;
        final boolean[] best;
        double bestValue = -1;
        long nodes;

        Knapsack(double[] cap, double[] price, boolean[] isNew) {
            this.cap = cap;
            this.price = price;
            this.isNew = isNew;
            this.best = new boolean[cap.length];
        }

        void dfs(int t, double value, double money, int newLeft, boolean[] chosen) {
            if (++nodes > KNAPSACK_NODES) {
                return;
            }
            if (value > bestValue) {
                bestValue = value;
                System.arraycopy(chosen, 0, best, 0, chosen.length);
            }
            if (t == cap.length || bound(t, value, money, newLeft) <= bestValue) {
                return;
            }
            if (price[t] <= money * (1 + 1e-12) && (!isNew[t] || newLeft > 0)) {
                chosen[t] = true;
                dfs(t + 1, value + cap[t], money - price[t], newLeft - (isNew[t] ? 1 : 0), chosen);
                chosen[t] = false;
            }
            dfs(t + 1, value, money, newLeft, chosen);
        }

        /**
         * An upper bound on what the remaining sites can add: the lesser of the fractional
         * knapsack on money (ignoring the count) and every remaining existing site plus the largest
         * remaining new ones that the count allows (ignoring money).
         */
        private double bound(int from, double value, double money, int newLeft) {
            double byMoney = 0;
            double left = money;
            for (int t = from; t < cap.length; t++) {
                if (price[t] <= left) {
                    byMoney += cap[t];
                    left -= price[t];
                } else {
                    byMoney += cap[t] * left / price[t];
                    break;
                }
            }
            double byCount = 0;
            List<Double> newCaps = new ArrayList<>();
            for (int t = from; t < cap.length; t++) {
                if (isNew[t]) {
                    newCaps.add(cap[t]);
                } else {
                    byCount += cap[t];
                }
            }
            newCaps.sort(Comparator.reverseOrder());
            for (int t = 0; t < Math.min(Math.max(newLeft, 0), newCaps.size()); t++) {
                byCount += newCaps.get(t);
            }
            return value + Math.min(byMoney, byCount);
        }
    }

    static String amount(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String customers(List<Integer> customers) {
        int shown = Math.min(10, customers.size());
        StringBuilder b = new StringBuilder(customers.size() == 1 ? "customer " : "customers ");
        for (int t = 0; t < shown; t++) {
            b.append(t == 0 ? "" : ", ").append(customers.get(t) + 1);
        }
        if (customers.size() > shown) {
            b.append(" and ").append(customers.size() - shown).append(" more");
        }
        return b.toString();
    }
}
