package dev.microtower.zones.ui.demand;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.edit.StateEdit;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.store.ScenarioRepository;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One added, changed or deleted demand change as the scenario's whole list before and after:
 * applying writes the list after in one transaction, reverting writes back the list before. The
 * history publishes {@link DataKind#DEMAND_MULTIPLIERS}, so plans cached for the scenario are
 * dropped. Toolkit-free.
 */
final class DemandChangeEdit extends StateEdit<List<DemandMultiplier>> {
    private final ScenarioRepository scenarios;

    DemandChangeEdit(
            ScenarioId scenario,
            ScenarioRepository scenarios,
            String description,
            List<DemandMultiplier> before,
            List<DemandMultiplier> after) {
        super(scenario, description, Set.of(DataKind.DEMAND_MULTIPLIERS), List.copyOf(before), List.copyOf(after));
        this.scenarios = Objects.requireNonNull(scenarios);
    }

    @Override
    protected void write(List<DemandMultiplier> from, List<DemandMultiplier> to) {
        scenarios.replaceMultipliers(scenario(), to);
    }
}
