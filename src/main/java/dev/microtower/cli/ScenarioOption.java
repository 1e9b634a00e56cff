package dev.microtower.cli;

import dev.microtower.core.ScenarioId;
import dev.microtower.scenarios.domain.Scenario;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.store.Database;

/** What a command's {@code --scenario NAME} means: that scenario, or the baseline when absent. */
final class ScenarioOption {
    private ScenarioOption() {}

    static Scenario resolve(Database database, String name) {
        ScenarioRepository scenarios = new ScenarioRepository(database);
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
