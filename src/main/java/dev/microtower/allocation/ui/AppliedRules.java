package dev.microtower.allocation.ui;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.edit.EditCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One Apply of the rules editor as a command: applying writes the applied rules, reverting writes
 * back exactly the rules that were stored before, each in one transaction. Toolkit-free.
 */
final class AppliedRules implements EditCommand {
    private final ScenarioId scenario;
    private final RuleRepository rules;
    private final List<AllocationRule> before;
    private final List<AllocationRule> after;

    AppliedRules(ScenarioId scenario, RuleRepository rules, List<AllocationRule> before, List<AllocationRule> after) {
        this.scenario = Objects.requireNonNull(scenario);
        this.rules = Objects.requireNonNull(rules);
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    @Override
    public String description() {
        return "allocation rules (" + summary(before, after) + ")";
    }

    @Override
    public ScenarioId scenario() {
        return scenario;
    }

    @Override
    public Set<DataKind> touches() {
        return Set.of(DataKind.RULES);
    }

    @Override
    public void apply() {
        rules.replaceAll(scenario, after);
    }

    @Override
    public void revert() {
        rules.replaceAll(scenario, before);
    }

    static String summary(List<AllocationRule> before, List<AllocationRule> after) {
        Set<String> names = before.stream().map(AllocationRule::name).collect(Collectors.toSet());
        long added = after.stream().filter(r -> !names.contains(r.name())).count();
        long removed = before.size() - (after.size() - added);
        long edited = after.stream()
                .filter(r -> names.contains(r.name()) && !before.contains(r))
                .count();
        List<String> parts = new ArrayList<>();
        if (added > 0) {
            parts.add(added + " added");
        }
        if (edited > 0) {
            parts.add(edited + " edited");
        }
        if (removed > 0) {
            parts.add(removed + " removed");
        }
        return parts.isEmpty() ? "reordered" : String.join(", ", parts);
    }
}
