package dev.microtower.rebalancing.ui;

import dev.microtower.rebalancing.domain.StoredSuggestion;
import dev.microtower.rebalancing.domain.SuggestionStatus;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.ui.framework.UndoHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Decisions on suggestions taken together, for Edit → Undo: undo proposes them again (stock goes
 * back), redo takes each the same way again. {@code shown} gets the suggestions as they now are,
 * on the FX thread.
 */
final class PlanDecisions implements UndoHistory.Edit {
    private final PlanRepository plans;
    private final List<StoredSuggestion> decided;
    private final Consumer<List<StoredSuggestion>> shown;
    private volatile List<StoredSuggestion> now = List.of();

    PlanDecisions(PlanRepository plans, List<StoredSuggestion> decided, Consumer<List<StoredSuggestion>> shown) {
        this.plans = plans;
        this.decided = List.copyOf(decided);
        this.shown = shown;
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
    public void undo() {
        List<StoredSuggestion> reopened = new ArrayList<>();
        for (int i = decided.size() - 1; i >= 0; i--) {
            reopened.add(plans.reopen(decided.get(i).id()));
        }
        now = reopened;
    }

    @Override
    public void redo() {
        List<StoredSuggestion> again = new ArrayList<>();
        for (StoredSuggestion d : decided) {
            again.add(
                    switch (d.status()) {
                        case ACCEPTED -> plans.accept(d.id());
                        case EDITED -> plans.acceptEdited(d.id(), d.suggestion().quantity());
                        case REJECTED -> plans.reject(d.id());
                        case PROPOSED -> d;
                    });
        }
        now = again;
    }

    @Override
    public void refresh() {
        shown.accept(now);
    }
}
