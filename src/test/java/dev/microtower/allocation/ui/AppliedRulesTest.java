package dev.microtower.allocation.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microtower.allocation.domain.AllocationRule;
import dev.microtower.allocation.store.RuleRepository;
import dev.microtower.allocation.store.jooq.JooqRuleRepository;
import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules editor's Apply as a command, on a real database file and without a toolkit. */
class AppliedRulesTest {
    @TempDir
    Path dir;

    @Test
    void revertWritesBackExactlyTheRulesStoredBeforeAndApplyWritesTheAppliedOnes() {
        try (Database db = Database.open(dir.resolve("db"))) {
            RuleRepository rules = new JooqRuleRepository(db);
            List<AllocationRule> before = List.of(Fixtures.freshRule(), Fixtures.bulkyRule());
            rules.replaceAll(ScenarioId.BASELINE, before);
            List<AllocationRule> stored = rules.findAll(ScenarioId.BASELINE);
            List<AllocationRule> after =
                    List.of(stored.get(0).withEnabled(!stored.get(0).enabled()), stored.get(1));
            AppliedRules edit = new AppliedRules(ScenarioId.BASELINE, rules, stored, after);

            edit.apply();
            assertEquals(after, rules.findAll(ScenarioId.BASELINE));
            edit.revert();
            assertEquals(before, rules.findAll(ScenarioId.BASELINE));
            edit.apply();
            assertEquals(after, rules.findAll(ScenarioId.BASELINE));

            assertEquals(Set.of(DataKind.RULES), edit.touches());
            assertEquals(ScenarioId.BASELINE, edit.scenario());
            assertEquals("allocation rules (1 edited)", edit.description());
        }
    }
}
