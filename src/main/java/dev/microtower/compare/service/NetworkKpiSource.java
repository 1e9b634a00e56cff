package dev.microtower.compare.service;

import dev.microtower.compare.engine.NetworkKpis;
import dev.microtower.core.Cancellation;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.kpi.KpiSource;
import dev.microtower.core.kpi.KpiValue;
import dev.microtower.inventory.store.SkuRepository;
import dev.microtower.inventory.store.StockRepository;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.orders.domain.CustomerPoints;
import dev.microtower.orders.store.CustomerLocations;
import dev.microtower.rebalancing.domain.PlanRun;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.zones.store.ZoneRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "Network" KPIs of a scenario ({@link NetworkKpis}) as a source of the session's KPI
 * catalogue: reads the scenario's sites, stock, zones and latest plan run from the stores and the
 * customer points of the order history, which all scenarios share ({@link CustomerLocations}: read
 * once per session, by whichever of this source, the zones panel or the risk scan needs them first,
 * so comparing several scenarios reads 180,000 orders once, and not at all after the zones panel).
 * A scenario's KPIs are kept until a {@link #changed change} of its data, so a what-if edit of one
 * scenario does not make the others of the compare table read their sites and stock again; a
 * change of the SKUs or stock of any scenario (the catalogue is shared) or of the order history
 * drops them all. Toolkit-free and thread-safe; every call blocks.
 */
public final class NetworkKpiSource implements KpiSource {
    private final NodeRepository nodes;
    private final SkuRepository skus;
    private final StockRepository stock;
    private final ZoneRepository zones;
    private final PlanRepository plans;
    private final CustomerLocations customers;
    private final Map<ScenarioId, Kept> kept = new HashMap<>();

    /**
     * A scenario's KPIs and the latest plan run they counted. A plan run is stored without a change
     * on the change stream (Plan makes a run, it does not change the network), so the run is read on
     * every compute and KPIs of an older run are not handed out.
     */
    private record Kept(Optional<PlanRun> latest, List<KpiValue> values) {}
    /** Counts the changes seen, so a computation a change overtook does not keep its stale values. */
    private long changes;

    public NetworkKpiSource(
            NodeRepository nodes,
            SkuRepository skus,
            StockRepository stock,
            ZoneRepository zones,
            CustomerLocations customers,
            PlanRepository plans) {
        this.nodes = Objects.requireNonNull(nodes);
        this.skus = Objects.requireNonNull(skus);
        this.stock = Objects.requireNonNull(stock);
        this.zones = Objects.requireNonNull(zones);
        this.customers = Objects.requireNonNull(customers);
        this.plans = Objects.requireNonNull(plans);
    }

    @Override
    public String name() {
        return NetworkKpis.GROUP;
    }

    @Override
    public List<KpiValue> compute(ScenarioId scenario, Progress progress, Cancellation cancellation) {
        long seen;
        Optional<PlanRun> latest = plans.runs(scenario).stream().findFirst();
        synchronized (kept) {
            Kept k = kept.get(scenario);
            if (k != null && k.latest().equals(latest)) {
                return k.values();
            }
            seen = changes;
        }
        progress.progress(-1, 1, "Reading the network, stock and zones…");
        var sites = nodes.findAll(scenario);
        var levels = stock.findAll(scenario);
        var areas = zones.findAll(scenario);
        cancellation.check();
        CustomerPoints points = customers(progress);
        cancellation.check();
        progress.progress(-1, 1, "Counting same-day coverage…");
        List<KpiValue> values = List.copyOf(NetworkKpis.compute(
                new NetworkKpis.Inputs(sites, skus.findAll(), levels, areas, points, latest), cancellation));
        synchronized (kept) {
            if (changes == seen) {
                kept.put(scenario, new Kept(latest, values));
            }
        }
        return values;
    }

    /**
     * Drops the KPIs {@code change} made stale: the scenario's; every scenario's when SKUs, stock or
     * the order history changed (the SKU catalogue and the orders are shared by all scenarios).
     */
    public void changed(DataChange change) {
        synchronized (kept) {
            changes++;
            if (change.touches(DataKind.ORDERS) || change.touches(DataKind.STOCK)) {
                kept.clear();
            } else {
                kept.remove(change.scenario());
            }
        }
    }

    /** Where each order's customer is, read once and shared by every scenario and the zones panel. */
    public CustomerPoints customers(Progress progress) {
        return customers.points(progress);
    }
}
