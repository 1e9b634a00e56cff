package dev.microtower.rebalancing.domain;

import dev.microtower.core.ScenarioId;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored rebalancing run: when and for which scenario it ran, a summary of its inputs, its
 * figures, and whether every suggestion has been decided ({@code decided}).
 */
public record PlanRun(
        PlanRunId id,
        ScenarioId scenario,
        Instant createdAt,
        String inputsSummary,
        boolean decided,
        PlanSummary summary) {
    public PlanRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(createdAt, "created at");
        Objects.requireNonNull(summary, "summary");
    }
}
