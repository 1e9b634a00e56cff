package dev.microtower.compare.service;

import dev.microtower.compare.engine.CustomerPoints;
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
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.rebalancing.store.PlanRepository;
import dev.microtower.zones.store.ZoneRepository;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The "Network" KPIs of a scenario ({@link NetworkKpis}) as a source of the session's KPI
 * catalogue: reads the scenario's sites, stock, zones and latest plan run from the stores and the
 * customer points of the order history, which all scenarios share. Those points are read once and
 * kept until the order history changes ({@link #changed}) or its size or span differ, so comparing
 * several scenarios reads 180,000 orders once. Toolkit-free and thread-safe; every call blocks.
 */
public final class NetworkKpiSource implements KpiSource {
    private final NodeRepository nodes;
    private final SkuRepository skus;
    private final StockRepository stock;
    private final ZoneRepository zones;
    private final OrderRepository orders;
    private final PlanRepository plans;
    private final Object lock = new Object();
    private Read customers;

    private record Read(int count, Optional<Instant[]> span, CustomerPoints points) {
        boolean matches(int otherCount, Optional<Instant[]> otherSpan) {
            return count == otherCount
                    && span.isPresent() == otherSpan.isPresent()
                    && (span.isEmpty() || Arrays.equals(span.get(), otherSpan.get()));
        }
    }

    public NetworkKpiSource(
            NodeRepository nodes,
            SkuRepository skus,
            StockRepository stock,
            ZoneRepository zones,
            OrderRepository orders,
            PlanRepository plans) {
        this.nodes = Objects.requireNonNull(nodes);
        this.skus = Objects.requireNonNull(skus);
        this.stock = Objects.requireNonNull(stock);
        this.zones = Objects.requireNonNull(zones);
        this.orders = Objects.requireNonNull(orders);
        this.plans = Objects.requireNonNull(plans);
    }

    @Override
    public String name() {
        return NetworkKpis.GROUP;
    }

    @Override
    public List<KpiValue> compute(ScenarioId scenario, Progress progress, Cancellation cancellation) {
        progress.progress(-1, 1, "Reading the network, stock and zones…");
        var sites = nodes.findAll(scenario);
        var levels = stock.findAll(scenario);
        var areas = zones.findAll(scenario);
        var latest = plans.runs(scenario).stream().findFirst();
        cancellation.check();
        CustomerPoints points = customers(progress);
        cancellation.check();
        progress.progress(-1, 1, "Counting same-day coverage…");
        return NetworkKpis.compute(
                new NetworkKpis.Inputs(sites, skus.findAll(), levels, areas, points, latest), cancellation);
    }

    /** Where each order's customer is, read once and shared by every scenario. */
    public CustomerPoints customers(Progress progress) {
        int count = orders.count();
        Optional<Instant[]> span = orders.span();
        synchronized (lock) {
            if (customers != null && customers.matches(count, span)) {
                return customers.points();
            }
        }
        progress.progress(-1, 1, "Reading customer locations of the order history…");
        CustomerPoints.Builder points = CustomerPoints.builder();
        orders.forEachCustomer(points::add);
        Read read = new Read(count, span, points.build());
        synchronized (lock) {
            customers = read;
        }
        return read.points();
    }

    /** Forgets the customer points when the order history changed. */
    public void changed(DataChange change) {
        if (change.touches(DataKind.ORDERS)) {
            synchronized (lock) {
                customers = null;
            }
        }
    }
}
