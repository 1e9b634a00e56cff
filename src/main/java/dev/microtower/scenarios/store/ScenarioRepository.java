package dev.microtower.scenarios.store;

import dev.microtower.core.ScenarioId;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.scenarios.domain.Scenario;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The store port for scenarios and their demand multipliers: what the application reads and
 * writes about them, whatever database holds them. Each write runs in one transaction of its own.
 * A copy duplicates every scenario-scoped row (nodes, stock, zones, rules, multipliers) with every
 * column the schema has; node references are re-pointed at the copies by code, so the copy is
 * independent of its parent (ADR 0002). Stock rows are shared with the parent until either is
 * written, and read as the copy's own by site code (ADR 0017); a copy is still a snapshot.
 */
public interface ScenarioRepository {
    /** Every scenario, the baseline first, then in creation order. */
    List<Scenario> findAll();

    Optional<Scenario> find(ScenarioId id);

    Optional<Scenario> findByName(String name);

    /** Creates an empty scenario without a parent. */
    Scenario create(String name, String notes);

    /**
     * Copies the parent's nodes, zones, rules and demand multipliers into a new scenario, which reads
     * the parent's stock until either is written (ADR 0017).
     */
    Scenario copy(ScenarioId parent, String name);

    /** Removes a scenario with everything scoped to it. The baseline cannot be removed. */
    boolean delete(ScenarioId id);

    /** Gives a scenario a new name, which no other scenario may have. */
    Scenario rename(ScenarioId id, String name);

    /** Replaces a scenario's notes ({@code null} or blank: none). */
    Scenario setNotes(ScenarioId id, String notes);

    /**
     * Makes {@code promoted}'s content the baseline, in one transaction: the old baseline's rows and
     * plan runs move to a new scenario named {@code keptAs}, the promoted scenario's rows and plan
     * runs move into the baseline (which keeps its id and name), and the promoted scenario is
     * removed. Scenarios made from the old baseline now name the kept copy as their parent; those
     * made from the promoted one name the baseline.
     *
     * @return the scenario that keeps the old baseline
     */
    Scenario promote(ScenarioId promoted, String keptAs);

    /**
     * The time zone the scenario's network counts its days in, as stored; empty when none is set
     * (the planning chain then guesses it from the sites). A copy of a scenario keeps its parent's.
     */
    Optional<ZoneId> findTimeZone(ScenarioId scenario);

    /**
     * The scenario whose stock rows {@code scenario} reads (ADR 0017): itself, or the one it still
     * shares them from. Two scenarios that read the same rows hold the same stock, site for site:
     * a write that could tell them apart gives the written scenario, and every one sharing from it,
     * rows of its own first.
     */
    ScenarioId stockOwner(ScenarioId scenario);

    /** Stores the scenario's time zone; {@code null} clears it, so it is guessed from the sites again. */
    void setTimeZone(ScenarioId scenario, ZoneId zone);

    List<DemandMultiplier> findMultipliers(ScenarioId scenario);

    void addMultiplier(ScenarioId scenario, DemandMultiplier multiplier);

    /**
     * Makes {@code multipliers} the scenario's demand changes, in their order, in one transaction:
     * an edit of the list (one added, changed or deleted) and an import both write it whole.
     */
    void replaceMultipliers(ScenarioId scenario, List<DemandMultiplier> multipliers);

    /** Removes every demand multiplier of the scenario. */
    void clearMultipliers(ScenarioId scenario);
}
