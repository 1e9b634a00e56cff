package dev.microtower.simulation.ui;

import dev.microtower.core.DataKind;
import dev.microtower.core.OrderCode;
import dev.microtower.core.ScenarioId;
import dev.microtower.core.Session;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.simulation.domain.Decision;
import dev.microtower.simulation.domain.SimulationSettings;
import dev.microtower.simulation.engine.ForecastOrders;
import dev.microtower.simulation.service.SimulationService;
import dev.microtower.ui.framework.LatestWins;
import dev.microtower.ui.framework.Work;
import dev.microtower.ui.framework.Workbench;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import javafx.util.Duration;

/**
 * Runs the fulfilment simulation for the dashboard: for the scenario the window shows (and the
 * baseline as reference), again whenever the scenario, its data, the policy or a weight changes,
 * through one latest-wins runner on the compute lane, so only the newest run is shown and an older
 * one is cancelled. Explains one order on request.
 */
public final class DashboardController {
    private record Runs(SimulationService.Run run, SimulationService.Run reference) {}

    private record Explained(Decision decision, Optional<Order> order) {}

    private final Workbench bench;
    private final DashboardModel model;
    private final LatestWins<Runs> runs;
    private boolean active;

    DashboardController(Workbench bench, DashboardModel model) {
        this.bench = bench;
        this.model = model;
        this.runs = new LatestWins<>(bench.work(), Work.Lane.COMPUTE, Duration.millis(300), failure -> {
            model.status.set("The simulation could not run.");
            bench.showError("Could not simulate fulfilment", failure);
        });
        bench.sessionProperty().addListener((o, was, now) -> refresh());
        bench.scenarioProperty().addListener((o, was, now) -> refresh());
        bench.changes()
                .subscribe(
                        EnumSet.of(
                                DataKind.NETWORK,
                                DataKind.STOCK,
                                DataKind.ORDERS,
                                DataKind.RULES,
                                DataKind.ZONES,
                                DataKind.DEMAND_MULTIPLIERS,
                                DataKind.SUPPLY,
                                DataKind.PLANS),
                        change -> {
                            if (change.scenario().equals(bench.scenario())
                                    || change.scenario().equals(ScenarioId.BASELINE)
                                    || change.touches(DataKind.ORDERS)) {
                                refresh();
                            }
                        });
        model.demand.addListener(o -> refresh());
        model.from.addListener(o -> refresh());
        model.to.addListener(o -> refresh());
        model.policy.addListener(o -> refresh());
        model.distance.addListener(o -> refresh());
        model.cost.addListener(o -> refresh());
        model.split.addListener(o -> refresh());
        model.workload.addListener(o -> refresh());
    }

    /**
     * Starts simulating: the first run, and from then on a new one after every change. Until the
     * user asks, nothing runs, so opening a database does not pay for replays nobody looks at.
     */
    public void start() {
        active = true;
        refresh();
    }

    /** Asks for a new run of the shown scenario (once started); the newest request wins. */
    public void refresh() {
        if (!active) {
            return;
        }
        Optional<Session> open = bench.session();
        if (open.isEmpty() || bench.scenario() == null) {
            runs.cancel();
            model.run.set(null);
            model.reference.set(null);
            return;
        }
        SimulationService service = open.get().get(SimulationService.class);
        ScenarioId scenario = bench.scenario();
        SimulationSettings settings = model.settings();
        boolean forecast = model.demand.get() == DashboardModel.Demand.FORECAST;
        LocalDate from = model.from.get();
        LocalDate to = model.to.get();
        if (!forecast && from != null && to != null && to.isBefore(from)) {
            runs.cancel();
            model.status.set("The period ends (" + to + ") before it starts (" + from + "): choose another day.");
            return;
        }
        model.status.set("Simulating " + settings.policyName().toLowerCase(Locale.ROOT) + "…");
        runs.request(
                "Simulating fulfilment…",
                ctx -> {
                    SimulationService.Run run = service.run(
                            new SimulationService.Request(scenario, from, to, settings, forecast),
                            ctx,
                            ctx.cancellation());
                    SimulationService.Run reference = scenario.equals(ScenarioId.BASELINE)
                            ? run
                            : service.run(
                                    new SimulationService.Request(ScenarioId.BASELINE, from, to, settings, forecast),
                                    ctx,
                                    ctx.cancellation());
                    return new Runs(run, reference);
                },
                result -> {
                    model.reference.set(result.reference());
                    model.run.set(result.run());
                    model.status.set((forecast ? "Forecast demand, " : "Order history, ")
                            + result.run().result().firstDay() + " to "
                            + result.run().result().lastDay() + ", " + settings.policyName());
                });
    }

    /** Replays to find why {@code order} went where it did and shows the decision; optionally the map moves there. */
    public void explain(OrderCode order, boolean showOnMap) {
        SimulationService.Run run = model.run.get();
        Optional<Session> open = bench.session();
        if (run == null || open.isEmpty()) {
            return;
        }
        SimulationService service = open.get().get(SimulationService.class);
        OrderRepository orders = open.get().get(OrderRepository.class);
        bench.work()
                .compute("Explaining order " + order.value() + "…", ctx -> {
                    Decision d = service.explain(run.request(), order, ctx, ctx.cancellation())
                            .orElseThrow(() -> new IllegalStateException(
                                    "order " + order.value() + " is not in the simulated period"));
                    // a forecast order is not stored: its history pattern has the same customer
                    Optional<Order> found = showOnMap
                            ? orders.find(ForecastOrders.patternOf(order).orElse(order))
                            : Optional.empty();
                    return new Explained(d, found);
                })
                .onSuccess(result -> {
                    model.decision.set(result.decision());
                    result.order().ifPresent(o -> bench.map().show(o.customer(), 14));
                })
                .onFailure(failure -> bench.showError("Could not explain the order", failure))
                .start();
    }
}
