package dev.microtower.rebalancing.ui;

import dev.microtower.rebalancing.domain.PlanRun;
import dev.microtower.rebalancing.engine.RebalancingSettings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of the Plan workflow, as plain properties: the plan run shown, whether a plan is being
 * computed, and whether the suggestions drawer is open. The controller writes it, the menus, the
 * toolbar button and the drawer bind to it.
 */
public final class PlanModel {
    private final ObjectProperty<PlanRun> run = new SimpleObjectProperty<>(this, "run");
    private final BooleanProperty planning = new SimpleBooleanProperty(this, "planning", false);
    private final BooleanProperty drawerShown = new SimpleBooleanProperty(this, "drawerShown", false);
    private final ObjectProperty<RebalancingSettings> settings =
            new SimpleObjectProperty<>(this, "settings", RebalancingSettings.DEFAULT);

    /** The prices the next plan is made with (Plan → Plan settings…). */
    public ObjectProperty<RebalancingSettings> settingsProperty() {
        return settings;
    }

    /** The plan run shown, or {@code null}. */
    public ObjectProperty<PlanRun> runProperty() {
        return run;
    }

    /** True from Plan until its computation has stopped, also after a cancel. */
    public BooleanProperty planningProperty() {
        return planning;
    }

    public BooleanProperty drawerShownProperty() {
        return drawerShown;
    }
}
