package dev.microtower.allocation.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microtower.allocation.store.jooq.JooqRuleRepository;
import dev.microtower.core.ScenarioId;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleRepositoryTest {
    @TempDir
    Path dir;

    @Test
    void rulesComeBackWithTheirSelectorsInPositionOrder() {
        try (Database db = Database.open(dir.resolve("db"))) {
            RuleRepository rules = new JooqRuleRepository(db);
            rules.save(ScenarioId.BASELINE, Fixtures.bulkyRule());
            rules.save(ScenarioId.BASELINE, Fixtures.freshRule());
            assertEquals(List.of(Fixtures.freshRule(), Fixtures.bulkyRule()), rules.findAll(ScenarioId.BASELINE));
        }
    }

    @Test
    void replacingAllRulesReordersAndDropsTheOthers() {
        try (Database db = Database.open(dir.resolve("db"))) {
            RuleRepository rules = new JooqRuleRepository(db);
            rules.save(ScenarioId.BASELINE, Fixtures.freshRule());
            rules.save(ScenarioId.BASELINE, Fixtures.bulkyRule());
            var bulkyFirst = Fixtures.bulkyRule().withPosition(0).withEnabled(true);
            rules.replaceAll(ScenarioId.BASELINE, List.of(bulkyFirst));
            assertEquals(List.of(bulkyFirst), rules.findAll(ScenarioId.BASELINE));
        }
    }
}
