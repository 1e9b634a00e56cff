package dev.microtower.planning.ui;

import dev.microtower.core.DataKind;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.edit.EditCommand;
import dev.microtower.forecasting.engine.NetworkTimeZone;
import dev.microtower.scenarios.store.ScenarioRepository;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Sets (or clears) the scenario's stored network time zone, and puts the one before back on undo.
 * It touches the network: every forecast, backtest and replay counts its days again.
 */
final class TimeZoneEdit implements EditCommand {
    private final ScenarioRepository scenarios;
    private final ScenarioId scenario;
    private final ZoneId before;
    private final ZoneId after;

    TimeZoneEdit(ScenarioRepository scenarios, ScenarioId scenario, ZoneId before, ZoneId after) {
        this.scenarios = scenarios;
        this.scenario = scenario;
        this.before = before;
        this.after = after;
    }

    @Override
    public String description() {
        return after == null
                ? "network time zone (guess it from the sites)"
                : "network time zone " + NetworkTimeZone.describe(after);
    }

    @Override
    public ScenarioId scenario() {
        return scenario;
    }

    @Override
    public Set<DataKind> touches() {
        return EnumSet.of(DataKind.NETWORK);
    }

    @Override
    public void apply() {
        scenarios.setTimeZone(scenario, after);
    }

    @Override
    public void revert() {
        scenarios.setTimeZone(scenario, before);
    }
}
