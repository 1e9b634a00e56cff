package dev.microtower.zones.ui.demand;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.edit.EditCommand;
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
final class DemandChangeEdit implements EditCommand {
    private final ScenarioId scenario;
    private final ScenarioRepository scenarios;
    private final String description;
    private final List<DemandMultiplier> before;
    private final List<DemandMultiplier> after;

    DemandChangeEdit(
            ScenarioId scenario,
            ScenarioRepository scenarios,
            String description,
            List<DemandMultiplier> before,
            List<DemandMultiplier> after) {
        this.scenario = Objects.requireNonNull(scenario);
        this.scenarios = Objects.requireNonNull(scenarios);
        this.description = Objects.requireNonNull(description);
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ScenarioId scenario() {
        return scenario;
    }

    @Override
    public Set<DataKind> touches() {
        return Set.of(DataKind.DEMAND_MULTIPLIERS);
    }

    @Override
    public void apply() {
        scenarios.replaceMultipliers(scenario, after);
    }

    @Override
    public void revert() {
        scenarios.replaceMultipliers(scenario, before);
    }
}
