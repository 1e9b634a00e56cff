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
import dev.microtower.orders.store.CustomerLocations;
import dev.microtower.scenarios.store.ScenarioRepository;
import java.nio.file.Path;
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
