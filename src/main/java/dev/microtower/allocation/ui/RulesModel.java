package dev.microtower.allocation.ui;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.RulesPreview;
import dev.microtower.allocation.engine.RulesForecast;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state of the rules editor, and nothing else: the draft with its own undo, the forecast the
 * preview allocates on, the targets of the stored rules on it, the preview shown last and the
 * status line. The controller changes it; the view shows it.
 */
final class RulesModel {
    final RulesDraft draft = new RulesDraft();
    /** The scenario's sites, SKUs, stock and forecast; kept until other data than the rules changes. */
    final ObjectProperty<RulesForecast.Basis> basis = new SimpleObjectProperty<>(this, "basis");
    /** The targets of the stored rules on {@link #basis}. */
    final ObjectProperty<AllocationPlan> storedPlan = new SimpleObjectProperty<>(this, "storedPlan");

    final ObjectProperty<RulesPreview> preview = new SimpleObjectProperty<>(this, "preview");
    final StringProperty status = new SimpleStringProperty(this, "status", "");
    final BooleanProperty applying = new SimpleBooleanProperty(this, "applying");
    /** True while the forecast is read or computed. */
    final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    /** True while the stored rules are read again after they changed. */
    final BooleanProperty readingStored = new SimpleBooleanProperty(this, "readingStored");
    /** True when the kept basis no longer matches the data and must be read before the next preview. */
    final BooleanProperty stale = new SimpleBooleanProperty(this, "stale", true);
}
