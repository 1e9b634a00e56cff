package dev.microtower.whatif;

import dev.microtower.core.ScenarioId;
import dev.microtower.scenarios.domain.Difference;
import dev.microtower.scenarios.domain.Scenario;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Scenarios panel and the toolbar switcher show: every scenario of the open database,
 * the one the window follows, and what it holds differently from its parent. The controller is
 * the only writer; views bind to it. Used on the FX thread.
 */
final class ScenariosModel {
    final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    /** The scenario the window shows, as last read; {@code null} while no database is open. */
    final ObjectProperty<Scenario> current = new SimpleObjectProperty<>(this, "current");

    final ObservableList<Difference> differences = FXCollections.observableArrayList();
    /** What the differences list says above its rows: against what, or why there are none. */
    final StringProperty differencesTitle = new SimpleStringProperty(this, "differencesTitle", "");
    /**
     * Whose differences {@link #differences} holds ({@code null}: nobody's), so a reread of the same
     * scenario keeps them on screen until the new ones arrive.
     */
    ScenarioId differencesOf;

    Optional<Scenario> named(String name) {
        return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The name of {@code scenario}'s parent, or an empty string for the baseline. */
    String parentName(Scenario scenario) {
        if (scenario.parent() == null) {
            return "";
        }
        return scenarios.stream()
                .filter(s -> s.id().equals(scenario.parent()))
                .map(Scenario::name)
                .findFirst()
                .orElse("a removed scenario");
    }
}
