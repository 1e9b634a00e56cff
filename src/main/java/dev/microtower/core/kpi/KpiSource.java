package dev.microtower.core.kpi;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import java.util.List;

/**
 * A feature's network KPIs for one scenario. A feature that measures the network (its sites and
 * stock, the latest plan, a fulfilment replay) implements this and adds itself to the session's
 * {@link KpiCatalogue}; the scenario compare view, the KPI dashboard and the command line then show
 * its values with no change of their own. Toolkit-free and blocking: the window calls it on a work
 * lane, never on the FX thread.
 */
public interface KpiSource {
    /** The heading the source's values are listed under, in the user's words. */
    String name();

    /**
     * The source's KPIs for {@code scenario}, in the order they are shown. Reports progress and
     * stops with {@link dev.microtower.core.CancelledException} when cancelled.
     */
    List<KpiValue> compute(ScenarioId scenario, Progress progress, Cancellation cancellation);
}
