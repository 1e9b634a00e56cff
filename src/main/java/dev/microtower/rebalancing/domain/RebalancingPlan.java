package dev.microtower.rebalancing.domain;

import java.util.List;

/** The suggestions of one rebalancing run and its summary. */
public record RebalancingPlan(List<TransferSuggestion> suggestions, PlanSummary summary) {
    public RebalancingPlan {
        suggestions = List.copyOf(suggestions);
    }
}
