package dev.microtower.rebalancing.engine;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.allocation.domain.AllocationPlan;
import dev.microtower.allocation.domain.StockTarget;
import dev.microtower.core.NodeCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.domain.AbcClass;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.inventory.domain.StockLevel;
import dev.microtower.inventory.domain.TemperatureClass;
import dev.microtower.network.domain.Node;
import dev.microtower.network.domain.NodeType;
import dev.microtower.rebalancing.domain.RebalancingPlan;
import dev.microtower.rebalancing.domain.TransferSuggestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RebalancingPropertiesTest {
    private record Network(List<Node> nodes, List<Sku> skus, List<StockLevel> stock, AllocationPlan targets) {}

    private static Network network(long seed, int nodeCount, int skuCount) {
        Random r = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        nodes.add(Fixtures.node("DC", "DC", NodeType.REGIONAL_DC, 0, null));
        for (int n = 1; n < nodeCount; n++) {
            Long capacity = r.nextBoolean() ? null : (long) r.nextInt(300);
            nodes.add(Fixtures.node("N" + n, "Node " + n, NodeType.DARK_STORE, r.nextDouble() * 0.6 - 0.3, capacity));
        }
        List<Sku> skus = new ArrayList<>();
        List<StockLevel> stock = new ArrayList<>();
        List<StockTarget> targets = new ArrayList<>();
        for (int s = 0; s < skuCount; s++) {
            String code = "S" + s;
            skus.add(Fixtures.sku(code, TemperatureClass.values()[r.nextInt(3)]));
            for (Node node : nodes) {
                long onHand = r.nextInt(120);
                long reserved = r.nextInt(4) == 0 ? r.nextInt((int) onHand + 30) : 0; // sometimes over-reserved
                long inTransit = r.nextInt(5) == 0 ? r.nextInt(20) : 0;
                stock.add(Fixtures.stock(node.code().value(), code, onHand, reserved, inTransit));
                double daily = r.nextInt(15);
                long target = r.nextInt(80);
                long max = target + r.nextInt(60);
                targets.add(
                        r.nextInt(8) == 0
                                ? Fixtures.notStocked(node.code().value(), code)
                                : Fixtures.target(
                                        node.code().value(),
                                        code,
                                        AbcClass.values()[r.nextInt(3)],
                                        daily,
                                        target,
                                        max,
                                        1));
            }
        }
        return new Network(nodes, skus, stock, new AllocationPlan(targets, List.of(), List.of()));
    }

    @Property(tries = 150)
    void aPlanNeverShipsMoreThanIsFreeNeverOverfillsANodeAndMovesOnlyWholePositiveUnits(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 6) int nodes,
            @ForAll @IntRange(min = 1, max = 5) int skus,
            @ForAll @IntRange(min = 0, max = 40) int fixedCost) {
        Network net = network(seed, nodes, skus);
        RebalancingPlan plan = new RebalancingEngine(RebalancingSettings.DEFAULT.withFixedCostPerShipment(fixedCost), 1)
                .plan(net.nodes(), net.skus(), net.stock(), net.targets());

        Map<String, Long> sent = new HashMap<>();
        Map<NodeCode, Long> received = new HashMap<>();
        for (TransferSuggestion s : plan.suggestions()) {
            assertTrue(s.quantity() > 0, "moves a positive number of units: " + s);
            assertNotEquals(s.from(), s.to());
            sent.merge(s.from() + "/" + s.sku(), s.quantity(), Long::sum);
            received.merge(s.to(), s.quantity(), Long::sum);
        }
        Map<NodeCode, Long> held = new HashMap<>();
        for (StockLevel level : net.stock()) {
            long free = Math.max(0, level.onHand() - level.reserved());
            long out = sent.getOrDefault(level.node() + "/" + level.sku(), 0L);
            assertTrue(
                    out <= free, level.node() + " ships " + out + " of " + level.sku() + " but has " + free + " free");
            held.merge(level.node(), level.onHand() + level.inTransit(), Long::sum);
        }
        for (Node node : net.nodes()) {
            Long capacity = node.storageCapacityUnits();
            long in = received.getOrDefault(node.code(), 0L);
            if (capacity != null && in > 0) {
                long before = held.getOrDefault(node.code(), 0L);
                assertTrue(
                        before + in <= capacity,
                        node.code() + " holds " + before + " + receives " + in + " > " + capacity);
            }
        }
        assertTrue(plan.summary().unitsMoved()
                == plan.suggestions().stream()
                        .mapToLong(TransferSuggestion::quantity)
                        .sum());
        assertTrue(
                plan.summary().totalCost() <= plan.summary().exactTotalCost() + 1e-6,
                "the shipment heuristic never makes the plan dearer");
    }

    @Property(tries = 50)
    void everySuggestionNamesKnownNodesAndSkus(@ForAll long seed) {
        Network net = network(seed, 4, 3);
        RebalancingPlan plan = new RebalancingEngine(RebalancingSettings.DEFAULT, 1)
                .plan(net.nodes(), net.skus(), net.stock(), net.targets());
        for (TransferSuggestion s : plan.suggestions()) {
            assertTrue(net.nodes().stream().anyMatch(n -> n.code().equals(s.from())));
            assertTrue(net.skus().stream()
                    .map(Sku::code)
                    .anyMatch(SkuCode.of(s.sku().value())::equals));
            String moved = s.quantity() == 1 ? "1 unit" : s.quantity() + " units";
            assertTrue(s.reason().contains("; " + moved + " over "), s.reason());
        }
    }
}
