package dev.microtower.rebalancing.service;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.edit.EditCommand;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import dev.microtower.rebalancing.domain.SuggestionStatus;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Decisions on suggestions of a plan run taken together (accepted, rejected, accepted with an
 * edited quantity) as an edit command: reverting proposes them all again, so accepted units go
 * back to their source, and applying takes each the same way again; each of the two in one
 * transaction, through the {@link RebalancingService}. A decision moves stock and changes the
 * plan, so an import of stock made since refuses its undo. Toolkit-free.
 */
public final class DecisionEdit implements EditCommand {
    private static final Set<DataKind> TOUCHES = Set.of(DataKind.STOCK, DataKind.PLANS);

    private final ScenarioId scenario;
    private final RebalancingService service;
    private final List<StoredSuggestion> decided;

    /** The decisions {@code decided}, as taken, on a run of {@code scenario}; never empty. */
    public DecisionEdit(ScenarioId scenario, RebalancingService service, List<StoredSuggestion> decided) {
        this.scenario = Objects.requireNonNull(scenario);
        this.service = Objects.requireNonNull(service);
        if (decided.isEmpty()) {
            throw new IllegalArgumentException("an edit decides at least one suggestion");
        }
        this.decided = List.copyOf(decided);
    }

    @Override
    public String description() {
        StoredSuggestion first = decided.get(0);
        String what = first.status() == SuggestionStatus.REJECTED ? "rejection" : "acceptance";
        return decided.size() == 1
                ? what + " of " + first.suggestion().sku() + " to "
                        + first.suggestion().to()
                : String.format(Locale.ROOT, "%s of %,d suggestions", what, decided.size());
    }

    @Override
    public ScenarioId scenario() {
        return scenario;
    }

    @Override
    public Set<DataKind> touches() {
        return TOUCHES;
    }

    /** The decisions as they were taken. */
    public List<StoredSuggestion> decided() {
        return decided;
    }

    @Override
    public void apply() {
        service.decideAgain(decided);
    }

    @Override
    public void revert() {
        service.proposeAgain(decided);
    }
}
