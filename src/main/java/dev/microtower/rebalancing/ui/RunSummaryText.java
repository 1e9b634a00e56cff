package dev.microtower.rebalancing.ui;

import dev.microtower.rebalancing.domain.PlanRun;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A stored plan run in one line for the suggestions drawer: what it moves, what that costs in
 * transport and shipments, the expected lost sales it avoids and their value, and the prices it
 * was made with, so a run read later says what it was weighed against.
 */
final class RunSummaryText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ROOT);

    private RunSummaryText() {}

    static String describe(PlanRun run) {
        var s = run.summary();
        var m = s.money();
        return String.format(
                Locale.ROOT,
                "Plan run %s · %s · %,d suggestions · %,d units · transport and shipments %,.2f · lost sales ~%,.1f →"
                        + " %,.1f (avoids ≈ %,.2f) · stockouts %,d → %,d · priced at %.3f/%.3f/%.3f per unit-km,"
                        + " %.2f per shipment, lost sale = %s, holding %.0f %%/yr",
                run.id(),
                WHEN.format(run.createdAt().atZone(ZoneId.systemDefault())),
                s.suggestions(),
                s.unitsMoved(),
                s.transportCost() + s.fixedCost(),
                m.lostSalesBefore(),
                m.lostSalesAfter(),
                m.lostSaleCostAvoided(),
                s.stockoutsBefore(),
                s.stockoutsAfter(),
                m.ambientPerUnitKm(),
                m.chilledPerUnitKm(),
                m.frozenPerUnitKm(),
                s.fixedCostPerShipment(),
                "PRICE".equals(m.lostSaleBasis()) ? "price" : "margin",
                100 * m.holdingRatePerYear());
    }
}
