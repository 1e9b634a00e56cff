package dev.microtower.cli;

import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.scenarios.store.jooq.JooqScenarioRepository;
import dev.microtower.store.Database;

/** What a command's {@code --scenario NAME} means: that scenario, or the baseline when absent. */
final class ScenarioOption {
    private ScenarioOption() {}

    static Scenario resolve(Session session, String name) {
        return resolve(session.get(ScenarioRepository.class), name);
    }

    /** For commands that still open the database themselves. */
    static Scenario resolve(Database database, String name) {
        return resolve(new JooqScenarioRepository(database), name);
    }

    private static Scenario resolve(ScenarioRepository scenarios, String name) {
        if (name == null) {
            return scenarios
                    .find(ScenarioId.BASELINE)
                    .orElseThrow(() -> new CommandException("the database has no baseline scenario"));
        }
        return scenarios
                .findByName(name)
                .orElseThrow(() -> new CommandException("there is no scenario named '" + name + "'"));
    }
}
