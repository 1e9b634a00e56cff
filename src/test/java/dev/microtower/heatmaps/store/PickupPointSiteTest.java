package dev.microtower.heatmaps.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.Progress;
import dev.microtower.core.ScenarioId;
import dev.microtower.forecasting.engine.DemandBuilder;
import dev.microtower.heatmaps.engine.OrderColumns;
import dev.microtower.heatmaps.engine.OrderWeights;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import dev.microtower.network.store.jooq.JooqNodeRepository;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.orders.store.jooq.JooqOrderRepository;
import dev.microtower.planning.engine.DemandDistricts;
import dev.microtower.scenarios.domain.DemandMultiplier;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import dev.microtower.testing.SyntheticNetwork;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demand heatmap weighs an order picked up at a pickup point by the changes of the site that
 * serves the pickup point, as the plan counts it, not of the site nearest its customer: the order
 * history is read from a real H2 file and the sites are decided by the plan's demand builder.
 */
class PickupPointSiteTest {
    private static final Node OAKLAND = Fixtures.dc(); // stocked, nearest the customers
    private static final Node SOMA = Fixtures.mfc(); // stocked, serves the locker
    private static final Node LOCKER = Fixtures.locker();
    private static final Sku MILK = Fixtures.milk();
    /** A few hundred metres from the Oakland DC, some 16 km from the SoMa MFC. */
    private static final GeoPoint NEAR_OAKLAND = new GeoPoint(37.7760, -122.2230);

    @TempDir
    Path dir;

    @Test
    void anOrderPickedUpAtAPickupPointCountsAtTheSiteServingIt() {
        try (Database db = Database.open(dir.resolve("db"))) {
            SyntheticNetwork.writeTo(db, List.of(OAKLAND, SOMA, LOCKER), List.of(MILK), List.of());
            Order pickedUp = order("O-1", LOCKER.code());
            Order delivered = order("O-2", null);
            new JooqOrderRepository(db).saveAll(List.of(pickedUp, delivered));
            List<Node> nodes = new JooqNodeRepository(db).findAll(ScenarioId.BASELINE);
            DemandBuilder plan = new DemandBuilder(nodes, List.of(), ZoneOffset.UTC);
            assertEquals(
                    SOMA.code(),
                    plan.nodeFor(pickedUp).code(),
                    "the plan counts the picked-up order at the locker's site");
            assertEquals(OAKLAND.code(), plan.nodeFor(delivered).code());

            OrderColumns columns = new OrderColumnsReader(db).read(Progress.NONE, () -> false);
            assertEquals(LOCKER.code(), columns.fulfilledBy(0));
            assertEquals(null, columns.fulfilledBy(1));
            float[] factors = OrderWeights.lineFactors(
                    columns,
                    DemandDistricts.customerFactors(List.of(change(SOMA, 2), change(OAKLAND, 3)), List.of()),
                    sku -> MILK.category(),
                    OrderWeights.sitesOf(plan),
                    () -> false);

            assertArrayEquals(
                    new float[] {2, 3},
                    factors,
                    "the picked-up order is SoMa's demand (×2), the delivered one Oakland's (×3)");
        }
    }

    private static Order order(String code, NodeCode fulfilledBy) {
        return new Order(
                OrderCode.of(code),
                Instant.parse("2026-06-01T10:00:00Z"),
                null,
                "app",
                NEAR_OAKLAND,
                fulfilledBy,
                List.of(new OrderLine(1, MILK.code(), 1)));
    }

    private static DemandMultiplier change(Node site, double factor) {
        return new DemandMultiplier(site.code(), null, factor, null, null, null, null, null, null);
    }
}
