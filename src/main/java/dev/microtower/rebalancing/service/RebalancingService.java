package dev.microtower.rebalancing.service;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.engine.AllocationSettings;
import dev.microtower.core.Cancellation;
import dev.microtower.core.CancelledException;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.SkuCode;
import dev.microtower.planning.domain.PlanningInputs;
import dev.microtower.planning.engine.Planner;
import dev.microtower.planning.service.PlanningService;
import dev.microtower.rebalancing.domain.PlanRun;
import dev.microtower.rebalancing.domain.PlanRunId;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.domain.StoredSuggestion;
import dev.microtower.rebalancing.engine.RebalancingEngine;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.store.DatabaseException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rebalancing for the window and the command line: proposes transfers and replenishments from the
 * shared {@link PlanningService} forecast, stores plan runs, decides their suggestions and exports
 * the accepted ones. The engines cannot stop mid-solve, so a cancel takes effect between the steps;
 * a cancelled plan stores nothing. Toolkit-free; safe to call from any thread.
 */
public final class RebalancingService {
    private static final int STEPS = 5;

    /** What one plan computed, before it is stored: the forecast, the targets and the transfers. */
    public record Proposal(Planner.Forecasted forecasted, AllocationPlan allocation, RebalancingPlan plan) {}

    /** A stored run with its suggestions, as read back from the database. */
    public record StoredRun(PlanRun run, List<StoredSuggestion> suggestions) {}

    /** A decision on one suggestion, taken in the database. */
    @FunctionalInterface
    public interface Decision {
        StoredSuggestion apply(PlanRepository plans, long suggestionId);
    }

    /** A suggestion the database would not decide, and why, in words. */
    public record Refusal(long suggestionId, String reason) {}

    /** What a batch of decisions did: the suggestions now decided, and the ones refused. */
    public record Decided(List<StoredSuggestion> decided, List<Refusal> refused) {}

    private final PlanningService planning;
    private final PlanRepository plans;
    private final TransferWriter transfers;

    public RebalancingService(PlanningService planning, PlanRepository plans, TransferWriter transfers) {
        this.planning = Objects.requireNonNull(planning);
        this.plans = Objects.requireNonNull(plans);
        this.transfers = Objects.requireNonNull(transfers);
    }

    /** Forecasts (or reuses the forecast), sets targets and proposes transfers; stores nothing. */
    public Proposal propose(
            ScenarioId scenario, RebalancingSettings settings, Progress progress, Cancellation cancellation) {
        step(progress, cancellation, 0, "reading the network, stock and order history");
        // the forecast's own messages, as the first of the plan's steps
        Planner.Forecasted forecasted = planning.forecast(
                scenario, (done, total, message) -> progress.progress(0, STEPS, message), cancellation);
        PlanningInputs inputs = forecasted.inputs();
        if (inputs.nodes().isEmpty()) {
            throw new IllegalStateException("the network has no sites: import one first");
        }
        step(progress, cancellation, 2, "setting stock targets from the allocation rules");
        AllocationPlan allocation = forecasted.allocate(AllocationSettings.DEFAULT);
        step(progress, cancellation, 3, "proposing transfers and replenishments");
        RebalancingPlan plan =
                new RebalancingEngine(settings).plan(inputs.nodes(), inputs.skus(), inputs.stock(), allocation);
        return new Proposal(forecasted, allocation, plan);
    }

    /** Stores {@code proposal} as a plan run of {@code scenario}, unless cancelled first. */
    public PlanRunId store(ScenarioId scenario, Proposal proposal, Progress progress, Cancellation cancellation) {
        step(progress, cancellation, 4, "storing the plan");
        PlanRunId id = plans.save(scenario, proposal.forecasted().describeInputs(), proposal.plan());
        progress.progress(STEPS, STEPS, null);
        return id;
    }

    /** Proposes and stores a plan of {@code scenario}, and reads the stored run back. */
    public StoredRun plan(ScenarioId scenario, Progress progress, Cancellation cancellation) {
        return plan(scenario, RebalancingSettings.DEFAULT, progress, cancellation);
    }

    /** As {@link #plan(ScenarioId, Progress, Cancellation)}, priced with {@code settings}. */
    public StoredRun plan(
            ScenarioId scenario, RebalancingSettings settings, Progress progress, Cancellation cancellation) {
        Proposal proposal = propose(scenario, settings, progress, cancellation);
        return read(scenario, store(scenario, proposal, progress, cancellation));
    }

    /** The newest run of {@code scenario} that still has undecided suggestions. */
    public Optional<StoredRun> latestOpen(ScenarioId scenario) {
        return plans.runs(scenario).stream()
                .filter(r -> !r.decided())
                .findFirst()
                .map(r -> new StoredRun(r, plans.suggestions(r.id())));
    }

    /** The run {@code id} of {@code scenario} with its suggestions. */
    public StoredRun read(ScenarioId scenario, PlanRunId id) {
        PlanRun stored = plans.runs(scenario).stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("plan run " + id + " is gone"));
        return new StoredRun(stored, plans.suggestions(id));
    }

    /**
     * Takes {@code decision} on each suggestion, each in its own transaction: one the database
     * refuses (too few units free, say) leaves the others decided and is reported in words.
     */
    public Decided decide(List<Long> suggestionIds, Decision decision, Progress progress, Cancellation cancellation) {
        List<StoredSuggestion> decided = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        for (int i = 0; i < suggestionIds.size() && !cancellation.isCancelled(); i++) {
            progress.progress(i, suggestionIds.size(), null);
            try {
                decided.add(decision.apply(plans, suggestionIds.get(i)));
            } catch (DatabaseException e) {
                refused.add(new Refusal(suggestionIds.get(i), e.getMessage()));
            }
        }
        return new Decided(decided, refused);
    }

    /**
     * Proposes the suggestions of {@code decided} again, newest decision first, in one transaction,
     * e.g. for undo: accepted units go back from the destination's in transit to the source's on
     * hand. When one cannot be taken back (its units arrived), nothing changes.
     */
    public List<StoredSuggestion> proposeAgain(List<StoredSuggestion> decided) {
        List<Long> newestFirst = new ArrayList<>(decided.size());
        for (int i = decided.size() - 1; i >= 0; i--) {
            newestFirst.add(decided.get(i).id());
        }
        return plans.reopenAll(newestFirst);
    }

    /**
     * Takes each decision of {@code decided} again, as it was taken, in one transaction, e.g. for
     * redo. When the database refuses one (too few units free now), nothing changes.
     */
    public List<StoredSuggestion> decideAgain(List<StoredSuggestion> decided) {
        return plans.decideAgain(decided);
    }

    /** Writes the accepted suggestions of {@code run}, read again, to {@code target}; returns how many. */
    public int exportAccepted(PlanRunId run, Path target, Function<SkuCode, String> skuNames) {
        List<StoredSuggestion> accepted = plans.suggestions(run).stream()
                .filter(StoredSuggestion::accepted)
                .toList();
        transfers.write(target, accepted, skuNames);
        return accepted.size();
    }

    private static void step(Progress progress, Cancellation cancellation, int done, String what) {
        if (cancellation.isCancelled()) {
            throw new CancelledException();
        }
        progress.progress(done, STEPS, "Planning: " + what + "…");
    }
}
