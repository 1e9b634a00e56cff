package dev.microtower.orders.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.microtower.core.GeoPoint;
import dev.microtower.core.NodeCode;
import dev.microtower.core.OrderCode;
import dev.microtower.core.SkuCode;
import dev.microtower.inventory.store.jooq.JooqSkuRepository;
import dev.microtower.orders.domain.Order;
import dev.microtower.orders.domain.OrderLine;
import dev.microtower.orders.store.jooq.JooqOrderRepository;
import dev.microtower.store.Database;
import dev.microtower.testing.Fixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
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
            Fixtures.skus().forEach(new JooqSkuRepository(db)::save);
            OrderRepository orders = new JooqOrderRepository(db);
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
            Fixtures.skus().forEach(new JooqSkuRepository(db)::save);
            OrderRepository orders = new JooqOrderRepository(db);
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
            assertTrue(new JooqOrderRepository(db).span().isEmpty());
            assertTrue(new JooqOrderRepository(db).findAll().isEmpty());
        }
    }

    @Test
    void readsExactlyWhatTheSortedJoinReadsForAnyWindow() {
        Random random = new Random(7);
        List<Order> all = new ArrayList<>();
        Instant start = Instant.parse("2026-07-01T00:00:00Z");
        for (int i = 0; i < 600; i++) {
            // several days; every fifth order shares its time with the one before (ties broken by code)
            Instant at = i % 5 == 4 ? all.get(i - 1).createdAt() : start.plusSeconds(random.nextInt(10 * 86_400));
            List<OrderLine> lines = new ArrayList<>();
            for (int l = 1, n = random.nextInt(5); l <= n; l++) {
                lines.add(new OrderLine(
                        l, SkuCode.of(random.nextBoolean() ? "SKU-MILK" : "SKU-TV"), 1 + random.nextInt(9)));
            }
            all.add(new Order(
                    OrderCode.of("O-" + random.nextInt(1_000_000) + "-" + i),
                    at,
                    random.nextInt(4) == 0 ? null : at.plusSeconds(random.nextInt(86_400)),
                    random.nextBoolean() ? "web" : "app",
                    new GeoPoint(37 + random.nextDouble(), -122 - random.nextDouble()),
                    random.nextInt(3) == 0 ? null : NodeCode.of("MFC-" + random.nextInt(4)),
                    lines));
        }
        Collections.shuffle(all, random); // ids do not follow creation times
        try (Database db = Database.open(dir.resolve("db"))) {
            Fixtures.skus().forEach(new JooqSkuRepository(db)::save);
            OrderRepository orders = new JooqOrderRepository(db);
            orders.saveAll(all.subList(0, 300));
            orders.saveAll(all.subList(300, 600));
            Instant[][] windows = {
                {start, start.plusSeconds(86_400)},
                {start.plusSeconds(3 * 86_400 + 4_000), start.plusSeconds(7 * 86_400 + 100)},
                {start.minusSeconds(86_400), start.plusSeconds(11 * 86_400)},
                {start.plusSeconds(20 * 86_400), start.plusSeconds(21 * 86_400)}
            };
            for (Instant[] w : windows) {
                List<Order> expected = ReferenceOrderQuery.findBetween(db, w[0], w[1]);
                assertEquals(expected, orders.findBetween(w[0], w[1]), w[0] + " to " + w[1]);
            }
            List<Order> firstDay = orders.findBetween(windows[0][0], windows[0][1]);
            assertTrue(
                    firstDay.size() > 20 && firstDay.size() < 120,
                    "a day holds some of the orders: " + firstDay.size());
            assertTrue(firstDay.stream().anyMatch(o -> o.lines().size() >= 3), "multi-line orders are compared");
            List<Order> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparing(Order::createdAt)
                    .thenComparing(o -> o.code().value()));
            assertEquals(sorted, orders.findAll());
            Order any = all.get(123);
            assertEquals(any, orders.find(any.code()).orElseThrow());
        }
    }
}
