package dev.microtower.scenarios.domain;

import static dev.microtower.core.Requirements.requireText;

import dev.microtower.core.ScenarioId;
import java.time.Instant;
import java.util.Objects;

/**
 * A named, editable copy of the network (nodes, stock, zones, rules, demand multipliers) that can
 * be compared with its parent. The baseline has no parent.
 */
public record Scenario(ScenarioId id, String name, ScenarioId parent, Instant createdAt, String notes) {
    public Scenario {
        Objects.requireNonNull(id, "id");
        requireText(name, "scenario name");
        Objects.requireNonNull(createdAt, "created at");
    }
}
