package dev.microtower.core.kpi;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The session's KPI sources, in the order their values are shown. The application adds the
 * sources when it opens a database ({@code app.OpenSession}); every view that lists KPIs asks the
 * catalogue, so a new source appears everywhere at once. Safe to use from any thread.
 */
public final class KpiCatalogue {
    private final List<KpiSource> sources = new CopyOnWriteArrayList<>();

    /** Adds {@code source} after those already added. */
    public void add(KpiSource source) {
        sources.add(Objects.requireNonNull(source, "source"));
    }

    public List<KpiSource> sources() {
        return List.copyOf(sources);
    }

    /** Every source's values for {@code scenario}, source by source in catalogue order. */
    public List<KpiValue> compute(ScenarioId scenario, Progress progress, Cancellation cancellation) {
        List<KpiSource> all = sources();
        List<KpiValue> values = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            cancellation.check();
            KpiSource source = all.get(i);
            progress.progress(i, all.size(), source.name());
            values.addAll(source.compute(scenario, progress, cancellation));
        }
        progress.progress(all.size(), all.size(), "KPIs ready");
        return values;
    }
}
