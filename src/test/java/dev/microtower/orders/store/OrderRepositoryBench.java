package dev.microtower.orders.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.microtower.orders.domain.Order;
import dev.microtower.orders.store.jooq.JooqOrderRepository;
import dev.microtower.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reads the planning window (84 days up to the newest order) of the demo database with
 * {@link OrderRepository#findBetween} and with the plain sorted join it replaced, checks both give
 * the same orders and prints the times. Load the demo first:
 * {@code java -jar target/microtower.jar demo --db /tmp/speed/db}, then
 * {@code flock /tmp/mvn.lock ./mvnw -q -B -ntp -Pbench test -Dtest=OrderRepositoryBench
 * -Dmicrotower.bench.db=/tmp/speed/db}.
 */
@Tag("bench")
class OrderRepositoryBench {
    @Test
    void readsThePlanningWindowOfTheDemoFasterThanTheSortedJoin() {
        Path db = Path.of(System.getProperty("microtower.bench.db", "/tmp/speed/db"));
        assumeTrue(Files.exists(Path.of(db + ".mv.db")), "no demo database at " + db);
        try (Database database = Database.open(db)) {
            OrderRepository orders = new JooqOrderRepository(database);
            LocalDate last =
                    orders.span().orElseThrow()[1].atZone(ZoneOffset.UTC).toLocalDate();
            Instant from = last.minusDays(83).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant to = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            List<Order> reference = null, fast = null;
            for (int round = 1; round <= 3; round++) {
                long t0 = System.nanoTime();
                reference = ReferenceOrderQuery.findBetween(database, from, to);
                long t1 = System.nanoTime();
                fast = orders.findBetween(from, to);
                long t2 = System.nanoTime();
                System.out.printf(
                        "round %d: %,d orders, %,d lines: sorted join %,d ms, findBetween %,d ms (%.1fx)%n",
                        round,
                        fast.size(),
                        fast.stream().mapToInt(o -> o.lines().size()).sum(),
                        (t1 - t0) / 1_000_000,
                        (t2 - t1) / 1_000_000,
                        (double) (t1 - t0) / (t2 - t1));
            }
            assertEquals(reference, fast);
        }
    }
}
