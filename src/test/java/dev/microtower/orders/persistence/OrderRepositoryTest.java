package dev.microtower.orders.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.common.GeoPoint;
import dev.microtower.common.NodeCode;
import dev.microtower.common.OrderCode;
import dev.microtower.common.SkuCode;
import dev.microtower.inventory.persistence.SkuRepository;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.persistence.Database;
import dev.microtower.testing.Fixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderRepositoryTest {
    @TempDir
    Path dir;

    private static Order order(String code, String created, int... quantities) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < quantities.length; i++) {
            lines.add(new OrderLine(i + 1, SkuCode.of(i % 2 == 0 ? "SKU-MILK" : "SKU-TV"), quantities[i]));
        }
        Instant at = Instant.parse(created);
        return new Order(
                OrderCode.of(code),
                at,
                at.plusSeconds(3600),
                "web",
                new GeoPoint(37.76, -122.41),
                code.endsWith("1") ? NodeCode.of("MFC-SF1") : null,
                lines);
    }

    @Test
    void findsTheOrdersOfAHalfOpenWindowWithTheirLinesInOrder() {
        try (Database db = Database.open(dir.resolve("db"))) {
            Fixtures.skus().forEach(new SkuRepository(db)::save);
            OrderRepository orders = new OrderRepository(db);
            Order a = order("O-1", "2026-07-01T08:00:00Z", 2, 1, 5);
            Order b = order("O-2", "2026-07-01T09:00:00Z", 1);
            Order c = order("O-3", "2026-07-02T00:00:00Z", 4, 4);
            orders.saveAll(List.of(c, a, b));
            assertEquals(
                    List.of(a, b),
                    orders.findBetween(Instant.parse("2026-07-01T00:00:00Z"), Instant.parse("2026-07-02T00:00:00Z")));
            List<Order> streamed = new ArrayList<>();
            orders.forEach(streamed::add);
            assertEquals(List.of(a, b, c), streamed);
            assertEquals(c, orders.find(OrderCode.of("O-3")).orElseThrow());
            assertEquals(Instant.parse("2026-07-02T00:00:00Z"), orders.span().orElseThrow()[1]);
        }
    }

    @Test
    void customerPointsComeWithTheUnitsOfTheirOrder() {
        try (Database db = Database.open(dir.resolve("db"))) {
            Fixtures.skus().forEach(new SkuRepository(db)::save);
            OrderRepository orders = new OrderRepository(db);
            orders.saveAll(List.of(
                    order("O-1", "2026-07-01T08:00:00Z", 2, 1, 5),
                    order("O-2", "2026-07-01T09:00:00Z"),
                    order("O-3", "2026-07-02T00:00:00Z", 4)));
            List<Long> units = new ArrayList<>();
            orders.forEachCustomer((lat, lon, u) -> {
                assertEquals(37.76, lat);
                assertEquals(-122.41, lon);
                units.add(u);
            });
            units.sort(null);
            assertEquals(List.of(0L, 4L, 8L), units, "an order without lines holds no units");
        }
    }

    @Test
    void anEmptyHistoryHasNoSpan() {
        try (Database db = Database.open(dir.resolve("db"))) {
            assertTrue(new OrderRepository(db).span().isEmpty());
            assertTrue(new OrderRepository(db).findAll().isEmpty());
        }
    }
}
