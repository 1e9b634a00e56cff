package dev.microtower.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.Cancellation;
import dev.microtower.core.Progress;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeStatus;
import dev.microtower.network.domain.NodeType;
import dev.microtower.simulation.domain.Bound;
import dev.microtower.simulation.domain.Policy;
import dev.microtower.simulation.domain.SimulationInputs;
import dev.microtower.simulation.domain.SimulationResult;
import dev.microtower.simulation.domain.SimulationSettings;
import dev.microtower.simulation.domain.SuppliedStock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Zone look-ups kept per distinct customer point and shared by replays give the replays and the
 * bound they would give testing the polygons themselves: for every policy, and for another scenario
 * with the same zones whose sites differ (one closed, one gone).
 */
class CustomerZonesTest {
    private static final List<SimulationSettings> POLICIES = List.of(
            SimulationSettings.of(Policy.NEAREST),
            SimulationSettings.of(Policy.FEWEST_SPLITS),
            SimulationSettings.of(Policy.LOWEST_COST));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void sharedLookUpsGiveTheReplaysAndBoundOfTestingEveryOrder(long seed) {
        SimulationInputs in = ReplayPropertiesTest.random(seed).inputs();
        CustomerZones zones = CustomerZones.of(in.zones());
        assertSame(in, zones);
        assertTrue(zones.points() > 0);
        int points = zones.points();
        // another scenario of the same zones: its first stocking site closed, another site gone
        List<Node> nodes = new ArrayList<>(in.nodes());
        int closed = indexOf(nodes, NodeType.MICRO_FULFILLMENT_CENTER, 0);
        nodes.set(closed, nodes.get(closed).withStatus(NodeStatus.CLOSED));
        nodes.remove(indexOf(nodes, NodeType.MICRO_FULFILLMENT_CENTER, 1));
        SimulationInputs edited = new SimulationInputs(
                nodes,
                in.operations(),
                in.zones(),
                in.stock(),
                in.targets(),
                in.orders(),
                in.firstDay(),
                in.lastDay(),
                in.offset(),
                in.categories(),
                in.categorySupply());
        assertSame(edited, zones);
        assertEquals(points, zones.points(), "the same customers are not looked up again");
    }

    @ParameterizedTest
    @ValueSource(longs = {3})
    void lookUpsOfOtherZonesAreRefused(long seed) {
        SimulationInputs in = ReplayPropertiesTest.random(seed).inputs();
        SimulationInputs other = ReplayPropertiesTest.random(seed + 1).inputs();
        CustomerZones zones = CustomerZones.of(other.zones());
        assertThrows(
                IllegalArgumentException.class,
                () -> Replay.run(in, SimulationSettings.DEFAULT, zones, Progress.NONE, Cancellation.none()));
        assertThrows(
                IllegalArgumentException.class,
                () -> ClairvoyantBound.demand(in, SimulationSettings.DEFAULT, zones, Cancellation.none()));
    }

    /** Every policy's replay and the bound of {@code in}, with {@code zones} and testing the polygons. */
    private static void assertSame(SimulationInputs in, CustomerZones zones) {
        SuppliedStock supplied = null;
        for (SimulationSettings s : POLICIES) {
            SimulationResult tested = Replay.run(in, s, Progress.NONE, Cancellation.none());
            SimulationResult shared = Replay.run(in, s, zones, Progress.NONE, Cancellation.none());
            assertEquals(tested.network(), shared.network(), s.policyName());
            assertEquals(tested.bySite(), shared.bySite(), s.policyName());
            assertEquals(tested.outsideZones(), shared.outsideZones(), s.policyName());
            assertEquals(tested.byDay(), shared.byDay(), s.policyName());
            assertEquals(tested.lostLines(), shared.lostLines(), s.policyName());
            assertEquals(tested.lateOrders(), shared.lateOrders(), s.policyName());
            supplied = supplied == null ? tested.supplied() : supplied.max(tested.supplied());
        }
        Bound tested =
                ClairvoyantBound.compute(in, SimulationSettings.DEFAULT, supplied, Progress.NONE, Cancellation.none());
        Bound shared = ClairvoyantBound.solve(
                ClairvoyantBound.demand(in, SimulationSettings.DEFAULT, zones, Cancellation.none()),
                supplied,
                Runnable::run,
                Progress.NONE,
                Cancellation.none());
        assertEquals(tested, shared);
    }

    private static int indexOf(List<Node> nodes, NodeType type, int nth) {
        int seen = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).type() == type && seen++ == nth) {
                return i;
            }
        }
        throw new AssertionError("no " + type + " number " + nth);
    }
}
