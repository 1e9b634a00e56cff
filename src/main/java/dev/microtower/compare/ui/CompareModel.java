package dev.microtower.compare.ui;

import dev.microtower.compare.engine.CompareTable;
import dev.microtower.compare.engine.RiskScan;
import dev.microtower.core.ScenarioId;
import dev.microtower.scenarios.domain.Scenario;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the "Compare scenarios" panel, and nothing else: the scenarios to pick from, the
 * ones picked and the reference, the newest KPI table, whether only differing rows show, and the
 * newest risk scan. The controller writes it, the view binds to it. FX thread only.
 */
final class CompareModel {
    final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    /** The picked scenarios, in the order of {@link #scenarios}. */
    final ObservableList<ScenarioId> chosen = FXCollections.observableArrayList();

    final ObjectProperty<ScenarioId> reference = new SimpleObjectProperty<>(this, "reference");
    final ObjectProperty<CompareTable> table = new SimpleObjectProperty<>(this, "table");
    final BooleanProperty differencesOnly = new SimpleBooleanProperty(this, "differencesOnly", false);
    final ObjectProperty<RiskScan.Result> risk = new SimpleObjectProperty<>(this, "risk");
    final StringProperty riskScenario = new SimpleStringProperty(this, "riskScenario", "");
    final StringProperty message = new SimpleStringProperty(this, "message", "");
    final BooleanProperty comparing = new SimpleBooleanProperty(this, "comparing", false);
    final BooleanProperty scanning = new SimpleBooleanProperty(this, "scanning", false);

    /** The name of scenario {@code id}, or its number when it is not listed. */
    String nameOf(ScenarioId id) {
        return scenarios.stream()
                .filter(s -> s.id().equals(id))
                .map(Scenario::name)
                .findFirst()
                .orElse("scenario " + id.value());
    }
}
