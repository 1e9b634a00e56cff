package dev.microtower.heatmaps.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.microtower.core.Progress;
import dev.microtower.core.WebMercator;
import dev.microtower.heatmaps.domain.AssortmentFilter;
import dev.microtower.heatmaps.domain.DemandFilter;
import dev.microtower.heatmaps.engine.HexBinner;
import dev.microtower.heatmaps.engine.HexBins;
import dev.microtower.heatmaps.engine.HexGrid;
import dev.microtower.heatmaps.engine.OrderColumns;
import dev.microtower.inventory.domain.Sku;
import dev.microtower.network.domain.Node;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.store.jooq.JooqOrderRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.SyntheticNetwork;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order history read into columns from a real H2 file says what the order records say. */
class OrderColumnsReaderTest {
    private static final List<Node> NODES = SyntheticNetwork.nodes(12, 9);
    private static final List<Sku> SKUS = SyntheticNetwork.skus(4);
    private static final List<Order> ORDERS = SyntheticNetwork.orders(NODES, SKUS, LocalDate.of(2026, 6, 30), 30, 3, 2);

    @TempDir
    Path dir;

    @Test
    void everyOrderAndLineIsReadWithItsPlaceDayAndSku() {
        try (Database db = Database.open(dir.resolve("db"))) {
            SyntheticNetwork.writeTo(db, NODES, SKUS, List.of());
            new JooqOrderRepository(db).saveAll(ORDERS);
            OrderColumns columns = new OrderColumnsReader(db).read(Progress.NONE, () -> false);

            assertEquals(ORDERS.size(), columns.orders());
            assertEquals(ORDERS.stream().mapToInt(o -> o.lines().size()).sum(), columns.lines());
            // saveAll keeps the list's order, so ids follow it
            for (int i = 0; i < ORDERS.size(); i += 37) {
                Order order = ORDERS.get(i);
                assertEquals(WebMercator.worldX(order.customer().lon()), columns.worldX(i), 1e-12);
                assertEquals(WebMercator.worldY(order.customer().lat()), columns.worldY(i), 1e-12);
                assertEquals(
                        order.createdAt().atZone(ZoneOffset.UTC).toLocalDate().toEpochDay(), columns.day(i));
            }
            // per SKU, the units binned from the columns are the units of the records
            int[] span = columns.daySpan();
            HexGrid grid = new HexGrid(1);
            for (Sku sku : SKUS) {
                HexBins bins = new HexBinner(columns, SKUS)
                        .bin(new DemandFilter(span[0], span[1], AssortmentFilter.sku(sku)), grid);
                long units = 0;
                for (int b = 0; b < bins.size(); b++) {
                    units += bins.units(b);
                }
                long expected = ORDERS.stream()
                        .flatMap(o -> o.lines().stream())
                        .filter(l -> l.sku().equals(sku.code()))
                        .mapToLong(l -> l.quantity())
                        .sum();
                assertEquals(expected, units, sku.code().value());
            }
        }
    }

    @Test
    void aCancelledReadStops() {
        try (Database db = Database.open(dir.resolve("db"))) {
            SyntheticNetwork.writeTo(db, NODES, SKUS, List.of());
            new JooqOrderRepository(db).saveAll(ORDERS);
            assertThrows(CancellationException.class, () -> new OrderColumnsReader(db).read(Progress.NONE, () -> true));
        }
    }
}
