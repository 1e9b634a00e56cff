package dev.microtower.simulation.service;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.kpi.Better;
import dev.microtower.core.kpi.KpiSource;
import dev.microtower.core.kpi.KpiValue;
import dev.microtower.simulation.domain.FulfilmentKpis;
import dev.microtower.simulation.domain.Measure;
import dev.microtower.simulation.domain.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fulfilment KPIs as a {@link KpiSource}: the network figures of a replay of the scenario's
 * whole order history with the default policy ("fewest splits, then nearest"), then the period's
 * fulfilment cost, its clairvoyant bound and the share of the possible saving captured. The
 * scenario compare view, the KPI dashboard and the command line list them through the catalogue.
 */
public final class FulfilmentKpiSource implements KpiSource {
    private final SimulationService simulation;

    public FulfilmentKpiSource(SimulationService simulation) {
        this.simulation = simulation;
    }

    @Override
    public String name() {
        return FulfilmentKpis.GROUP;
    }

    @Override
    public List<KpiValue> compute(ScenarioId scenario, Progress progress, Cancellation cancellation) {
        return values(simulation.run(SimulationService.Request.of(scenario), progress, cancellation));
    }

    /** The values of one run: the chosen policy's network KPIs, its cost, the bound and the share captured. */
    public static List<KpiValue> values(SimulationService.Run run) {
        List<KpiValue> values = new ArrayList<>(FulfilmentKpis.of(run.result().network()));
        double cost = run.result().fulfilmentCost();
        double reference = run.reference().fulfilmentCost();
        values.add(KpiValue.of("fulfilment-cost", FulfilmentKpis.GROUP, "Fulfilment cost", cost, "", Better.LOWER)
                .because("Handling and last-mile cost of every shipment of the period, plus a penalty for each unit"
                        + " not delivered.")
                .input("Handling", run.result().network().get(Measure.HANDLING_COST))
                .input("Last mile", run.result().network().get(Measure.LAST_MILE_COST))
                .input("Lost-unit penalties", run.result().network().get(Measure.LOST_PENALTY))
                .build());
        values.add(KpiValue.of(
                        "fulfilment-bound",
                        FulfilmentKpis.GROUP,
                        "Clairvoyant bound",
                        run.bound().cost(),
                        "",
                        Better.LOWER)
                .because("The least fulfilment cost any routing could have reached with the same stock, knowing every"
                        + " order in advance (one min-cost flow per SKU over the period).")
                .input("Units no site could supply", run.bound().unitsShort(), "units")
                .input("Units ordered", run.bound().unitsWanted(), "units")
                .build());
        values.add(KpiValue.of(
                        "saving-captured",
                        FulfilmentKpis.GROUP,
                        "Possible saving captured",
                        run.shareCaptured() * 100,
                        "%",
                        Better.HIGHER)
                .because("(cost of " + Policy.NEAREST.label().toLowerCase(Locale.ROOT)
                        + " − cost of this policy) / (cost of "
                        + Policy.NEAREST.label().toLowerCase(Locale.ROOT)
                        + " − clairvoyant bound).")
                .input("Nearest-site cost", reference)
                .input("This policy's cost", cost)
                .input("Bound", run.bound().cost())
                .build());
        return values;
    }
}
