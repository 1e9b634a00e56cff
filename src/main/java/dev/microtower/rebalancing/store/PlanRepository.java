package dev.microtower.rebalancing.store;

import dev.microtower.core.ScenarioId;
import dev.microtower.rebalancing.domain.PlanRun;
import dev.microtower.rebalancing.domain.PlanRunId;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import java.util.List;

/**
 * The store port for rebalancing runs and their suggestions, and the planner's decisions on them:
 * what the application reads and writes about plans, whatever database holds them. Each write runs
 * in one transaction of its own.
 *
 * <p>Accepting a suggestion (as proposed or with an edited quantity) moves the stock in the
 * scenario's stock table in the same transaction: the units leave the source's <b>on hand</b>
 * at once (we treat acceptance as dispatch, so the network total of on hand + in transit stays
 * the same and the units cannot be promised twice) and are added to the destination's <b>in
 * transit</b>. A source that no longer has the units free (on hand - reserved) refuses the
 * acceptance with a message and nothing changes.
 */
public interface PlanRepository {
    PlanRunId save(ScenarioId scenario, String inputsSummary, RebalancingPlan plan);

    /** The runs of a scenario, newest first. */
    List<PlanRun> runs(ScenarioId scenario);

    List<StoredSuggestion> suggestions(PlanRunId run);

    /** Accepts a proposed suggestion as it is and records the stock as in transit. */
    StoredSuggestion accept(long suggestionId);

    /** Accepts a proposed suggestion with another quantity (status EDITED). */
    StoredSuggestion acceptEdited(long suggestionId, long quantity);

    StoredSuggestion reject(long suggestionId);

    /**
     * Takes a decision back (for undo): the suggestion is proposed again with its proposed quantity
     * and, if it was accepted, its units go back from the destination's in transit to the source's
     * on hand. Refused, changing nothing, once the destination has fewer units in transit (they
     * arrived).
     */
    StoredSuggestion reopen(long suggestionId);

    /**
     * Takes several decisions back (for the undo of a batch) in one transaction, in the order
     * given: all are proposed again, or, when one cannot be (see {@link #reopen(long)}), none.
     */
    List<StoredSuggestion> reopenAll(List<Long> suggestionIds);

    /**
     * Takes decisions again after they were taken back (for redo), in one transaction: each
     * suggestion, proposed again meanwhile, gets the status and quantity of {@code decisions}. When
     * the database refuses one (its source has too few units free now), none is taken.
     */
    List<StoredSuggestion> decideAgain(List<StoredSuggestion> decisions);
}
