package dev.microtower.simulation.ui;

import dev.microtower.core.DataKind;
import dev.microtower.core.NodeCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.edit.EditCommand;
import dev.microtower.simulation.domain.CategorySupply;
import dev.microtower.simulation.store.CategorySupplyRepository;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One change of a regional DC's vendor supply per category, as its whole list before and after:
 * applying writes the list after, reverting the list before, each in one transaction. It touches
 * the network (the site's operations), so the simulation and the scenario differences read again.
 * Toolkit-free.
 */
final class CategorySupplyEdit implements EditCommand {
    private final ScenarioId scenario;
    private final CategorySupplyRepository store;
    private final NodeCode site;
    private final String description;
    private final List<CategorySupply> before;
    private final List<CategorySupply> after;

    CategorySupplyEdit(
            ScenarioId scenario,
            CategorySupplyRepository store,
            NodeCode site,
            String description,
            List<CategorySupply> before,
            List<CategorySupply> after) {
        this.scenario = Objects.requireNonNull(scenario);
        this.store = Objects.requireNonNull(store);
        this.site = Objects.requireNonNull(site);
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
        return Set.of(DataKind.NETWORK);
    }

    @Override
    public void apply() {
        write(after);
    }

    @Override
    public void revert() {
        write(before);
    }

    private void write(List<CategorySupply> rows) {
        if (!store.replace(scenario, site, rows)) {
            throw new IllegalStateException("the site " + site.value() + " is no longer in this scenario");
        }
    }
}
