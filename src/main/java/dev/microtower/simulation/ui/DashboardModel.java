package dev.microtower.simulation.ui;

import dev.microtower.simulation.domain.Decision;
import dev.microtower.simulation.domain.Policy;
import dev.microtower.simulation.domain.RoutingWeights;
import dev.microtower.simulation.domain.SimulationSettings;
import dev.microtower.simulation.service.SimulationService;
import java.time.LocalDate;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the fulfilment dashboard: the policy and its editable weights, the latest run of the
 * shown scenario and of the reference scenario it is compared with, what the drill-down lists, the
 * decision shown and a line of status. Properties only; the controller writes them on the FX thread.
 */
public final class DashboardModel {
    /** What the drill-down table lists. */
    public enum DrillDown {
        LOST_LINES,
        LATE_ORDERS
    }

    /** What the replay routes: the order history (of a period) or the forecast horizon's demand. */
    public enum Demand {
        HISTORY("Order history"),
        FORECAST("Forecast demand (with the scenario's demand changes)");

        private final String label;

        Demand(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    final ObjectProperty<Demand> demand = new SimpleObjectProperty<>(this, "demand", Demand.HISTORY);
    /** The history period's first and last day; null for the first and the last order. */
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");

    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    final ObjectProperty<Policy> policy = new SimpleObjectProperty<>(this, "policy", Policy.FEWEST_SPLITS);
    final DoubleProperty distance = new SimpleDoubleProperty(this, "distance");
    final DoubleProperty cost = new SimpleDoubleProperty(this, "cost");
    final DoubleProperty split = new SimpleDoubleProperty(this, "split");
    final DoubleProperty workload = new SimpleDoubleProperty(this, "workload");
    final ObjectProperty<SimulationService.Run> run = new SimpleObjectProperty<>(this, "run");
    final ObjectProperty<SimulationService.Run> reference = new SimpleObjectProperty<>(this, "reference");
    final ObjectProperty<DrillDown> drillDown = new SimpleObjectProperty<>(this, "drillDown", DrillDown.LOST_LINES);
    final ObjectProperty<Decision> decision = new SimpleObjectProperty<>(this, "decision");
    final StringProperty status = new SimpleStringProperty(this, "status", "");

    DashboardModel() {
        usePreset(Policy.FEWEST_SPLITS);
    }

    /** Sets the weights to the preset's. */
    void usePreset(Policy p) {
        RoutingWeights w = p.weights();
        distance.set(w.distance());
        cost.set(w.cost());
        split.set(w.split());
        workload.set(w.workload());
        policy.set(p);
    }

    /** The settings the weights describe: the preset's when unchanged, "own weights" otherwise. */
    SimulationSettings settings() {
        RoutingWeights w = new RoutingWeights(
                Math.max(0, distance.get()),
                Math.max(0, cost.get()),
                Math.max(0, split.get()),
                Math.max(0, workload.get()));
        Policy p = policy.get();
        return w.equals(p.weights())
                ? SimulationSettings.of(p)
                : SimulationSettings.DEFAULT.withWeights(p.label() + ", own weights", w);
    }

    public ObjectProperty<SimulationService.Run> runProperty() {
        return run;
    }

    public ObjectProperty<Decision> decisionProperty() {
        return decision;
    }

    public ObjectProperty<Demand> demandProperty() {
        return demand;
    }

    public ObjectProperty<Policy> policyProperty() {
        return policy;
    }
}
