package dev.microtower.simulation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.microtower.app.OpenSession;
import dev.microtower.compare.SmallNetwork;
import dev.microtower.core.Cancellation;
import dev.microtower.core.DataChange;
import dev.microtower.core.DataKind;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.store.NodeRepository;
import dev.microtower.orders.domain.CustomerPoints;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.store.CustomerLocations;
import dev.microtower.orders.store.OrderRepository;
import dev.microtower.scenarios.store.ScenarioRepository;
import dev.microtower.simulation.domain.SimulationSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order history is the same in every scenario, so the session reads it once for them all: the
 * replay's orders (a what-if edit replays the edited scenario without reading them again) and the
 * customer points the zones panel, the compare table and the risk scan count. A real H2 file holding
 * the small network and a copy of it.
 */
class SharedOrderHistoryTest {
    @TempDir
    Path dir;

    @Test
    void replaysOfTwoScenariosAndOfAnEditedOneReadTheOrdersOnceUntilTheOrdersChange() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            SmallNetwork.write(session);
            ScenarioId copy = session.get(ScenarioRepository.class)
                    .copy(ScenarioId.BASELINE, "copy")
                    .id();
            SimulationService simulation = session.get(SimulationService.class);
            int before = simulation.historyReads();

            SimulationService.Run base = run(simulation, ScenarioId.BASELINE);
            run(simulation, copy);
            assertEquals(before + 1, simulation.historyReads(), "one read for two scenarios");

            NodeRepository nodes = session.get(NodeRepository.class);
            nodes.save(
                    copy, nodes.find(copy, SmallNetwork.MFC_OAK).orElseThrow().withStatus(NodeStatus.CLOSED));
            session.changed(new DataChange(copy, Set.of(DataKind.NETWORK), 1));
            SimulationService.Run edited = run(simulation, copy);
            assertNotEquals(
                    base.result().fulfilmentCost(),
                    edited.result().fulfilmentCost(),
                    "the edited copy was replayed again");
            assertEquals(before + 1, simulation.historyReads(), "the edit did not read the orders again");

            session.changed(new DataChange(copy, Set.of(DataKind.ORDERS), 2));
            run(simulation, ScenarioId.BASELINE);
            assertEquals(before + 2, simulation.historyReads(), "the orders changed");
        }
    }

    /**
     * A replay of another period takes its orders as a slice of the one shared read (the planning
     * chain's): no second read and no second copy, and the slice holds exactly the period's orders.
     */
    @Test
    void aSecondPeriodIsASliceOfTheSharedReadHoldingExactlyItsOrders() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            SmallNetwork.write(session);
            SimulationService simulation = session.get(SimulationService.class);
            int before = simulation.historyReads();
            run(simulation, ScenarioId.BASELINE);
            LocalDate from = LocalDate.parse("2026-10-05");
            LocalDate to = LocalDate.parse("2026-10-12");
            SimulationService.Run week = simulation.run(
                    new SimulationService.Request(ScenarioId.BASELINE, from, to, SimulationSettings.DEFAULT),
                    Progress.NONE,
                    Cancellation.none());

            assertEquals(before + 1, simulation.historyReads(), "the second period read nothing again");
            ZoneOffset offset = week.inputs().offset();
            List<Order> expected = session.get(OrderRepository.class)
                    .findBetween(
                            from.atStartOfDay().toInstant(offset),
                            to.plusDays(1).atStartOfDay().toInstant(offset));
            List<Order> sliced = new ArrayList<>();
            week.inputs().orders().forEach(sliced::add);
            assertEquals(4, expected.size(), "orders 1 to 10 lie two days apart from 3 October");
            assertEquals(expected, sliced);
        }
    }

    @Test
    void theCustomerPointsAreReadOnceForTheSessionUntilTheOrdersChange() {
        try (OpenSession session = OpenSession.open(dir.resolve("db"))) {
            SmallNetwork.write(session);
            CustomerLocations customers = session.get(CustomerLocations.class);
            CustomerPoints first = customers.points(Progress.NONE);
            assertEquals(10, first.size());
            assertSame(first, customers.points(Progress.NONE));
            session.changed(new DataChange(ScenarioId.BASELINE, Set.of(DataKind.ORDERS), 1));
            assertNotEquals(first, customers.points(Progress.NONE));
        }
    }

    private static SimulationService.Run run(SimulationService simulation, ScenarioId scenario) {
        return simulation.run(SimulationService.Request.of(scenario), Progress.NONE, Cancellation.none());
    }
}
